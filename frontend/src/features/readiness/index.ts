export { ReadinessView } from './components/ReadinessView'
export { useReadiness, readinessSegments } from './api/readiness'
export type { Readiness, DepartmentReadiness, GateReadiness } from './api/readiness'
