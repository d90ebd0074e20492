/** Applies a change's timeline difference to the timeline a view has (docs/live.md, "The timeline difference"). */
import type { ApiSchema } from '../../types/api'
import type { TimelineDelta, TimelineListDelta } from './messages'

export type Timeline = ApiSchema<'Timeline'>

/** The version of the plan a timeline shows (its ETag without quotes). */
export function timelineVersion(timeline: Timeline): string | undefined {
  return timeline.version
}

type Row = { id: number }

/** One id-keyed list after the difference, or null when the difference does not fit it. */
function applyList(rows: unknown, list: TimelineListDelta): Row[] | null {
  if (!Array.isArray(rows)) return null
  const byId = new Map((rows as Row[]).map((row) => [row.id, row]))
  const changed = new Map<number, Row>()
  // A changed row takes its changed fields over what it was; a row this view does not have cannot be patched.
  for (const fields of list.patch ?? []) {
    const row = byId.get(fields.id)
    if (!row) return null
    changed.set(fields.id, { ...row, ...fields })
  }
  for (const row of list.upsert) changed.set(row.id, row)
  if (list.order === null) {
    // Same ids: each changed row takes the place of its old self; a row new to this list cannot be placed.
    if (list.upsert.some((row) => !byId.has(row.id))) return null
    return (rows as Row[]).map((row) => changed.get(row.id) ?? row)
  }
  const next: Row[] = []
  for (const id of list.order) {
    const row = changed.get(id) ?? byId.get(id)
    if (!row) return null
    next.push(row)
  }
  return next
}

/**
 * The timeline with the difference applied, as a new object (the input is not changed); null when it cannot be
 * applied: the difference is for another version, or it asks for a reload. The caller then reloads instead.
 */
export function applyTimelineDelta<T extends Timeline>(timeline: T, delta: TimelineDelta): T | null {
  if (delta.refetch || timelineVersion(timeline) !== delta.base) return null
  const next: Record<string, unknown> = { ...timeline, ...delta.set, version: delta.version }
  for (const [key, list] of Object.entries(delta.lists ?? {})) {
    const rows = applyList(next[key], list)
    if (rows === null) return null
    next[key] = rows
  }
  return next as T
}
