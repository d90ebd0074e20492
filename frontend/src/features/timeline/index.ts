export { LaunchTimeline } from './components/LaunchTimeline'
export { useTimeline } from './api/timeline'
