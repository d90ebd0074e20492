export { LaunchTimeline, FIRST_RENDER_MEASURE } from './components/LaunchTimeline'
export { useTimeline, timelineQueryKey } from './api/timeline'
export type { Timeline, TimelineTask } from './api/timeline'
