export { FeedbackList } from './components/FeedbackList'
export { FeedbackSummaryCounts } from './components/FeedbackSummaryCounts'
export { useFeedbackSummary } from './api/feedback'
export type { FeedbackItem, FeedbackSummary, FeedbackState } from './api/feedback'
