export { FeedbackList } from './components/FeedbackList'
