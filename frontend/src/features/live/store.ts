/**
 * What the live messages say about the people and the items of the watched launches: who else is here and what
 * they edit, which items others just changed, and the notes of their changes. Kept outside React so that a bar
 * or a panel re-renders only when its own answer changes (useSyncExternalStore).
 */
import type { EditingItem, EditingKind, LiveItems, LivePerson } from '../../lib/live'
import type { ChangeMessage, ScheduleMessage, ServerMessage } from './messages'
import type { LiveSocket } from './socket'

/** How long a changed item stays highlighted. */
export const CHANGED_MS = 3_000
/** How long a note of someone's change stays. */
export const NOTE_MS = 8_000
/** The notes shown at most (the newest). */
const MAX_NOTES = 3
/** A connection not heard of for this long is gone: its server died without saying so (each connection says it
 * is still here every 10 minutes, backend/live/consumers.py PRESENCE_REFRESH_PINGS). */
export const PRESENCE_STALE_MS = 25 * 60_000
const SWEEP_MS = 30_000

export interface LiveNote {
  id: number
  text: string
}

interface Connection {
  user: LivePerson
  editing: EditingItem | null
  seen: number
}

const NO_ITEMS: ReadonlySet<string> = new Set()
const NOBODY: readonly LivePerson[] = []
const NO_NOTES: readonly LiveNote[] = []

/** The items a change names, or the tasks the schedule's difference rewrites, as `${entity}:${id}`. */
function changedKeys(message: ChangeMessage | ScheduleMessage): string[] {
  if (message.type === 'change') return message.items.map((item) => `${item.entity}:${item.id}`)
  const tasks = message.timeline.lists?.tasks
  return [...(tasks?.upsert ?? []), ...(tasks?.patch ?? [])].map((row) => `task:${row.id}`)
}

export class LiveStore implements LiveItems {
  /** The signed-in user, as the server's hello names them. */
  me: LivePerson | null = null
  private readonly socket: LiveSocket
  private readonly listeners = new Set<() => void>()
  private readonly connections = new Map<number, Map<string, Connection>>()
  private readonly changed = new Map<number, ReadonlySet<string>>()
  private readonly notes = new Map<number, readonly LiveNote[]>()
  private readonly timers = new Set<ReturnType<typeof setTimeout>>()
  // Answers computed once per change, so each hook gets the same object until something changes.
  private others = new Map<number, readonly LivePerson[]>()
  private editorsOf = new Map<string, readonly LivePerson[]>()
  private nextNoteId = 1
  private readonly unsubscribe: () => void
  private readonly unsubscribeStatus: () => void
  private readonly sweepTimer: ReturnType<typeof setInterval>

  constructor(socket: LiveSocket) {
    this.socket = socket
    this.unsubscribe = socket.subscribe((message) => this.handle(message))
    // A dropped socket hears no goodbyes: forget who was here; after the reconnect the others answer again.
    this.unsubscribeStatus = socket.subscribeStatus(() => {
      if (socket.getStatus() !== 'open' && this.connections.size > 0) {
        this.connections.clear()
        this.presenceChanged()
      }
    })
    this.sweepTimer = setInterval(() => this.sweep(), SWEEP_MS)
  }

  dispose() {
    this.unsubscribe()
    this.unsubscribeStatus()
    clearInterval(this.sweepTimer)
    this.timers.forEach((timer) => clearTimeout(timer))
    this.listeners.clear()
  }

  subscribe = (listener: () => void) => {
    this.listeners.add(listener)
    return () => void this.listeners.delete(listener)
  }

  recentlyChanged = (launchId: number): ReadonlySet<string> => this.changed.get(launchId) ?? NO_ITEMS

  isRecentlyChanged = (key: string): boolean => {
    for (const keys of this.changed.values()) if (keys.has(key)) return true
    return false
  }

  /** The other people watching the launch, once each, in the order they came. */
  presence = (launchId: number): readonly LivePerson[] => this.others.get(launchId) ?? NOBODY

  editors = (launchId: number, kind: EditingKind, id: number): readonly LivePerson[] =>
    this.editorsOf.get(`${launchId}:${kind}:${id}`) ?? NOBODY

  liveNotes = (launchId: number): readonly LiveNote[] => this.notes.get(launchId) ?? NO_NOTES

  setEditing = (launchId: number, item: EditingItem | null) => this.socket.setEditing(launchId, item)

  /** The launch is no longer watched: what we knew of its people goes stale. */
  forget(launchId: number) {
    if (this.connections.delete(launchId)) this.presenceChanged()
  }

  private handle(message: ServerMessage) {
    if (message.type === 'hello') {
      this.me = message.user
      this.presenceChanged()
    } else if (message.type === 'presence') {
      this.onPresence(message)
    } else if (message.type === 'change' || message.type === 'schedule') {
      // Our own changes are already on our screen: no note, no highlight.
      if (message.actor && message.actor.id === this.me?.id) return
      this.markChanged(message.launch, changedKeys(message))
      if (message.type === 'change' && message.summary) this.addNote(message.launch, message.summary)
    }
  }

  private onPresence(message: Extract<ServerMessage, { type: 'presence' }>) {
    let launch = this.connections.get(message.launch)
    if (message.state === 'gone') {
      if (!launch?.delete(message.connection)) return
    } else {
      if (!launch) {
        launch = new Map()
        this.connections.set(message.launch, launch)
      }
      launch.set(message.connection, { user: message.user, editing: message.editing, seen: Date.now() })
    }
    this.presenceChanged()
  }

  private sweep() {
    const oldest = Date.now() - PRESENCE_STALE_MS
    let dropped = false
    for (const launch of this.connections.values()) {
      for (const [id, connection] of launch) {
        if (connection.seen < oldest) dropped = launch.delete(id) || dropped
      }
    }
    if (dropped) this.presenceChanged()
  }

  private presenceChanged() {
    const others = new Map<number, readonly LivePerson[]>()
    const editorsOf = new Map<string, LivePerson[]>()
    const meId = this.me?.id
    for (const [launchId, launch] of this.connections) {
      const people = new Map<number, LivePerson>()
      for (const { user, editing } of launch.values()) {
        if (user.id === meId) continue
        people.set(user.id, user)
        if (!editing) continue
        const key = `${launchId}:${editing.kind}:${editing.id}`
        const editors = editorsOf.get(key) ?? []
        if (!editors.some((p) => p.id === user.id)) editors.push(user)
        editorsOf.set(key, editors)
      }
      if (people.size > 0) others.set(launchId, [...people.values()])
    }
    this.others = keepSame(this.others, others)
    this.editorsOf = keepSame(this.editorsOf, editorsOf)
    this.notify()
  }

  private markChanged(launchId: number, keys: string[]) {
    if (keys.length === 0) return
    this.changed.set(launchId, new Set([...(this.changed.get(launchId) ?? []), ...keys]))
    this.later(CHANGED_MS, () => {
      const left = new Set(this.changed.get(launchId))
      keys.forEach((key) => left.delete(key))
      if (left.size > 0) this.changed.set(launchId, left)
      else this.changed.delete(launchId)
    })
    this.notify()
  }

  private addNote(launchId: number, text: string) {
    const note = { id: this.nextNoteId++, text }
    this.notes.set(launchId, [...this.liveNotes(launchId), note].slice(-MAX_NOTES))
    this.later(NOTE_MS, () => {
      const left = this.liveNotes(launchId).filter((n) => n.id !== note.id)
      if (left.length > 0) this.notes.set(launchId, left)
      else this.notes.delete(launchId)
    })
    this.notify()
  }

  private later(ms: number, run: () => void) {
    const timer = setTimeout(() => {
      this.timers.delete(timer)
      run()
      this.notify()
    }, ms)
    this.timers.add(timer)
  }

  private notify() {
    this.listeners.forEach((listener) => listener())
  }
}

/** The new answers, keeping the old array wherever it lists the same people (so its readers do not re-render). */
function keepSame<K>(old: Map<K, readonly LivePerson[]>, next: Map<K, readonly LivePerson[]>) {
  for (const [key, people] of next) {
    const before = old.get(key)
    if (before && before.length === people.length && before.every((p, i) => p.id === people[i]?.id && p.name === people[i]?.name)) {
      next.set(key, before)
    }
  }
  return next
}
