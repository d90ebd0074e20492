import { memo } from 'react'
import { formatDay, formatShortDay } from '../../../lib/dates'
import { TASK_STATUS_LABELS, type TimelineTask } from '../api/timeline'
import { highlightParts } from '../filters'
import { tLabel, type LaneRow, type Row, type WorkingCalendar } from '../model'

export type ListColumn = 'title' | 'start' | 'due' | 'status' | 'assignee' | 'slack' | 'department'

/** The columns after the title, most wanted first, and the room each takes (px). */
const COLUMNS: { key: Exclude<ListColumn, 'title'>; label: string; width: number }[] = [
  { key: 'start', label: 'Start', width: 58 },
  { key: 'due', label: 'Due', width: 58 },
  { key: 'status', label: 'Status', width: 86 },
  { key: 'assignee', label: 'Assignee', width: 104 },
  { key: 'slack', label: 'Slack', width: 50 },
  { key: 'department', label: 'Department', width: 104 },
]
/** The least room a title keeps (px). */
const TITLE_MIN = 150

export const LIST_MIN_WIDTH = 220
export const LIST_MAX_WIDTH = 760
export const LIST_DEFAULT_WIDTH = 430

/** The columns a list this wide shows: the title, then as many of the others as fit, in order. */
export function listColumns(width: number): { key: ListColumn; label: string; width: number }[] {
  const out: { key: ListColumn; label: string; width: number }[] = []
  let room = width - TITLE_MIN
  for (const column of COLUMNS) {
    if (column.width > room) break
    out.push(column)
    room -= column.width
  }
  return [{ key: 'title', label: 'Task', width: TITLE_MIN + room }, ...out]
}

export interface TaskListContext {
  people: ReadonlyMap<number, string>
  tZeroDate: string
  calendar?: WorkingCalendar
  /** T-offsets ("T-14") or calendar days ("3 Mar"). */
  dateMode: 'offset' | 'date'
  query: string
  matchOf: (taskId: number) => 'none' | 'match' | 'current'
  selectedId: number | null
  showCritical: boolean
}

function slackText(slack: number): { text: string; title: string } {
  if (slack < 0) return { text: `−${-slack}d`, title: `${-slack} day${slack === -1 ? '' : 's'} late for its deadline` }
  return { text: `${slack}d`, title: `Can slip ${slack} day${slack === 1 ? '' : 's'} before its deadline` }
}

/** The list's column headings, above its rows (sticky with the axis). */
export function TaskListHeader({
  width,
  dateMode,
  onDateMode,
}: {
  width: number
  dateMode: 'offset' | 'date'
  onDateMode: (mode: 'offset' | 'date') => void
}) {
  const columns = listColumns(width)
  return (
    <div className="task-list-head" style={{ width }}>
      <button
        type="button"
        className="task-list-date-mode"
        aria-pressed={dateMode === 'date'}
        onClick={() => onDateMode(dateMode === 'date' ? 'offset' : 'date')}
        title="Show the list's dates as calendar days or as days from T-0"
      >
        {dateMode === 'date' ? 'Show T-offsets' : 'Show dates'}
      </button>
      <div className="task-list-columns" aria-hidden="true">
        {columns.map((c) => (
          <span key={c.key} className={`task-list-cell cell-${c.key}`} style={{ width: c.width }}>
            {c.label}
          </span>
        ))}
      </div>
    </div>
  )
}

/** A lane's heading: its department and task count; a button folds or unfolds it. */
export function LaneHeading({ row, onToggle }: { row: LaneRow; onToggle: (laneId: number) => void }) {
  return (
    <h3 className="timeline-lane-name">
      <button type="button" aria-expanded={!row.collapsed} onClick={() => onToggle(row.lane.id)}>
        <span className="lane-chevron" aria-hidden="true">
          {row.collapsed ? '▸' : '▾'}
        </span>
        {row.lane.department.name}{' '}
        <span className="muted">{laneCountText(row)}</span>
      </button>
    </h3>
  )
}

/** "(2 tasks)", or "(1 of 2 tasks)" when the filters hide some. */
export function laneCountText(row: Pick<LaneRow, 'taskCount' | 'shownCount'>): string {
  const plural = row.taskCount === 1 ? '' : 's'
  return row.shownCount === row.taskCount
    ? `(${row.taskCount} task${plural})`
    : `(${row.shownCount} of ${row.taskCount} task${plural})`
}

function TaskCells({
  task,
  laneName,
  columns,
  context,
  onSelect,
}: {
  task: TimelineTask
  laneName: string
  columns: ReturnType<typeof listColumns>
  context: TaskListContext
  onSelect: (task: TimelineTask) => void
}) {
  const day = (d: string) => (context.dateMode === 'offset' ? tLabel(d, context.tZeroDate, context.calendar) : formatShortDay(d))
  const dayTitle = (d: string) => `${formatDay(d)} (${tLabel(d, context.tZeroDate, context.calendar)})`
  return (
    <>
      {columns.map((c) => {
        const style = { width: c.width }
        switch (c.key) {
          case 'title':
            return (
              <span key="title" className="task-list-cell cell-title" style={style}>
                <button type="button" className="task-list-title" title={task.title} onClick={() => onSelect(task)}>
                  {highlightParts(task.title, context.query).map((part, i) =>
                    part.match ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>,
                  )}
                </button>
              </span>
            )
          case 'start':
            return (
              <span key="start" className="task-list-cell cell-start" style={style} title={dayTitle(task.start)}>
                {day(task.start)}
              </span>
            )
          case 'due':
            return (
              <span key="due" className="task-list-cell cell-due" style={style} title={dayTitle(task.due)}>
                {day(task.due)}
              </span>
            )
          case 'status':
            return (
              <span key="status" className="task-list-cell cell-status" style={style}>
                <span className={`status-pill status-pill-${task.status}`}>{TASK_STATUS_LABELS[task.status]}</span>
              </span>
            )
          case 'assignee': {
            const name = task.assignee === null ? '—' : (context.people.get(task.assignee) ?? `#${task.assignee}`)
            return (
              <span key="assignee" className="task-list-cell cell-assignee" style={style} title={name}>
                {name}
              </span>
            )
          }
          case 'slack': {
            const slack = slackText(task.slack)
            return (
              <span
                key="slack"
                className={`task-list-cell cell-slack${task.slack < 0 ? ' is-late' : ''}`}
                style={style}
                title={slack.title}
              >
                {slack.text}
              </span>
            )
          }
          case 'department':
            return (
              <span key="department" className="task-list-cell cell-department" style={style} title={laneName}>
                {laneName}
              </span>
            )
        }
      })}
    </>
  )
}

/**
 * The task list beside the bars: the same rows (the lanes' headings, which fold a lane, and its tasks with
 * their department, assignee, dates or T-offsets, status and slack), only those in view, as the canvas.
 */
export const TaskList = memo(function TaskList({
  rows,
  width,
  height,
  context,
  onSelectTask,
  onToggleLane,
}: {
  rows: Row[]
  width: number
  height: number
  context: TaskListContext
  onSelectTask: (task: TimelineTask) => void
  onToggleLane: (laneId: number) => void
}) {
  const columns = listColumns(width)
  return (
    <div className="task-list" style={{ width, height }} role="list" aria-label="Tasks">
      {rows.map((row) => {
        const style = { top: row.y, height: row.height }
        if (row.kind === 'lane') {
          return (
            <div key={row.key} className={`task-list-row task-list-lane${row.collapsed ? ' is-collapsed' : ''}`} style={style} role="listitem">
              <LaneHeading row={row} onToggle={onToggleLane} />
            </div>
          )
        }
        if (row.kind === 'add') {
          return <div key={row.key} className="task-list-row task-list-add" style={style} aria-hidden="true" />
        }
        const match = context.matchOf(row.task.id)
        const classes = ['task-list-row', 'task-list-task']
        if (match !== 'none') classes.push('is-match')
        if (match === 'current') classes.push('is-current-match')
        if (context.selectedId === row.task.id) classes.push('is-selected')
        if (context.showCritical && row.task.critical) classes.push('is-critical')
        return (
          <div key={row.key} className={classes.join(' ')} style={style} role="listitem" data-list-task-id={row.task.id}>
            <TaskCells
              task={row.task}
              laneName={row.lane.department.name}
              columns={columns}
              context={context}
              onSelect={onSelectTask}
            />
          </div>
        )
      })}
    </div>
  )
})
