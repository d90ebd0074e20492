/**
 * What a viewer may do with a communication, mirroring backend/communications/services.py so the calendar
 * offers only what the API would allow (the API stays the authority).
 */
import { isAuthorOrOffice, type Viewer } from '../../lib/permissions'
import type { Communication, CommunicationStatus } from './api/communications'

export interface CommunicationSteps {
  /** Change its text, schedule and embargo: a draft, or a rejected item (which becomes a draft again). */
  edit: boolean
  /** Only a draft that was never decided; anything else is withdrawn instead. */
  delete: boolean
  submit: boolean
  /** The office's approve or reject. */
  decide: boolean
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

export function communicationSteps(
  viewer: Viewer,
  item: Pick<Communication, 'author' | 'status' | 'decisions'>,
): CommunicationSteps {
  const mine = isAuthorOrOffice(viewer, item.author)
  return {
    edit: mine && EDITABLE.has(item.status),
    delete: mine && item.status === 'draft' && item.decisions.length === 0,
    submit: mine && EDITABLE.has(item.status),
    decide: viewer.is_office && item.status === 'submitted',
    publish: mine && item.status === 'approved',
    withdraw: mine && WITHDRAWABLE.has(item.status),
  }
}
