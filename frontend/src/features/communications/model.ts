/**
 * What a viewer may do with a communication, mirroring backend/communications/services.py so the calendar
 * offers only what the API would allow (the API stays the authority).
 */
import { isAuthorOrOffice, leadsDepartment, type Viewer } from '../../lib/permissions'
import type { Communication, CommunicationStatus } from './api/communications'

export interface CommunicationSteps {
  /** Change its text, schedule and embargo: a draft, or a rejected item (which becomes a draft again). */
  edit: boolean
  /** Only a draft that was never decided; anything else is withdrawn instead. */
  delete: boolean
  submit: boolean
  /** Approve or reject: the office's, or also the department's lead where the kind's policy says so. */
  decide: boolean
  /** Approve or reject under one's own name: the viewer is one of the item's named approvers. */
  decideAsNamed: boolean
  publish: boolean
  withdraw: boolean
}

const EDITABLE: ReadonlySet<CommunicationStatus> = new Set(['draft', 'rejected'])
const WITHDRAWABLE: ReadonlySet<CommunicationStatus> = new Set(['draft', 'submitted', 'approved', 'rejected'])

/**
 * Drafting is for the office and the members and leads of the launch's departments (communication_create):
 * a viewer, who belongs to no department, only reads. The calendar does not know the launch's departments, so
 * a member of another department is still offered it and the API says why not.
 */
export function canDraftCommunication(viewer: Viewer): boolean {
  return viewer.is_office || viewer.departments.length > 0
}

/**
 * Who decides a submitted item follows its kind's policy (`approval`): the office always; with 'lead', also
 * the lead of the item's department. A kind that needs no approval is approved when submitted.
 */
export function canDecideCommunication(
  viewer: Viewer,
  item: Pick<Communication, 'status' | 'approval' | 'department'>,
): boolean {
  if (item.status !== 'submitted') return false
  if (viewer.is_office) return true
  return item.approval === 'lead' && item.department !== null && leadsDepartment(viewer, item.department)
}

/** A named approver decides a submitted item whatever their role (a member, a viewer). */
export function canDecideAsNamed(viewer: Viewer, item: Pick<Communication, 'status' | 'approvers'>): boolean {
  return item.status === 'submitted' && (item.approvers ?? []).includes(viewer.id)
}

export function communicationSteps(
  viewer: Viewer,
  item: Pick<Communication, 'author' | 'status' | 'decisions' | 'approval' | 'department'> &
    Partial<Pick<Communication, 'approvers'>>,
): CommunicationSteps {
  const mine = isAuthorOrOffice(viewer, item.author)
  return {
    edit: mine && EDITABLE.has(item.status),
    delete: mine && item.status === 'draft' && item.decisions.length === 0,
    submit: mine && EDITABLE.has(item.status),
    decide: canDecideCommunication(viewer, item),
    decideAsNamed: canDecideAsNamed(viewer, { status: item.status, approvers: item.approvers ?? [] }),
    publish: mine && item.status === 'approved',
    withdraw: mine && WITHDRAWABLE.has(item.status),
  }
}

/**
 * Press briefings are for PR and the office (the API decides, per item): the card asks for an item's briefings
 * only for the office and the members and leads of the item's department, and shows them if the API answers.
 */
export function mayAskForBriefings(viewer: Viewer, item: Pick<Communication, 'department'>): boolean {
  return viewer.is_office || (item.department !== null && viewer.departments.some((d) => d.id === item.department))
}
