import { formatMoment } from '../../../lib/dates'
import { personName } from '../../../lib/activePeople'
import type { Viewer } from '../../../lib/permissions'
import type { Communication } from '../api/communications'

type Approval = Communication['approvals'][number]

function approvalName(approval: Approval, item: Pick<Communication, 'approval'>): string {
  if (approval.kind === 'named') return approval.user ? personName(approval.user) : 'Named approver'
  return item.approval === 'lead' ? 'The office or the lead' : 'The office'
}

/**
 * Who approves an item with named approvers, each with their latest decision since its last submission
 * ("Grace Hopper: ✓ approved by Grace Hopper · 2 Dec"). Nothing for an item without named approvers: its
 * status says it all.
 */
export function CommunicationApprovals({ item, viewer }: { item: Communication; viewer: Viewer }) {
  // Older answers (and cached ones) may lack the fields: no named approvers then.
  const named = item.approvers_detail ?? []
  if (named.length === 0) return null
  if (item.status === 'draft' || item.status === 'withdrawn') {
    return <p className="muted">Named approvers: {named.map(personName).join(', ')}</p>
  }
  return (
    <ul className="approver-list" aria-label="Approvals">
      {(item.approvals ?? []).map((a) => (
        <li key={a.kind === 'named' ? `named-${a.user?.id}` : 'approver'}>
          <span>{approvalName(a, item)}</span>
          {a.kind === 'named' && <span className="muted"> (named approver)</span>}{' '}
          {a.decision ? (
            <span className={`decision decision-${a.decision}`}>
              {a.decision === 'approve' ? '✓ approved' : '✗ rejected'} by{' '}
              {a.actor ? (a.actor.id === viewer.id ? 'you' : personName(a.actor)) : 'someone'}
              {a.decided_at && <span className="muted"> · {formatMoment(a.decided_at)}</span>}
            </span>
          ) : (
            <span className="muted">not decided yet</span>
          )}
        </li>
      ))}
    </ul>
  )
}
