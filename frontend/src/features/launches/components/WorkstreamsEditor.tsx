import { useId, useState, type FormEvent } from 'react'
import { ConfirmDeleteButton } from '../../../components/ui/ConfirmDeleteButton'
import { ErrorNotice } from '../../../components/ui/ErrorNotice'
import { Loading } from '../../../components/ui/Loading'
import { describeWriteError } from '../../../lib/errors'
import { personName, useDepartments } from '../api/people'
import {
  useCreateWorkstream,
  useDeleteWorkstream,
  useUpdateWorkstreamLead,
  useWorkstreams,
  type Workstream,
} from '../api/workstreams'
import { LeadSelect } from './LeadSelect'
import { TableScroll } from '../../../components/ui/TableScroll'

function tasks(n: number): string {
  return `${n} task${n === 1 ? '' : 's'}`
}

function WorkstreamRow({ workstream, launchId, canEdit }: { workstream: Workstream; launchId: number; canEdit: boolean }) {
  const id = useId()
  const changeLead = useUpdateWorkstreamLead(launchId)
  const remove = useDeleteWorkstream(launchId)
  return (
    <tr>
      <th scope="row">{workstream.department_name}</th>
      <td>
        {canEdit ? (
          <>
            <label htmlFor={`${id}-lead`} className="visually-hidden">
              {workstream.department_name} lead
            </label>
            <LeadSelect
              id={`${id}-lead`}
              departmentId={workstream.department}
              value={workstream.lead}
              current={workstream.lead_detail}
              disabled={changeLead.isPending}
              onChange={(lead) => {
                remove.reset()
                changeLead.mutate({ workstream, lead })
              }}
            />
            {changeLead.isError && (
              <p className="error" role="alert">
                {describeWriteError(changeLead.error)}
              </p>
            )}
          </>
        ) : workstream.lead_detail ? (
          personName(workstream.lead_detail)
        ) : (
          <span className="muted">No lead</span>
        )}
      </td>
      <td>
        {workstream.done_task_count}/{workstream.task_count} done
      </td>
      {canEdit && (
        <td>
          <ConfirmDeleteButton
            triggerClassName="link-button"
            label={`Delete the ${workstream.department_name} workstream`}
            question={`Remove the ${workstream.department_name} workstream?`}
            prompt={`Remove ${workstream.department_name} from this launch, with its ${tasks(workstream.task_count)}?`}
            confirmText="Yes, remove it"
            busy={remove.isPending}
            onAsk={() => {
              changeLead.reset()
              remove.reset()
            }}
            onDelete={() => remove.mutateAsync(workstream).catch(() => undefined)}
          />
          {remove.isError && (
            <p className="error" role="alert">
              {describeWriteError(remove.error)}
            </p>
          )}
        </td>
      )}
    </tr>
  )
}

/** Add a department that has no workstream yet, with its lead (the department's lead by default). */
function AddWorkstreamForm({ launchId, taken }: { launchId: number; taken: Set<number> }) {
  const id = useId()
  const departments = useDepartments()
  const create = useCreateWorkstream(launchId)
  const [department, setDepartment] = useState<number | null>(null)
  const [lead, setLead] = useState<number | null>(null)
  if (departments.isPending) return <Loading label="Loading departments…" />
  if (departments.isError) return <ErrorNotice error={departments.error} />
  const free = departments.data.results.filter((d) => !taken.has(d.id))
  if (free.length === 0) return <p className="muted">Every department has a workstream in this launch.</p>
  const chosen = free.find((d) => d.id === department) ?? null

  function choose(value: string) {
    const next = free.find((d) => d.id === Number(value)) ?? null
    setDepartment(next?.id ?? null)
    setLead(next?.lead?.id ?? null)
    create.reset()
  }

  function submit(event: FormEvent) {
    event.preventDefault()
    if (!chosen) return
    create.mutate(
      { launch: launchId, department: chosen.id, lead },
      {
        onSuccess: () => {
          setDepartment(null)
          setLead(null)
        },
      },
    )
  }

  return (
    <form className="form" onSubmit={submit} aria-label="Add a workstream">
      <label htmlFor={`${id}-department`}>Add a department</label>
      <select id={`${id}-department`} required value={chosen?.id ?? ''} onChange={(e) => choose(e.target.value)}>
        <option value="">Choose a department…</option>
        {free.map((d) => (
          <option key={d.id} value={d.id}>
            {d.name}
          </option>
        ))}
      </select>
      {chosen && (
        <>
          <label htmlFor={`${id}-lead`}>{chosen.name} lead</label>
          <LeadSelect id={`${id}-lead`} departmentId={chosen.id} value={lead} current={chosen.lead} onChange={setLead} />
        </>
      )}
      {create.isError && (
        <p className="error" role="alert">
          {describeWriteError(create.error)}
        </p>
      )}
      <button type="submit" className="button secondary" disabled={!chosen || create.isPending}>
        Add workstream
      </button>
    </form>
  )
}

/** One workstream per department: its lead (the office changes it), its progress; add or remove (the office). */
export function WorkstreamsEditor({ launchId, canEdit }: { launchId: number; canEdit: boolean }) {
  const workstreams = useWorkstreams(launchId)
  return (
    <section className="settings-section" aria-labelledby="workstreams-heading">
      <h3 id="workstreams-heading">Departments</h3>
      {workstreams.isPending ? (
        <Loading label="Loading workstreams…" />
      ) : workstreams.isError ? (
        <ErrorNotice error={workstreams.error} />
      ) : (
        <>
          {workstreams.data.results.length === 0 ? (
            <p className="muted">No department works on this launch yet.</p>
          ) : (
            <TableScroll label="Departments and their leads">
              <table className="table" aria-labelledby="workstreams-heading">
                <thead>
                  <tr>
                    <th scope="col">Department</th>
                    <th scope="col">Lead</th>
                    <th scope="col">Tasks</th>
                    {canEdit && <th scope="col">Remove</th>}
                  </tr>
                </thead>
                <tbody>
                  {workstreams.data.results.map((w) => (
                    <WorkstreamRow key={w.id} workstream={w} launchId={launchId} canEdit={canEdit} />
                  ))}
                </tbody>
              </table>
            </TableScroll>
          )}
          {canEdit && (
            <AddWorkstreamForm launchId={launchId} taken={new Set(workstreams.data.results.map((w) => w.department))} />
          )}
        </>
      )}
    </section>
  )
}
