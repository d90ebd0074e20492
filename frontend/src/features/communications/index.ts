export { CommunicationsCalendar } from './components/CommunicationsCalendar'
export type { EmbargoConflict } from './components/CommunicationsCalendar'
export { useCommunications, communicationsQueryKey } from './api/communications'
export type { Communication, CommunicationStatus } from './api/communications'
