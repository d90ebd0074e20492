export { ActivityList } from './components/ActivityList'
