export { WorkloadView } from './components/WorkloadView'
