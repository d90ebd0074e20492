import { useId, useState, type FormEvent } from 'react'
import { FieldError, invalidProps } from '../../../components/ui/FieldError'
import { TaskSelect } from '../../../components/ui/TaskSelect'
import { describeWriteError, fieldErrors } from '../../../lib/errors'
import { SOURCE_LABELS, useCreateFeedback, type FeedbackSource } from '../api/feedback'

const FIELDS = ['source', 'text', 'reported_by', 'task'] as const

/** feedback/models.py TEXT_MAX_LENGTH and REPORTED_BY_MAX_LENGTH. */
const TEXT_MAX_LENGTH = 5000
const REPORTED_BY_MAX_LENGTH = 200

/** Record one feedback item by hand: where it came from, what it says, who said it, and which task it is about. */
export function FeedbackForm({ launchId }: { launchId: number }) {
  const id = useId()
  const [source, setSource] = useState<FeedbackSource | ''>('')
  const [text, setText] = useState('')
  const [reportedBy, setReportedBy] = useState('')
  const [task, setTask] = useState<number | null>(null)
  const create = useCreateFeedback(launchId)
  const errors = fieldErrors(create.error)
  const atFields = FIELDS.some((field) => errors[field])

  function submit(event: FormEvent) {
    event.preventDefault()
    create.mutate(
      { source, text, reported_by: reportedBy, task },
      {
        // The source stays: items are often recorded a batch from one channel at a time.
        onSuccess: () => {
          setText('')
          setReportedBy('')
          setTask(null)
        },
      },
    )
  }

  return (
    <form className="form" onSubmit={submit} aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>Add feedback</h3>
      <label htmlFor={`${id}-source`}>Source</label>
      <select
        id={`${id}-source`}
        required
        value={source}
        onChange={(e) => setSource(e.target.value as FeedbackSource | '')}
        {...invalidProps(`${id}-source-error`, errors.source)}
      >
        <option value="">Choose where it came from</option>
        {Object.entries(SOURCE_LABELS).map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
      <FieldError id={`${id}-source-error`} messages={errors.source} />
      <label htmlFor={`${id}-text`}>Feedback</label>
      <textarea
        id={`${id}-text`}
        required
        rows={3}
        maxLength={TEXT_MAX_LENGTH}
        value={text}
        onChange={(e) => setText(e.target.value)}
        {...invalidProps(`${id}-text-error`, errors.text)}
      />
      <FieldError id={`${id}-text-error`} messages={errors.text} />
      <label htmlFor={`${id}-reported-by`}>Reported by (optional)</label>
      <input
        id={`${id}-reported-by`}
        maxLength={REPORTED_BY_MAX_LENGTH}
        placeholder="Name or e-mail"
        value={reportedBy}
        onChange={(e) => setReportedBy(e.target.value)}
        {...invalidProps(`${id}-reported-by-error`, errors.reported_by)}
      />
      <FieldError id={`${id}-reported-by-error`} messages={errors.reported_by} />
      <label htmlFor={`${id}-task`}>About task (optional)</label>
      <TaskSelect
        id={`${id}-task`}
        launchId={launchId}
        value={task}
        onChange={setTask}
        {...invalidProps(`${id}-task-error`, errors.task)}
      />
      <FieldError id={`${id}-task-error`} messages={errors.task} />
      {create.isError && !atFields && (
        <p className="error" role="alert">
          {describeWriteError(create.error)}
        </p>
      )}
      {create.isSuccess && (
        <p className="success" role="status">
          Added feedback #{create.data.id}.
        </p>
      )}
      <button type="submit" className="button" disabled={create.isPending}>
        Add feedback
      </button>
    </form>
  )
}
