import { useId, useState, type FormEvent } from 'react'
import { fromDateTimeInputValue } from '../../../lib/dates'
import { describeWriteError } from '../../../lib/errors'
import {
  EMBARGO_LABELS,
  KIND_LABELS,
  useCreateCommunication,
  type CommunicationKind,
  type Embargo,
  type ScheduleMode,
} from '../api/communications'

export interface GateOption {
  id: number
  name: string
}

/** Draft a communication: what, where, for whom, when (days from T-0 or a fixed moment) and its embargo. */
export function CommunicationDraftForm({
  launchId,
  gates,
  onDone,
}: {
  launchId: number
  gates: GateOption[]
  onDone?: () => void
}) {
  const id = useId()
  const [kind, setKind] = useState<CommunicationKind>('social_post')
  const [channel, setChannel] = useState('')
  const [audience, setAudience] = useState('')
  const [title, setTitle] = useState('')
  const [body, setBody] = useState('')
  const [mode, setMode] = useState<ScheduleMode>('anchored')
  const [offset, setOffset] = useState('0')
  const [at, setAt] = useState('')
  const [embargo, setEmbargo] = useState<Embargo>('none')
  const [gate, setGate] = useState('')
  const create = useCreateCommunication(launchId)

  function submit(event: FormEvent) {
    event.preventDefault()
    create.mutate(
      {
        launch: launchId,
        kind,
        channel,
        audience,
        title,
        body,
        schedule_mode: mode,
        offset_days: mode === 'anchored' ? Number(offset) : null,
        at: mode === 'fixed' ? fromDateTimeInputValue(at) : null,
        embargo,
        embargo_gate: embargo === 'gate' && gate ? Number(gate) : null,
      },
      {
        onSuccess: () => {
          setTitle('')
          setBody('')
          onDone?.()
        },
      },
    )
  }

  return (
    <form className="form" onSubmit={submit} aria-label="Draft a communication">
      <label htmlFor={`${id}-kind`}>Kind</label>
      <select id={`${id}-kind`} value={kind} onChange={(e) => setKind(e.target.value as CommunicationKind)}>
        {Object.entries(KIND_LABELS).map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-title`}>Title</label>
      <input id={`${id}-title`} required maxLength={200} value={title} onChange={(e) => setTitle(e.target.value)} />
      <label htmlFor={`${id}-channel`}>Channel</label>
      <input id={`${id}-channel`} maxLength={100} value={channel} onChange={(e) => setChannel(e.target.value)} />
      <label htmlFor={`${id}-audience`}>Audience</label>
      <input id={`${id}-audience`} maxLength={200} value={audience} onChange={(e) => setAudience(e.target.value)} />
      <label htmlFor={`${id}-body`}>Body</label>
      <textarea id={`${id}-body`} rows={3} value={body} onChange={(e) => setBody(e.target.value)} />
      <fieldset>
        <legend>When</legend>
        <label>
          <input type="radio" name={`${id}-mode`} checked={mode === 'anchored'} onChange={() => setMode('anchored')} />{' '}
          Days from T-0
        </label>
        <label>
          <input type="radio" name={`${id}-mode`} checked={mode === 'fixed'} onChange={() => setMode('fixed')} /> A
          fixed moment
        </label>
        {mode === 'anchored' ? (
          <>
            <label htmlFor={`${id}-offset`}>Days from T-0 (-1 is T-1)</label>
            <input
              id={`${id}-offset`}
              type="number"
              step={1}
              required
              value={offset}
              onChange={(e) => setOffset(e.target.value)}
            />
          </>
        ) : (
          <>
            <label htmlFor={`${id}-at`}>Publish at (your time zone)</label>
            <input id={`${id}-at`} type="datetime-local" required value={at} onChange={(e) => setAt(e.target.value)} />
          </>
        )}
      </fieldset>
      <label htmlFor={`${id}-embargo`}>Embargo</label>
      <select id={`${id}-embargo`} value={embargo} onChange={(e) => setEmbargo(e.target.value as Embargo)}>
        {Object.entries(EMBARGO_LABELS).map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
      {embargo === 'gate' && (
        <>
          <label htmlFor={`${id}-gate`}>Gate</label>
          <select id={`${id}-gate`} required value={gate} onChange={(e) => setGate(e.target.value)}>
            <option value="">Choose a gate</option>
            {gates.map((g) => (
              <option key={g.id} value={g.id}>
                {g.name}
              </option>
            ))}
          </select>
        </>
      )}
      {create.isError && (
        <p className="error" role="alert">
          {describeWriteError(create.error)}
        </p>
      )}
      <button type="submit" className="button" disabled={create.isPending}>
        Save draft
      </button>
    </form>
  )
}
