export { PlanList } from './components/PlanList'
export type { PlanListProps } from './components/PlanList'
