export { CommunicationsCalendar } from './components/CommunicationsCalendar'
export type { CommunicationFocus, EmbargoConflict } from './components/CommunicationsCalendar'
export { CommunicationsBoard } from './components/CommunicationsBoard'
export { CommunicationPoliciesSettings } from './components/CommunicationPoliciesSettings'
