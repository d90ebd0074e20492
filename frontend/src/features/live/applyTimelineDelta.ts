/** Applies a change's timeline difference to the timeline a view has (docs/live.md, "The timeline difference"). */
import type { ApiSchema } from '../../types/api'
import type { TimelineDelta } from './messages'

export type Timeline = ApiSchema<'Timeline'>

/** The version of the plan a timeline shows (its ETag without quotes). */
export function timelineVersion(timeline: Timeline): string | undefined {
  return timeline.version
}

type Row = { id: number }

/** One id-keyed list after the difference, or null when the difference does not fit it. */
function applyList(rows: unknown, upsert: Row[], order: number[] | null): Row[] | null {
  if (!Array.isArray(rows)) return null
  const byId = new Map((rows as Row[]).map((row) => [row.id, row]))
  if (order === null) {
    // Same ids: each changed row takes the place of its old self; a row new to this list cannot be placed.
    if (upsert.some((row) => !byId.has(row.id))) return null
    const changed = new Map(upsert.map((row) => [row.id, row]))
    return (rows as Row[]).map((row) => changed.get(row.id) ?? row)
  }
  for (const row of upsert) byId.set(row.id, row)
  const next: Row[] = []
  for (const id of order) {
    const row = byId.get(id)
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
    const rows = applyList(next[key], list.upsert, list.order)
    if (rows === null) return null
    next[key] = rows
  }
  return next as T
}
