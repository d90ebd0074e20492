import { formatDay } from '../../../lib/dates'
import type { Timeline } from '../api/timeline'

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']

function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`
}

/** "Saturday and Sunday", "Friday, Saturday and Sunday". */
function listWords(words: string[]): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`
}

/** What the forecast from today says about launch day, in one line; nothing when nothing is forecast. */
export function ForecastNotice({ forecast }: { forecast: Timeline['forecast'] }) {
  const slip = forecast.t_zero_slip_days
  const moved = forecast.forecast_tasks
  const from = forecast.status_date ? ` (from ${formatDay(forecast.status_date)})` : ''
  if (slip > 0) {
    return (
      <p className="forecast-notice is-slipping">
        <strong>
          Forecast: work needed for launch finishes {plural(slip, 'day')} after T-0.
        </strong>{' '}
        {moved > 0 && `${plural(moved, 'task is', 'tasks are')} forecast from today${from}.`}
      </p>
    )
  }
  if (moved === 0) return null
  return (
    <p className="forecast-notice">
      {plural(moved, 'task is', 'tasks are')} forecast from today{from}; the work needed for launch still finishes by
      T-0.
    </p>
  )
}

/**
 * The forecast's word on launch day, items planned on days off, and the launch's days off (shaded on the
 * timeline): each a line that opens for the detail, so they take little room.
 */
export function TimelineNotices({
  timeline,
  onShowTask,
  onGateSelect,
}: {
  timeline: Timeline
  onShowTask: (taskId: number) => void
  onGateSelect?: (gateId: number) => void
}) {
  const { calendar, warnings, forecast } = timeline
  const weeklyOff = WEEKDAYS.filter((_, i) => !calendar.working_weekdays.includes(i + 1))
  const closed = calendar.closed_days
  return (
    <>
      <ForecastNotice forecast={forecast} />
      {(warnings.length > 0 || weeklyOff.length > 0 || closed.length > 0) && (
        <div className="timeline-notices">
          {warnings.length > 0 && (
            <details className="day-off-warnings">
              <summary>{plural(warnings.length, 'item')} planned on a day off</summary>
              <ul>
                {warnings.map((w) => (
                  <li key={`${w.item}-${w.id ?? 't0'}`}>
                    {w.item === 'task' && w.id !== null ? (
                      <button type="button" className="link-button" onClick={() => onShowTask(w.id!)}>
                        {w.message}
                      </button>
                    ) : w.item === 'gate' && w.id !== null && onGateSelect ? (
                      <button type="button" className="link-button" onClick={() => onGateSelect(w.id!)}>
                        {w.message}
                      </button>
                    ) : (
                      w.message
                    )}
                  </li>
                ))}
              </ul>
            </details>
          )}
          {(weeklyOff.length > 0 || closed.length > 0) && (
            <details className="days-off">
              <summary>
                Days off (shaded):{' '}
                {[
                  weeklyOff.length > 0 ? `${listWords(weeklyOff)} each week` : '',
                  closed.length > 0 ? plural(closed.length, 'holiday or closure', 'holidays or closures') : '',
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </summary>
              {calendar.holiday_regions.length > 0 && (
                <p>Public holidays of {listWords(calendar.holiday_regions)} are not worked.</p>
              )}
              {closed.length > 0 && (
                <ul>
                  {closed.map((c) => (
                    <li key={c.date}>
                      {formatDay(c.date)}: {c.reason}
                    </li>
                  ))}
                </ul>
              )}
            </details>
          )}
        </div>
      )}
    </>
  )
}
