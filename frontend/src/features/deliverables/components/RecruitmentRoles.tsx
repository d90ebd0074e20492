import { useState } from 'react'
import { ErrorNotice } from '../../../components/ui/ErrorNotice'
import { Loading } from '../../../components/ui/Loading'
import { describeWriteError } from '../../../lib/errors'
import {
  RECRUITMENT_STATUS_LABELS,
  useDeleteRecruitmentRole,
  useRecruitmentRoles,
  useUpdateRecruitmentRole,
  type RecruitmentRole,
  type RecruitmentStatus,
} from '../api/recruitmentRoles'
import { RowActions } from './RowActions'
import { RoleForm } from './RoleForm'
import { TableScroll } from '../../../components/ui/TableScroll'

/**
 * The roles HR recruits for the launch: skill, how many people, status. Those who may plan recruiting
 * (canPlan) change a status in place, edit, delete and add roles; everyone else reads.
 */
export function RecruitmentRoles({ launchId, canPlan }: { launchId: number; canPlan: boolean }) {
  const roles = useRecruitmentRoles(launchId)
  const changeStatus = useUpdateRecruitmentRole(launchId)
  const remove = useDeleteRecruitmentRole(launchId)
  const [editing, setEditing] = useState<RecruitmentRole | null>(null)
  const rows = roles.data?.results ?? []
  const rowError = changeStatus.error ?? remove.error

  /** After a 412: the edit starts again from the version on the server (closed if it was deleted). */
  async function reloadEditing(roleId: number) {
    const current = await roles.refetch()
    setEditing(current.data?.results.find((r) => r.id === roleId) ?? null)
  }

  return (
    <section className="deliverables" aria-labelledby="recruitment-roles-heading">
      <h3 id="recruitment-roles-heading">Recruitment roles</h3>
      <p className="muted">The skills HR recruits for the launch, and how many people.</p>
      {roles.isPending ? (
        <Loading label="Loading roles…" />
      ) : roles.isError ? (
        <ErrorNotice error={roles.error} />
      ) : rows.length === 0 ? (
        <p className="muted">No roles yet.</p>
      ) : (
        <TableScroll label="Recruiting roles">
          <table className="table deliverables-table">
            <thead>
              <tr>
                <th scope="col">Skill</th>
                <th scope="col">People</th>
                <th scope="col">Status</th>
                {canPlan && <th scope="col">Actions</th>}
              </tr>
            </thead>
            <tbody>
              {rows.map((role) => (
                <tr key={role.id}>
                  <th scope="row">{role.skill}</th>
                  <td>{role.count}</td>
                  <td>
                    {canPlan ? (
                      <select
                        aria-label={`Status of “${role.skill}”`}
                        value={role.status}
                        disabled={changeStatus.isPending}
                        onChange={(e) => {
                          remove.reset()
                          changeStatus.mutate({ role, patch: { status: e.target.value as RecruitmentStatus } })
                        }}
                      >
                        {Object.entries(RECRUITMENT_STATUS_LABELS).map(([value, label]) => (
                          <option key={value} value={value}>
                            {label}
                          </option>
                        ))}
                      </select>
                    ) : (
                      RECRUITMENT_STATUS_LABELS[role.status]
                    )}
                  </td>
                  {canPlan && (
                    <RowActions
                      label={role.skill}
                      busy={remove.isPending}
                      onEdit={() => setEditing(role)}
                      onDelete={() => {
                        changeStatus.reset()
                        remove.mutate(role, { onSuccess: () => editing?.id === role.id && setEditing(null) })
                      }}
                    />
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      {rowError && (
        <p className="error" role="alert">
          {describeWriteError(rowError)}
        </p>
      )}
      {canPlan &&
        (editing ? (
          <RoleForm
            key={`${editing.id}-${editing.updated_at}`}
            launchId={launchId}
            role={editing}
            onDone={() => setEditing(null)}
            onReload={() => void reloadEditing(editing.id)}
          />
        ) : (
          <RoleForm launchId={launchId} />
        ))}
    </section>
  )
}
