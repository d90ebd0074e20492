import { useId } from 'react'
import { ErrorNotice } from '../../../components/ui/ErrorNotice'
import { Loading } from '../../../components/ui/Loading'
import { describeWriteError } from '../../../lib/errors'
import { APPROVAL_LABELS, KIND_LABELS, type Approval } from '../api/communications'
import { useCommunicationPolicies, useUpdateCommunicationPolicy, type CommunicationPolicy } from '../api/policies'

const APPROVALS = Object.keys(APPROVAL_LABELS) as Approval[]

function PolicyRow({ policy }: { policy: CommunicationPolicy }) {
  const id = useId()
  const update = useUpdateCommunicationPolicy()
  const label = policy.kind_label || KIND_LABELS[policy.kind]
  return (
    <tr>
      <th scope="row">
        <label htmlFor={id}>{label}</label>
      </th>
      <td>
        <select
          id={id}
          value={update.isPending ? update.variables.approval : policy.approval}
          disabled={update.isPending}
          onChange={(e) => update.mutate({ kind: policy.kind, approval: e.target.value as Approval })}
        >
          {APPROVALS.map((approval) => (
            <option key={approval} value={approval}>
              {APPROVAL_LABELS[approval]}
            </option>
          ))}
        </select>
        {update.isError && (
          <p className="error" role="alert">
            {describeWriteError(update.error)}
          </p>
        )}
        {update.isSuccess && (
          <span className="success" role="status">
            {' '}
            Saved.
          </span>
        )}
      </td>
    </tr>
  )
}

/**
 * The office's approval policy per kind of communication: the office approves, the department's lead may, or
 * none is needed (internal notices). Embargoes hold whatever the policy.
 */
export function CommunicationPoliciesSettings() {
  const policies = useCommunicationPolicies()
  return (
    <section aria-labelledby="communication-policies-heading">
      <h2 id="communication-policies-heading">Who approves communications</h2>
      <p className="muted">
        For each kind of communication: whether it needs the office's approval, whether the lead of the author's
        department may approve it, or whether it needs none. Embargoes apply to every kind.
      </p>
      {policies.isPending ? (
        <Loading label="Loading the approval rules…" />
      ) : policies.isError ? (
        <ErrorNotice error={policies.error} />
      ) : (
        <table className="deliverables-table">
          <thead>
            <tr>
              <th scope="col">Kind</th>
              <th scope="col">Approval</th>
            </tr>
          </thead>
          <tbody>
            {policies.data.map((policy) => (
              <PolicyRow key={policy.kind} policy={policy} />
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}
