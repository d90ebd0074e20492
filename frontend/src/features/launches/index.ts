export { useLaunches, getLaunches, launchesQueryKey, LAUNCH_STATUS_LABELS } from './api/launches'
export type { Launch, LaunchStatus, UserSummary } from './api/launches'
export { LaunchList } from './components/LaunchList'
