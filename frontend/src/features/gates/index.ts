export { GateApprovalPanel } from './components/GateApprovalPanel'
