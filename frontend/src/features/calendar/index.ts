export { CalendarFeedsDialog } from './components/CalendarFeedsDialog'
