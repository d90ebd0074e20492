import { useId, useState, type FormEvent } from 'react'
import { describeWriteError } from '../../../lib/errors'
import { useCreateDependency, type NewDependency } from '../api/dependencies'
import type { DayCount, LinkType, Timeline, TimelineTask } from '../api/timeline'

/** The four link types, as the successor reads them ("it" is the predecessor; docs/schedule.md). */
export const LINK_TYPE_OPTIONS: { value: LinkType; label: string }[] = [
  { value: 'finish_to_start', label: 'Finish to start: starts after it finishes' },
  { value: 'start_to_start', label: 'Start to start: starts when it starts' },
  { value: 'finish_to_finish', label: 'Finish to finish: finishes when it finishes' },
  { value: 'start_to_finish', label: 'Start to finish: finishes after it starts' },
]

/** "task:12", "milestone:3", "gate:9" as a select's value; tasks are plain ids ("12"). */
function predecessorFields(value: string): Pick<NewDependency, 'predecessor' | 'predecessor_milestone' | 'predecessor_gate'> {
  const [kind, id] = value.includes(':') ? value.split(':') : ['task', value]
  if (kind === 'milestone') return { predecessor_milestone: Number(id) }
  if (kind === 'gate') return { predecessor_gate: Number(id) }
  return { predecessor: Number(id) }
}

/**
 * Makes this task wait for another task, a milestone or a gate, by any of the four link types, with a lag
 * (or a lead, negative) in working or calendar days; the API refuses a cycle and names it.
 */
export function AddDependencyForm({ timeline, successor }: { timeline: Timeline; successor: TimelineTask }) {
  const id = useId()
  const [predecessor, setPredecessor] = useState('')
  const [type, setType] = useState<LinkType>('finish_to_start')
  const [lag, setLag] = useState('0')
  const [lagCount, setLagCount] = useState<DayCount>('working')
  const create = useCreateDependency(timeline.launch.id)
  const existing = timeline.dependencies.filter((d) => d.successor === successor.id)
  const tasks = timeline.tasks
    .filter((t) => t.id !== successor.id && !existing.some((d) => d.predecessor === t.id))
    .sort((a, b) => a.title.localeCompare(b.title))
  const milestones = timeline.milestones.filter(
    (m): m is typeof m & { id: number } => m.id !== null && !existing.some((d) => d.predecessor_milestone === m.id),
  )
  const gates = timeline.gates.filter((g) => !existing.some((d) => d.predecessor_gate === g.id))
  const lagDays = Number(lag)
  const lagValid = lag.trim() !== '' && Number.isInteger(lagDays) && Math.abs(lagDays) <= 365

  function submit(event: FormEvent) {
    event.preventDefault()
    if (!predecessor || !lagValid) return
    create.mutate(
      { ...predecessorFields(predecessor), successor: successor.id, type, lag_days: lagDays, lag_count: lagCount },
      {
        onSuccess: () => {
          setPredecessor('')
          setLag('0')
        },
      },
    )
  }

  return (
    <form className="form add-dependency-form" onSubmit={submit} aria-label="Add a dependency">
      <label htmlFor={`${id}-pred`}>Depends on</label>
      <select id={`${id}-pred`} value={predecessor} onChange={(e) => setPredecessor(e.target.value)} required>
        <option value="">Choose a task, milestone or gate…</option>
        <optgroup label="Tasks">
          {tasks.map((t) => (
            <option key={t.id} value={t.id}>
              {t.title}
            </option>
          ))}
        </optgroup>
        {milestones.length > 0 && (
          <optgroup label="Milestones">
            {milestones.map((m) => (
              <option key={m.id} value={`milestone:${m.id}`}>
                {m.name}
              </option>
            ))}
          </optgroup>
        )}
        {gates.length > 0 && (
          <optgroup label="Gates">
            {gates.map((g) => (
              <option key={g.id} value={`gate:${g.id}`}>
                {g.name}
              </option>
            ))}
          </optgroup>
        )}
      </select>
      <label htmlFor={`${id}-type`}>How</label>
      <select id={`${id}-type`} value={type} onChange={(e) => setType(e.target.value as LinkType)}>
        {LINK_TYPE_OPTIONS.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <div className="form-row">
        <div>
          <label htmlFor={`${id}-lag`}>Lag (days; negative for a lead)</label>
          <input
            id={`${id}-lag`}
            type="number"
            min={-365}
            max={365}
            step={1}
            value={lag}
            aria-invalid={lagValid ? undefined : true}
            onChange={(e) => setLag(e.target.value)}
          />
        </div>
        <div>
          <label htmlFor={`${id}-lag-count`}>Lag counts</label>
          <select id={`${id}-lag-count`} value={lagCount} onChange={(e) => setLagCount(e.target.value as DayCount)}>
            <option value="working">Working days</option>
            <option value="calendar">Calendar days</option>
          </select>
        </div>
      </div>
      {!lagValid && <p className="error">A lag is a whole number of days, from -365 to 365.</p>}
      {create.isError && (
        <p className="error" role="alert">
          {describeWriteError(create.error)}
        </p>
      )}
      {create.isSuccess && (
        <p className="success" role="status">
          Dependency added.
        </p>
      )}
      <button className="button" type="submit" disabled={!predecessor || !lagValid || create.isPending}>
        {create.isPending ? 'Adding…' : 'Add dependency'}
      </button>
    </form>
  )
}
