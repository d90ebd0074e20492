import { useId, useState, type FormEvent } from 'react'
import { useNavigate } from 'react-router'
import { Dialog } from '../../../components/ui/Dialog'
import { ErrorNotice } from '../../../components/ui/ErrorNotice'
import { Loading } from '../../../components/ui/Loading'
import { TimeZoneInput } from '../../../components/ui/TimeZoneInput'
import { browserTimeZone, fromDateTimeInputValue } from '../../../lib/dates'
import { describeWriteError } from '../../../lib/errors'
import { useInstantiatePlaybook, usePlaybooks } from '../api/playbooks'

/** The office makes a launch from a playbook: which one, its name, T-0 (your zone) and the launch's zone. */
export function NewLaunchFromPlaybookDialog({ onClose }: { onClose: () => void }) {
  const id = useId()
  const navigate = useNavigate()
  const playbooks = usePlaybooks()
  const instantiate = useInstantiatePlaybook()
  const [playbook, setPlaybook] = useState('')
  const [name, setName] = useState('')
  const [tZero, setTZero] = useState('')
  const [timeZone, setTimeZone] = useState(browserTimeZone)
  const firstPlaybook = playbooks.data?.results[0]?.id
  const chosen = playbook || (firstPlaybook !== undefined ? String(firstPlaybook) : '')

  function submit(event: FormEvent) {
    event.preventDefault()
    const t_zero = fromDateTimeInputValue(tZero)
    if (!chosen || !t_zero) return
    instantiate.mutate(
      { playbookId: Number(chosen), name, t_zero, time_zone: timeZone },
      { onSuccess: (launch) => navigate(`/launches/${launch.id}`) },
    )
  }

  return (
    <Dialog title="New launch from playbook" onClose={onClose}>
      {playbooks.isPending ? (
        <Loading label="Loading playbooks…" />
      ) : playbooks.isError ? (
        <ErrorNotice error={playbooks.error} />
      ) : playbooks.data.results.length === 0 ? (
        <p className="muted">No playbooks yet: save one from a launch first.</p>
      ) : (
        <form className="form" onSubmit={submit}>
          <label htmlFor={`${id}-playbook`}>Playbook</label>
          <select id={`${id}-playbook`} value={chosen} onChange={(e) => setPlaybook(e.target.value)}>
            {playbooks.data.results.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name} ({p.task_count} tasks, {p.gate_count} gates)
              </option>
            ))}
          </select>
          <label htmlFor={`${id}-name`}>Launch name</label>
          <input id={`${id}-name`} required maxLength={200} value={name} onChange={(e) => setName(e.target.value)} />
          <label htmlFor={`${id}-tzero`}>T-0 (your time zone)</label>
          <input
            id={`${id}-tzero`}
            type="datetime-local"
            required
            value={tZero}
            onChange={(e) => setTZero(e.target.value)}
          />
          <label htmlFor={`${id}-zone`}>Launch time zone</label>
          <TimeZoneInput id={`${id}-zone`} value={timeZone} onChange={setTimeZone} />
          {instantiate.isError && (
            <p className="error" role="alert">
              {describeWriteError(instantiate.error)}
            </p>
          )}
          <div className="dialog-actions">
            <button type="button" className="button secondary" onClick={onClose}>
              Cancel
            </button>
            <button type="submit" className="button" disabled={instantiate.isPending}>
              Create launch
            </button>
          </div>
        </form>
      )}
    </Dialog>
  )
}
