export { CalendarFeedsDialog } from './components/CalendarFeedsDialog'
export { useFeeds, feedsQueryKey } from './api/feeds'
export type { CalendarFeed } from './api/feeds'
