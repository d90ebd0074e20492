export { GateApprovalPanel } from './components/GateApprovalPanel'
export { useGates, gatesQueryKey } from './api/gates'
export type { Gate, GateApprover } from './api/gates'
