import { useId, useState, type FormEvent } from 'react'
import { describeWriteError } from '../../../lib/errors'
import { useCreateDependency } from '../api/dependencies'
import type { TimelineTask } from '../api/timeline'

/** Makes this task wait for another one (finish-to-start, with a lag in days); a cycle is refused by the API. */
export function AddDependencyForm({
  launchId,
  successor,
  tasks,
}: {
  launchId: number
  successor: TimelineTask
  tasks: TimelineTask[]
}) {
  const id = useId()
  const [predecessor, setPredecessor] = useState('')
  const [lag, setLag] = useState(0)
  const create = useCreateDependency(launchId)
  const candidates = tasks.filter((t) => t.id !== successor.id).sort((a, b) => a.title.localeCompare(b.title))

  function submit(event: FormEvent) {
    event.preventDefault()
    if (!predecessor) return
    create.mutate(
      { predecessor: Number(predecessor), successor: successor.id, lag_days: lag },
      { onSuccess: () => setPredecessor('') },
    )
  }

  return (
    <form className="form inline-form" onSubmit={submit} aria-label="Add a dependency">
      <label htmlFor={`${id}-pred`}>Starts after</label>
      <select id={`${id}-pred`} value={predecessor} onChange={(e) => setPredecessor(e.target.value)} required>
        <option value="">Choose a task…</option>
        {candidates.map((t) => (
          <option key={t.id} value={t.id}>
            {t.title}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-lag`}>Lag (days)</label>
      <input
        id={`${id}-lag`}
        type="number"
        min={-365}
        max={365}
        value={lag}
        onChange={(e) => setLag(Number(e.target.value))}
      />
      {create.isError && (
        <p className="error" role="alert">
          {describeWriteError(create.error)}
        </p>
      )}
      <button className="button" type="submit" disabled={!predecessor || create.isPending}>
        Add dependency
      </button>
    </form>
  )
}
