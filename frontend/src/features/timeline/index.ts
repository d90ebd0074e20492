export { LaunchTimeline, type TimelineDeepLink } from './components/LaunchTimeline'
export { usePrefetchTimeline, useTimeline } from './api/timeline'
