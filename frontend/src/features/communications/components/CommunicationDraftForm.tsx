import { useId, useState, type FormEvent } from 'react'
import { FieldError, invalidProps } from '../../../components/ui/FieldError'
import { NamedApproversField } from '../../../components/ui/NamedApproversField'
import { TaskSelect } from '../../../components/ui/TaskSelect'
import { fromDateTimeInputValue, toDateTimeInputValue } from '../../../lib/dates'
import { describeWriteError, fieldErrors } from '../../../lib/errors'
import {
  DESTINATION_LABELS,
  EMBARGO_LABELS,
  KIND_LABELS,
  type Communication,
  type CommunicationFields,
  type CommunicationKind,
  type Destination,
  type Embargo,
  type ScheduleMode,
} from '../api/communications'

export interface GateOption {
  id: number
  name: string
}

/** The form's names for the fields the server may name in a refused write. */
const FIELD_LABELS: Record<string, string> = {
  kind: 'Kind',
  title: 'Title',
  channel: 'Channel',
  audience: 'Audience',
  body: 'Body',
  schedule_mode: 'When',
  offset_days: 'Days from T-0',
  at: 'Publish at',
  embargo: 'Embargo',
  embargo_gate: 'Gate',
  embargo_task: 'Task',
  destinations: 'Goes out to',
  email_recipients: 'Email recipients',
  share_until: 'Shareable until',
  department: 'Department',
  launch: 'Launch',
}

/** "Not saved: check Title and Gate." naming each field the server refused; else the error in plain words. */
function errorSummary(error: unknown): string {
  const { non_field_errors: general = [], ...named } = fieldErrors(error)
  const labels = Object.keys(named).map((name) => FIELD_LABELS[name] ?? name.replace(/_/g, ' '))
  if (labels.length === 0) return describeWriteError(error)
  const list = labels.length === 1 ? labels[0] : `${labels.slice(0, -1).join(', ')} and ${labels[labels.length - 1]}`
  return [`Not saved: check ${list}.`, ...general].join(' ')
}

const DESTINATIONS = Object.keys(DESTINATION_LABELS) as Destination[]

/**
 * A communication's what, where, for whom, when (days from T-0 or a fixed moment), embargo (T-0, a gate or a
 * task of the launch) and where it goes out by itself once approved; an employee hint's sharing window. A new
 * draft, or the version `initial` to edit. The caller saves and passes the save's state; the server's message
 * for a field shows under its input.
 */
export function CommunicationDraftForm({
  launchId,
  gates,
  initial,
  label,
  submitLabel,
  saving,
  error,
  onSave,
  onCancel,
}: {
  launchId: number
  gates: GateOption[]
  initial?: Communication
  /** The form's accessible name. */
  label: string
  submitLabel: string
  saving: boolean
  /** The failure of the last save, if it failed. */
  error: unknown
  onSave: (fields: CommunicationFields) => void
  onCancel?: () => void
}) {
  const id = useId()
  const [kind, setKind] = useState<CommunicationKind>(initial?.kind ?? 'social_post')
  const [channel, setChannel] = useState(initial?.channel ?? '')
  const [audience, setAudience] = useState(initial?.audience ?? '')
  const [title, setTitle] = useState(initial?.title ?? '')
  const [body, setBody] = useState(initial?.body ?? '')
  const [mode, setMode] = useState<ScheduleMode>(initial?.schedule_mode ?? 'anchored')
  const [offset, setOffset] = useState(String(initial?.offset_days ?? 0))
  const [at, setAt] = useState(initial?.at ? toDateTimeInputValue(initial.at) : '')
  const [embargo, setEmbargo] = useState<Embargo>(initial?.embargo ?? 'none')
  const [gate, setGate] = useState(initial?.embargo_gate ? String(initial.embargo_gate) : '')
  const [task, setTask] = useState<number | null>(initial?.embargo_task ?? null)
  const [destinations, setDestinations] = useState<Destination[]>(initial?.destinations ?? [])
  const [recipients, setRecipients] = useState(initial?.email_recipients ?? '')
  const [shareUntil, setShareUntil] = useState(initial?.share_until ? toDateTimeInputValue(initial.share_until) : '')
  const [approvers, setApprovers] = useState<number[]>(initial?.approvers ?? [])
  const fields = fieldErrors(error)
  const errorId = (name: string) => `${id}-${name}-error`

  function submit(event: FormEvent) {
    event.preventDefault()
    onSave({
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
      embargo_task: embargo === 'task' ? task : null,
      // In the order of the checkboxes, whatever the order they were ticked in.
      destinations: DESTINATIONS.filter((d) => destinations.includes(d)),
      email_recipients: destinations.includes('email') ? recipients : '',
      share_until: kind === 'employee_hint' ? fromDateTimeInputValue(shareUntil) : null,
      approvers,
    })
  }

  function toggleDestination(destination: Destination, on: boolean) {
    setDestinations((current) => (on ? [...current, destination] : current.filter((d) => d !== destination)))
  }

  return (
    <form className="form" onSubmit={submit} aria-label={label}>
      <label htmlFor={`${id}-kind`}>Kind</label>
      <select
        id={`${id}-kind`}
        value={kind}
        onChange={(e) => setKind(e.target.value as CommunicationKind)}
        {...invalidProps(errorId('kind'), fields.kind)}
      >
        {Object.entries(KIND_LABELS).map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
      <FieldError id={errorId('kind')} messages={fields.kind} />
      <label htmlFor={`${id}-title`}>Title</label>
      <input
        id={`${id}-title`}
        required
        maxLength={200}
        value={title}
        onChange={(e) => setTitle(e.target.value)}
        {...invalidProps(errorId('title'), fields.title)}
      />
      <FieldError id={errorId('title')} messages={fields.title} />
      <label htmlFor={`${id}-channel`}>Channel</label>
      <input
        id={`${id}-channel`}
        maxLength={100}
        value={channel}
        onChange={(e) => setChannel(e.target.value)}
        {...invalidProps(errorId('channel'), fields.channel)}
      />
      <FieldError id={errorId('channel')} messages={fields.channel} />
      <label htmlFor={`${id}-audience`}>Audience</label>
      <input
        id={`${id}-audience`}
        maxLength={200}
        value={audience}
        onChange={(e) => setAudience(e.target.value)}
        {...invalidProps(errorId('audience'), fields.audience)}
      />
      <FieldError id={errorId('audience')} messages={fields.audience} />
      <label htmlFor={`${id}-body`}>Body</label>
      <textarea
        id={`${id}-body`}
        rows={3}
        value={body}
        onChange={(e) => setBody(e.target.value)}
        {...invalidProps(errorId('body'), fields.body)}
      />
      <FieldError id={errorId('body')} messages={fields.body} />
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
        <FieldError id={errorId('schedule_mode')} messages={fields.schedule_mode} />
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
              {...invalidProps(errorId('offset_days'), fields.offset_days)}
            />
            <FieldError id={errorId('offset_days')} messages={fields.offset_days} />
          </>
        ) : (
          <>
            <label htmlFor={`${id}-at`}>Publish at (your time zone)</label>
            <input
              id={`${id}-at`}
              type="datetime-local"
              required
              value={at}
              onChange={(e) => setAt(e.target.value)}
              {...invalidProps(errorId('at'), fields.at)}
            />
            <FieldError id={errorId('at')} messages={fields.at} />
          </>
        )}
      </fieldset>
      <label htmlFor={`${id}-embargo`}>Embargo</label>
      <select
        id={`${id}-embargo`}
        value={embargo}
        onChange={(e) => setEmbargo(e.target.value as Embargo)}
        {...invalidProps(errorId('embargo'), fields.embargo)}
      >
        {Object.entries(EMBARGO_LABELS).map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
      <FieldError id={errorId('embargo')} messages={fields.embargo} />
      {embargo === 'gate' && (
        <>
          <label htmlFor={`${id}-gate`}>Gate</label>
          <select
            id={`${id}-gate`}
            required
            value={gate}
            onChange={(e) => setGate(e.target.value)}
            {...invalidProps(errorId('embargo_gate'), fields.embargo_gate)}
          >
            <option value="">Choose a gate</option>
            {gates.map((g) => (
              <option key={g.id} value={g.id}>
                {g.name}
              </option>
            ))}
          </select>
          <FieldError id={errorId('embargo_gate')} messages={fields.embargo_gate} />
        </>
      )}
      {embargo === 'task' && (
        <>
          <label htmlFor={`${id}-task`}>Task that must be done</label>
          <TaskSelect
            id={`${id}-task`}
            launchId={launchId}
            value={task}
            onChange={setTask}
            required
            {...invalidProps(errorId('embargo_task'), fields.embargo_task)}
          />
          <FieldError id={errorId('embargo_task')} messages={fields.embargo_task} />
        </>
      )}
      {kind === 'employee_hint' && (
        <>
          <label htmlFor={`${id}-share-until`}>Shareable until (your time zone)</label>
          <input
            id={`${id}-share-until`}
            type="datetime-local"
            value={shareUntil}
            onChange={(e) => setShareUntil(e.target.value)}
            {...invalidProps(errorId('share_until'), fields.share_until)}
          />
          <FieldError id={errorId('share_until')} messages={fields.share_until} />
        </>
      )}
      <fieldset>
        <legend>Goes out to, once approved and its embargo lifts</legend>
        {DESTINATIONS.map((destination) => (
          <label key={destination}>
            <input
              type="checkbox"
              checked={destinations.includes(destination)}
              onChange={(e) => toggleDestination(destination, e.target.checked)}
            />{' '}
            {DESTINATION_LABELS[destination]}
          </label>
        ))}
        <FieldError id={errorId('destinations')} messages={fields.destinations} />
        {destinations.includes('email') && (
          <>
            <label htmlFor={`${id}-recipients`}>Email recipients (one per line or comma)</label>
            <textarea
              id={`${id}-recipients`}
              rows={3}
              required
              value={recipients}
              onChange={(e) => setRecipients(e.target.value)}
              {...invalidProps(errorId('email_recipients'), fields.email_recipients)}
            />
            <FieldError id={errorId('email_recipients')} messages={fields.email_recipients} />
          </>
        )}
      </fieldset>
      <NamedApproversField
        description="People who approve it under their own name too (an executive, a reviewer), whatever their role."
        value={approvers}
        onChange={setApprovers}
        initial={initial?.approvers_detail ?? []}
        errors={fields.approvers}
      />
      {Boolean(error) && (
        <p className="error" role="alert">
          {errorSummary(error)}
        </p>
      )}
      <div className="dialog-actions">
        <button type="submit" className="button" disabled={saving}>
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="button secondary" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  )
}
