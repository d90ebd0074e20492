export { CommunicationsCalendar } from './components/CommunicationsCalendar'
export type { EmbargoConflict } from './components/CommunicationsCalendar'
