export { useLaunch, LAUNCH_STATUS_LABELS } from './api/launches'
export { LaunchList } from './components/LaunchList'
