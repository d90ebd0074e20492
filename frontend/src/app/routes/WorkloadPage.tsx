import { WorkloadView } from '../../features/workload'

/** /workload: everyone's open work per week across launches (members and viewers see their own). */
export function WorkloadPage() {
  return <WorkloadView />
}
