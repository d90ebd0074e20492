/**
 * A task's links to tasks of other launches (docs/cross-launch.md), in its panel: what it waits on and what waits
 * on it, each linking to the other launch's timeline with that task open; late ones red with the word "late". The
 * office adds one (a launch, then one of its tasks) and removes them.
 */
import { useId, useState, type FormEvent } from 'react'
import { Link } from 'react-router'
import { ConfirmDeleteButton } from '../../../components/ui/ConfirmDeleteButton'
import { TaskSelect } from '../../../components/ui/TaskSelect'
import { formatShortDay } from '../../../lib/dates'
import { describeWriteError } from '../../../lib/errors'
import type { Viewer } from '../../../lib/permissions'
import {
  useCreateCrossLaunchDependency,
  useDeleteCrossLaunchDependency,
  useOpenLaunches,
  type TimelineCrossLink,
} from '../api/crossLaunch'
import type { LinkType, Timeline, TimelineTask } from '../api/timeline'
import { LINK_TYPE_OPTIONS } from './AddDependencyForm'

/** The other task's day the link ties: its start for start-to-start and start-to-finish, else its due day. */
function otherDay(link: TimelineCrossLink): string {
  const tiesStart =
    link.direction === 'incoming'
      ? link.type === 'start_to_start' || link.type === 'start_to_finish'
      : link.type === 'start_to_start' || link.type === 'finish_to_start'
  return tiesStart ? `starts ${formatShortDay(link.other.start)}` : `due ${formatShortDay(link.other.due)}`
}

function lagText(lag: number): string {
  if (lag === 0) return ''
  const days = `${Math.abs(lag)} calendar day${Math.abs(lag) === 1 ? '' : 's'}`
  return lag > 0 ? ` + ${days}` : `, ${days} ahead`
}

/** "Waits on “Partner API” in Partner (due 12 Mar)" or "“Co-marketing” in Spring waits on it (starts 6 Mar)". */
export function crossLinkText(link: TimelineCrossLink): string {
  const other = `“${link.other.title}” in ${link.other.launch_name}`
  const words = link.direction === 'incoming' ? `Waits on ${other}` : `${other} waits on it`
  return `${words}${lagText(link.lag_days)} (${otherDay(link)})`
}

/** "late by 6 days", for a link the scheduled days no longer allow; empty when it holds. */
export function crossLinkLateText(link: TimelineCrossLink): string {
  if (!link.violated) return ''
  return `late by ${link.days_late} day${link.days_late === 1 ? '' : 's'}`
}

/** The deep link to the other task on its own launch's timeline. */
export function crossLinkHref(link: TimelineCrossLink): string {
  return `/launches/${link.other.launch}?task=${link.other.id}`
}

function CrossLinkRow({ launchId, link, mayRemove }: { launchId: number; link: TimelineCrossLink; mayRemove: boolean }) {
  const remove = useDeleteCrossLaunchDependency(launchId, link.other.launch)
  const late = crossLinkLateText(link)
  return (
    <li className={link.violated ? 'cross-launch-link is-late' : 'cross-launch-link'}>
      <Link to={crossLinkHref(link)}>{crossLinkText(link)}</Link>
      {late && <strong className="cross-launch-late"> — {late}</strong>}
      {mayRemove && (
        <ConfirmDeleteButton
          prompt="Both launches stop showing it."
          question="Remove this link to another launch?"
          label={`Remove the link: ${crossLinkText(link)}`}
          confirmText="Remove"
          triggerClassName="link-button"
          busy={remove.isPending}
          onAsk={() => remove.reset()}
          onDelete={() => remove.mutateAsync(link.id).catch(() => undefined)}
        />
      )}
      {remove.isError && (
        <p className="error" role="alert">
          {describeWriteError(remove.error)}
        </p>
      )}
    </li>
  )
}

type Direction = 'incoming' | 'outgoing'

/** The office's form: this task waits on a task of another launch (or that task waits on this one). */
export function AddCrossLaunchLinkForm({ timeline, task }: { timeline: Timeline; task: TimelineTask }) {
  const id = useId()
  const launches = useOpenLaunches(true)
  const [otherLaunch, setOtherLaunch] = useState<number | null>(null)
  const [otherTask, setOtherTask] = useState<number | null>(null)
  const [direction, setDirection] = useState<Direction>('incoming')
  const [type, setType] = useState<LinkType>('finish_to_start')
  const [lag, setLag] = useState('0')
  const create = useCreateCrossLaunchDependency(timeline.launch.id)
  const others = (launches.data ?? []).filter((launch) => launch.id !== timeline.launch.id)

  function submit(event: FormEvent) {
    event.preventDefault()
    if (otherTask === null || otherLaunch === null) return
    const ends =
      direction === 'incoming' ? { successor: task.id, predecessor: otherTask } : { successor: otherTask, predecessor: task.id }
    create.mutate(
      { link: { ...ends, type, lag_days: Number(lag) || 0 }, otherLaunchId: otherLaunch },
      {
        onSuccess: () => {
          setOtherTask(null)
          setLag('0')
        },
      },
    )
  }

  return (
    <form className="cross-launch-form" onSubmit={submit} aria-label="Link to a task of another launch">
      <label htmlFor={`${id}-launch`}>Launch</label>
      <select
        id={`${id}-launch`}
        value={otherLaunch ?? ''}
        onChange={(event) => {
          setOtherLaunch(event.target.value ? Number(event.target.value) : null)
          setOtherTask(null)
        }}
      >
        <option value="">{launches.isPending ? 'Loading launches…' : 'Choose a launch'}</option>
        {others.map((launch) => (
          <option key={launch.id} value={launch.id}>
            {launch.name}
          </option>
        ))}
      </select>
      {otherLaunch !== null && (
        <>
          <label htmlFor={`${id}-task`}>Task</label>
          <TaskSelect id={`${id}-task`} launchId={otherLaunch} value={otherTask} onChange={setOtherTask} />
        </>
      )}
      <label htmlFor={`${id}-direction`}>Which waits</label>
      <select id={`${id}-direction`} value={direction} onChange={(event) => setDirection(event.target.value as Direction)}>
        <option value="incoming">This task waits on it</option>
        <option value="outgoing">It waits on this task</option>
      </select>
      <label htmlFor={`${id}-type`}>Link type</label>
      <select id={`${id}-type`} value={type} onChange={(event) => setType(event.target.value as LinkType)}>
        {LINK_TYPE_OPTIONS.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-lag`}>Lag (calendar days)</label>
      <input id={`${id}-lag`} type="number" min={-365} max={365} value={lag} onChange={(event) => setLag(event.target.value)} />
      <button type="submit" disabled={otherTask === null || create.isPending}>
        Add the link
      </button>
      {create.isError && (
        <p className="error" role="alert">
          {describeWriteError(create.error)}
        </p>
      )}
      {create.isSuccess && (
        <p className="success" role="status">
          Linked. Both launches show it.
        </p>
      )}
    </form>
  )
}

/** The task's section of links to other launches: shown when it has any, or to the office (who adds them). */
export function CrossLaunchLinks({ timeline, task, viewer }: { timeline: Timeline; task: TimelineTask; viewer: Viewer }) {
  const [adding, setAdding] = useState(false)
  const links = timeline.cross_launch.filter((link) => link.task === task.id)
  if (links.length === 0 && !viewer.is_office) return null
  return (
    <section aria-label="Other launches">
      <h3>Other launches</h3>
      {links.length > 0 ? (
        <ul className="link-list">
          {links.map((link) => (
            <CrossLinkRow key={link.id} launchId={timeline.launch.id} link={link} mayRemove={viewer.is_office} />
          ))}
        </ul>
      ) : (
        <p className="muted">No link to a task of another launch.</p>
      )}
      {viewer.is_office && (
        <>
          <button type="button" className="link-button" aria-expanded={adding} onClick={() => setAdding(!adding)}>
            Link to a task of another launch
          </button>
          {/* Mounted when opened: the launches are loaded only for the office's form. */}
          {adding && <AddCrossLaunchLinkForm timeline={timeline} task={task} />}
        </>
      )}
    </section>
  )
}
