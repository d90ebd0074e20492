import { useId, useState, type FormEvent } from 'react'
import { ConfirmDeleteButton } from '../../../components/ui/ConfirmDeleteButton'
import { ErrorNotice } from '../../../components/ui/ErrorNotice'
import { Loading } from '../../../components/ui/Loading'
import { describeWriteError } from '../../../lib/errors'
import { canEditDependency, type Viewer } from '../../../lib/permissions'
import {
  useDeleteDependency,
  useDependency,
  useUpdateDependency,
  type Dependency,
  type DependencyPatch,
} from '../api/dependencies'
import type { DayCount, LinkType, Timeline, TimelineDependency } from '../api/timeline'
import { dayCountText } from '../model'
import { LINK_TYPE_OPTIONS } from './AddDependencyForm'
import { SidePanel } from './SidePanel'

/** A link's two ends as people name them: “Task”, milestone “M”, gate “G”; and the link as “A” → “B”. */
export function dependencyEnds(timeline: Timeline, d: TimelineDependency) {
  const task = (id: number | null) => timeline.tasks.find((t) => t.id === id)?.title ?? `task #${id}`
  const milestone = (id: number | null) => timeline.milestones.find((m) => m.id === id)?.name ?? `milestone #${id}`
  const gate = (id: number | null) => timeline.gates.find((g) => g.id === id)?.name ?? `gate #${id}`
  const before =
    d.predecessor !== null
      ? `“${task(d.predecessor)}”`
      : d.predecessor_milestone !== null
        ? `milestone “${milestone(d.predecessor_milestone)}”`
        : `gate “${gate(d.predecessor_gate)}”`
  const after = d.successor !== null ? `“${task(d.successor)}”` : `milestone “${milestone(d.successor_milestone)}”`
  const plain = (name: string) => name.replace(/[“”]/g, '')
  return {
    before,
    after,
    /** “A” → “B”, the panel's title. */
    title: `${before.charAt(0).toUpperCase()}${before.slice(1)} → ${after}`,
    /** A → B without quotes, for messages that quote it. */
    name: `${plain(before)} → ${plain(after)}`,
    /** The department whose lead edits the link (null: a milestone's, the office's). */
    successorDepartmentId:
      d.successor === null
        ? null
        : (timeline.lanes.find((l) => l.id === timeline.tasks.find((t) => t.id === d.successor)?.workstream)?.department
            .id ?? -1),
  }
}

/** "+ 2 working days", "2 calendar days ahead", or nothing. */
export function lagWords(lag: number, count: DayCount): string {
  if (lag > 0) return ` + ${dayCountText(lag, count)}`
  if (lag < 0) return `, ${dayCountText(-lag, count)} ahead`
  return ''
}

interface LinkFormProps {
  current: Dependency
  saving: boolean
  onSave: (patch: DependencyPatch) => void
}

/** Type and lag of one link, from its current version (keyed by its ETag where used). */
function DependencyForm({ current, saving, onSave }: LinkFormProps) {
  const id = useId()
  const [type, setType] = useState<LinkType>(current.type)
  const [lag, setLag] = useState(String(current.lag_days))
  const [lagCount, setLagCount] = useState<DayCount>(current.lag_count)
  const lagDays = Number(lag)
  const lagValid = lag.trim() !== '' && Number.isInteger(lagDays) && Math.abs(lagDays) <= 365
  const patch: DependencyPatch = {}
  if (type !== current.type) patch.type = type
  if (lagValid && lagDays !== current.lag_days) patch.lag_days = lagDays
  if (lagCount !== current.lag_count) patch.lag_count = lagCount
  const unchanged = Object.keys(patch).length === 0

  function submit(event: FormEvent) {
    event.preventDefault()
    if (unchanged || !lagValid) return
    onSave(patch)
  }

  return (
    <form className="form dependency-form" onSubmit={submit} aria-label="Edit link">
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
      <button className="button" type="submit" disabled={unchanged || !lagValid || saving}>
        {saving ? 'Saving…' : 'Save link'}
      </button>
    </form>
  )
}

interface DependencyEditorProps {
  timeline: Timeline
  dependency: TimelineDependency
  viewer: Viewer
  /** Offer Delete here too (the task panel's rows have their own). */
  withDelete?: boolean
  onDeleted?: () => void
}

/**
 * One link's type and lag, saved with If-Match on the version read; deleted after a confirmation. Read only
 * for whoever may not change it (the office or the successor's department lead may; a milestone's link is
 * the office's).
 */
export function DependencyEditor({ timeline, dependency, viewer, withDelete = true, onDeleted }: DependencyEditorProps) {
  const launchId = timeline.launch.id
  const ends = dependencyEnds(timeline, dependency)
  const mayEdit = canEditDependency(viewer, ends.successorDepartmentId)
  const detail = useDependency(launchId, dependency.id, mayEdit)
  const update = useUpdateDependency(launchId)
  const remove = useDeleteDependency(launchId)
  const errorOf = (error: unknown) => describeWriteError(error, { item: ends.name })

  if (!mayEdit) {
    const owner =
      ends.successorDepartmentId === null
        ? 'the office (it ends at a milestone)'
        : `the office or ${timeline.lanes.find((l) => l.department.id === ends.successorDepartmentId)?.department.name ?? 'its department'}'s lead`
    return (
      <p className="muted" role="note">
        Read only: only {owner} can change this link.
      </p>
    )
  }
  if (detail.isPending) return <Loading label="Loading the link…" />
  if (detail.isError) return <ErrorNotice error={detail.error} />
  const { data: current, etag } = detail.data
  return (
    <div className="dependency-editor">
      <DependencyForm
        key={etag ?? 'none'}
        current={current}
        saving={update.isPending}
        onSave={(patch) => {
          remove.reset()
          update.mutate({ dependencyId: dependency.id, etag, patch })
        }}
      />
      {update.isError && (
        <p className="error" role="alert">
          {errorOf(update.error)}
        </p>
      )}
      {update.isSuccess && (
        <p className="success" role="status">
          Link saved. The timeline shows the change.
        </p>
      )}
      {withDelete && (
        <div className="side-panel-danger">
          <ConfirmDeleteButton
            prompt="The tasks stay; only the link goes."
            question={`Remove the link ${ends.title}?`}
            label={`Delete the link ${ends.title}`}
            confirmText="Yes, remove it"
            busy={remove.isPending}
            onAsk={() => {
              update.reset()
              remove.reset()
            }}
            onDelete={() =>
              remove.mutateAsync({ dependencyId: dependency.id, etag }).then(() => onDeleted?.(), () => undefined)
            }
          />
          {remove.isError && (
            <p className="error" role="alert">
              {errorOf(remove.error)}
            </p>
          )}
        </div>
      )}
    </div>
  )
}

interface DependencyPanelProps {
  timeline: Timeline
  dependencyId: number
  viewer: Viewer
  onClose: () => void
}

/** A selected arrow: "A → B", its type and lag to change, and Delete, beside the timeline. */
export function DependencyPanel({ timeline, dependencyId, viewer, onClose }: DependencyPanelProps) {
  const dependency = timeline.dependencies.find((d) => d.id === dependencyId)
  if (!dependency) {
    return (
      <SidePanel title="Link" onClose={onClose}>
        <p className="muted">This link is no longer in the plan.</p>
      </SidePanel>
    )
  }
  const ends = dependencyEnds(timeline, dependency)
  const type = LINK_TYPE_OPTIONS.find((o) => o.value === dependency.type)?.label ?? dependency.type
  return (
    <SidePanel
      title={ends.title}
      subtitle={`${type}${lagWords(dependency.lag_days, dependency.lag_count)}`}
      onClose={onClose}
    >
      <DependencyEditor key={dependency.id} timeline={timeline} dependency={dependency} viewer={viewer} onDeleted={onClose} />
    </SidePanel>
  )
}
