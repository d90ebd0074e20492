export { ReadinessView } from './components/ReadinessView'
