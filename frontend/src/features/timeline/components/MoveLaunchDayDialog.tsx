import { useId, useState, type FormEvent } from 'react'
import { Dialog } from '../../../components/ui/Dialog'
import { formatDay, formatMoment, fromDateTimeInputValue, toDateTimeInputValue } from '../../../lib/dates'
import { describeWriteError } from '../../../lib/errors'
import { useMoveTZero, usePreviewTZeroMove, type MovedItem, type TZeroMoveReport } from '../api/moveTZero'

/** A task moves by calendar days (its planned start); milestones, gates and communications are moments. */
function movedWhen(item: MovedItem, value: string): string {
  return item.kind === 'task' ? formatDay(value) : formatMoment(value)
}

function days(n: number): string {
  return `${n} day${n === 1 ? '' : 's'}`
}

/** The forecast from today before and after the move: how many days after T-0 the work for launch finishes. */
function SlipLine({ before, after }: { before: number; after: number }) {
  if (before <= 0 && after <= 0) {
    return <p className="muted">Forecast: the work needed for launch finishes by T-0, before and after the move.</p>
  }
  const say = (n: number) => (n > 0 ? `${days(n)} after T-0` : 'by T-0')
  return (
    <p className={after > 0 ? 'forecast-notice is-slipping' : 'forecast-notice'}>
      Forecast: work needed for launch finishes <strong>{say(before)}</strong> now,{' '}
      <strong>{say(after)}</strong> after the move.
    </p>
  )
}

function MovePreview({ report }: { report: TZeroMoveReport }) {
  const tasks = report.moved_task_count
  const others = report.moved_count - tasks
  const unlisted = report.moved_count - report.moved.length
  const warnings = report.warnings ?? []
  return (
    <section className="move-preview" aria-label="Preview" aria-live="polite">
      <p>
        Launch day moves by <strong>{report.shift_days} day{Math.abs(report.shift_days) === 1 ? '' : 's'}</strong>:{' '}
        {formatMoment(report.t_zero_before)} → {formatMoment(report.t_zero_after)}.
      </p>
      <p>
        {tasks} task{tasks === 1 ? '' : 's'} and {others} milestone{others === 1 ? '' : 's'} or gate
        {others === 1 ? '' : 's'} move with it; {report.unchanged_count} fixed-date item
        {report.unchanged_count === 1 ? '' : 's'} stay put.
      </p>
      {report.t_zero_slip_days_before !== undefined && (
        <SlipLine before={report.t_zero_slip_days_before} after={report.t_zero_slip_days_after ?? 0} />
      )}
      <h3>New conflicts ({report.new_conflicts.length})</h3>
      {report.new_conflicts.length === 0 ? (
        <p className="muted">None.</p>
      ) : (
        <ul className="conflict-list">
          {report.new_conflicts.map((c, i) => (
            <li key={i}>{c.message}</li>
          ))}
        </ul>
      )}
      {warnings.length > 0 && (
        <>
          <h3>On a day off after the move ({warnings.length})</h3>
          <ul className="day-off-warning-list">
            {warnings.map((w) => (
              <li key={`${w.item}-${w.id ?? 't0'}`}>{w.message}</li>
            ))}
          </ul>
        </>
      )}
      {report.resolved_conflicts.length > 0 && (
        <>
          <h3>Resolved conflicts ({report.resolved_conflicts.length})</h3>
          <ul>
            {report.resolved_conflicts.map((c, i) => (
              <li key={i}>{c.message}</li>
            ))}
          </ul>
        </>
      )}
      {report.moved.length > 0 && (
        <details>
          <summary>What moves</summary>
          <ul>
            {report.moved.map((m) => (
              <li key={`${m.kind}-${m.id}`}>
                {m.name}: {movedWhen(m, m.before)} → {movedWhen(m, m.after)}
              </li>
            ))}
          </ul>
          {unlisted > 0 && <p className="muted">…and {unlisted} more.</p>}
        </details>
      )}
    </section>
  )
}

/** Move launch day: preview what moves and what newly conflicts, then confirm. */
export function MoveLaunchDayDialog({
  launchId,
  tZero,
  onClose,
}: {
  launchId: number
  tZero: string
  onClose: () => void
}) {
  const id = useId()
  const [value, setValue] = useState(toDateTimeInputValue(tZero))
  const preview = usePreviewTZeroMove(launchId)
  const move = useMoveTZero(launchId)
  const iso = fromDateTimeInputValue(value)
  const previewed = preview.data && preview.variables === iso ? preview.data : null

  function submit(event: FormEvent) {
    event.preventDefault()
    if (iso) preview.mutate(iso)
  }

  return (
    <Dialog title="Move launch day" onClose={onClose}>
      <form className="form" onSubmit={submit}>
        <label htmlFor={`${id}-t0`}>New T-0 (your time zone)</label>
        <input
          id={`${id}-t0`}
          type="datetime-local"
          required
          value={value}
          onChange={(e) => setValue(e.target.value)}
        />
        <button className="button secondary" type="submit" disabled={!iso || preview.isPending}>
          {preview.isPending ? 'Previewing…' : 'Preview'}
        </button>
      </form>
      {preview.isError && (
        <p className="error" role="alert">
          {describeWriteError(preview.error)}
        </p>
      )}
      {previewed && <MovePreview report={previewed} />}
      {move.isError && (
        <p className="error" role="alert">
          {describeWriteError(move.error)}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" className="button secondary" onClick={onClose}>
          Cancel
        </button>
        <button
          type="button"
          className="button"
          disabled={!previewed || move.isPending}
          onClick={() => iso && move.mutate(iso, { onSuccess: onClose })}
        >
          {move.isPending ? 'Moving…' : 'Move launch day'}
        </button>
      </div>
    </Dialog>
  )
}
