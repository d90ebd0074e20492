/** How gates read in the panel and the editor. */
import { formatMoment, tMinusLabel } from '../../../lib/dates'
import { personName } from '../../../lib/activePeople'
import type { Gate, GateApprover } from '../api/gates'

export const GATE_STATUS_LABELS = { pending: 'Pending', approved: 'Approved', rejected: 'Rejected' } as const

/** "Social Business Office", "Marketing lead", or a named approver's own name. */
export { personName }

export function approverName(approver: Pick<GateApprover, 'kind' | 'department' | 'department_name' | 'user'>): string {
  if (approver.kind === 'named') return approver.user ? personName(approver.user) : 'Named approver'
  return approver.department === null ? 'Social Business Office' : `${approver.department_name} lead`
}


/** A stable key for an approver slot. */
export function approverKey(approver: Pick<GateApprover, 'kind' | 'department' | 'user'>): string {
  return `${approver.kind}-${approver.department ?? approver.user?.id ?? ''}`
}

/** "T-1 · Mon 15 Mar 2027, 08:00" for an anchored gate, the moment alone for a fixed one. */
export function gateWhen(gate: Pick<Gate, 'schedule_mode' | 'offset_days' | 'moment'>): string {
  const at = formatMoment(gate.moment)
  return gate.schedule_mode !== 'fixed' && typeof gate.offset_days === 'number'
    ? `${tMinusLabel(gate.offset_days)} · ${at}`
    : at
}
