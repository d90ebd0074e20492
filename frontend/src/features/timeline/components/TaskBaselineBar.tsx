import { formatShortDay } from '../../../lib/dates'
import type { TimelineTask } from '../api/timeline'
import { ROW_HEIGHT } from '../model'

/** Height of the baseline's ghost bar (px), drawn along the bottom of the task's row, under its bar. */
const BASELINE_HEIGHT = 3

/**
 * Where a task was in the current baseline: a thin ghost bar under its bar, so what slipped shows at a glance
 * (the bar's accessible name and the task panel say it in words).
 */
export function TaskBaselineBar({ task, x, y, width }: { task: TimelineTask; x: number; y: number; width: number }) {
  const title =
    task.baseline_start && task.baseline_due
      ? `Baseline of “${task.title}”: ${formatShortDay(task.baseline_start)} to ${formatShortDay(task.baseline_due)}`
      : undefined
  return (
    <div
      className="task-baseline"
      aria-hidden="true"
      title={title}
      data-baseline-of={task.id}
      style={{ left: x, top: y + ROW_HEIGHT - BASELINE_HEIGHT - 1, width: Math.max(width, 4), height: BASELINE_HEIGHT }}
    />
  )
}
