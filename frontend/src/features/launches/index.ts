export {
  useLaunches,
  getLaunches,
  launchesQueryKey,
  useLaunch,
  getLaunch,
  readinessRatio,
  LAUNCH_STATUS_LABELS,
} from './api/launches'
export type { Launch, LaunchStatus, UserSummary } from './api/launches'
export { LaunchList } from './components/LaunchList'
