/** A communication as GET /api/v1/communications/ answers it (issue 20's fields included), with what a test sets. */
import type { Communication } from '../features/communications/api/communications'

export function makeCommunication(partial: Partial<Communication> = {}): Communication {
  return {
    id: 5, launch: 1, kind: 'press_release', channel: 'Newswire', audience: 'Press', title: 'Aurora announced',
    body: '', author: 7, department: 2, schedule_mode: 'anchored', offset_days: 0, at: null,
    moment: '2027-03-16T09:00:00Z', embargo: 't_zero', embargo_gate: null, embargo_task: null, destinations: [],
    email_recipients: '', share_until: null, status: 'draft', published_at: null, decisions: [],
    created_at: '2027-01-01T00:00:00Z', updated_at: '2027-01-01T00:00:00Z', 
    embargo_lifted: false, embargo_until: '', publications: [], approval: 'office', newsroom_url: null,
    approvers: [], approvers_detail: [], approvals: [],
    ...partial,
  }
}

export const communicationPage = (results: unknown[]) => ({ count: results.length, next: null, previous: null, results })
