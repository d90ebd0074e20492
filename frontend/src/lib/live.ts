/**
 * What the live updates (features/live, docs/live.md) share with the features that show a launch's items: which
 * items someone else just changed, and who else is editing which. The live feature provides it; features read it
 * through these hooks, so they need not import that feature. Without a provider (signed out, most tests) the
 * hooks answer "nothing" and send nothing.
 */
import { createContext, useContext, useEffect, useSyncExternalStore } from 'react'

/** What a panel can have open for editing. */
export type EditingKind = 'task' | 'gate' | 'communication' | 'milestone'
export interface EditingItem {
  kind: EditingKind
  id: number
}

/** A person as the live messages name them. */
export interface LivePerson {
  id: number
  name: string
}

export interface LiveItems {
  /** Calls the listener whenever any answer below may have changed. */
  subscribe(listener: () => void): () => void
  /** `${entity}:${id}` of the launch's items others changed a moment ago (the same set until it changes). */
  recentlyChanged(launchId: number): ReadonlySet<string>
  /** Whether others changed the item a moment ago, in any launch (a bar does not know its launch). */
  isRecentlyChanged(key: string): boolean
  /** The other people editing the item (the same array until it changes). */
  editors(launchId: number, kind: EditingKind, id: number): readonly LivePerson[]
  /** Tells the others what this tab has open for editing in the launch (null: nothing). */
  setEditing(launchId: number, item: EditingItem | null): void
}

export const LiveItemsContext = createContext<LiveItems | null>(null)

const NO_ITEMS: ReadonlySet<string> = new Set()
const NOBODY: readonly LivePerson[] = []
const noSubscription = () => () => {}

export function useRecentlyChanged(launchId: number): ReadonlySet<string> {
  const live = useContext(LiveItemsContext)
  return useSyncExternalStore(live?.subscribe ?? noSubscription, () => live?.recentlyChanged(launchId) ?? NO_ITEMS)
}

/** One item's highlight: a bar re-renders only when its own answer changes. */
export function useIsRecentlyChanged(entity: string, id: number): boolean {
  const live = useContext(LiveItemsContext)
  return useSyncExternalStore(live?.subscribe ?? noSubscription, () => live?.isRecentlyChanged(`${entity}:${id}`) ?? false)
}

export function useEditors(launchId: number, kind: EditingKind, id: number): readonly LivePerson[] {
  const live = useContext(LiveItemsContext)
  return useSyncExternalStore(live?.subscribe ?? noSubscription, () => live?.editors(launchId, kind, id) ?? NOBODY)
}

/** Says "editing this" while the calling panel is open (item not null), and "nothing" when it closes. */
export function useEditingPresence(launchId: number, item: EditingItem | null) {
  const live = useContext(LiveItemsContext)
  const kind = item?.kind
  const id = item?.id
  useEffect(() => {
    if (!live || kind === undefined || id === undefined) return
    live.setEditing(launchId, { kind, id })
    return () => live.setEditing(launchId, null)
  }, [live, launchId, kind, id])
}
