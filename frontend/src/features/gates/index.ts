export { GateApprovalPanel, GateDetails } from './components/GateApprovalPanel'
export { GatesEditor, type ApproverDepartment } from './components/GatesEditor'
