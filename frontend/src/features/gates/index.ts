export { GateApprovalPanel } from './components/GateApprovalPanel'
export { GatesEditor, type ApproverDepartment } from './components/GatesEditor'
