export { ActivityList } from './components/ActivityList'
export { useActivity, describeChanges } from './api/activity'
