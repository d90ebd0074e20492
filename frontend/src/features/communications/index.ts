export { CommunicationsCalendar } from './components/CommunicationsCalendar'
export type { CommunicationFocus, EmbargoConflict } from './components/CommunicationsCalendar'
