/** The messages of the live socket, /ws/live/ (docs/live.md is the contract). */
import type { EditingItem, LivePerson } from '../../lib/live'

/**
 * The id-keyed lists of the timeline: the rows added (whole), the changed fields of rows it had (with their id),
 * and the new order of ids (or null when the ids stayed the same).
 */
export interface TimelineListDelta {
  upsert: { id: number }[]
  patch?: ({ id: number } & Record<string, unknown>)[]
  order: number[] | null
}

/** The difference between two renderings of a launch's timeline. */
export interface TimelineDelta {
  /** Null with refetch when there was nothing to compare with. */
  base: string | null
  version: string
  set?: Record<string, unknown>
  lists?: Record<string, TimelineListDelta>
  refetch: boolean
}

export interface ChangedItem {
  entity: string
  action: string
  id: number
  label: string
}

export type ServerMessage =
  | { type: 'hello'; user: LivePerson; connection: string }
  | { type: 'watching'; launch: number; version: string }
  | {
      type: 'change'
      launch: number
      actor: LivePerson | null
      summary: string
      items: ChangedItem[]
      /** The plan changed: a `schedule` message with what the schedule made of it follows. */
      plan: boolean
      deleted?: boolean
    }
  | {
      /** What the schedule made of a change of the plan (after its `change`): the timeline's difference. */
      type: 'schedule'
      launch: number
      actor: LivePerson | null
      timeline: TimelineDelta
    }
  | {
      type: 'presence'
      launch: number
      connection: string
      user: LivePerson
      state: 'here' | 'gone'
      editing: EditingItem | null
    }
  | { type: 'notifications' }
  | { type: 'pong' }
  | { type: 'error'; code: string; message: string; launch?: number }

export type ChangeMessage = Extract<ServerMessage, { type: 'change' }>
export type ScheduleMessage = Extract<ServerMessage, { type: 'schedule' }>

export type ClientMessage =
  | { type: 'watch'; launch: number }
  | { type: 'unwatch'; launch: number }
  | { type: 'editing'; launch: number; item: EditingItem | null }
  | { type: 'ping' }
