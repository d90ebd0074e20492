export { LaunchTimeline } from './components/LaunchTimeline'
export { usePrefetchTimeline, useTimeline } from './api/timeline'
