/** The live state the launch page shows: the socket's status, who else is here, the notes of others' changes. */
import { useSyncExternalStore } from 'react'
import type { LivePerson } from '../../lib/live'
import { useLive } from './context'
import type { LiveNote } from './store'

const noSubscription = () => () => {}
const NOBODY: readonly LivePerson[] = []
const NO_NOTES: readonly LiveNote[] = []

/** True while the socket is down (not after the server said "not signed in": the sign-in form takes over). */
export function useOffline(): boolean {
  const live = useLive()
  const status = useSyncExternalStore(live?.socket.subscribeStatus ?? noSubscription, () => live?.socket.getStatus())
  return status === 'offline' && !live?.socket.signedOut
}

/** The other people who have the launch open (the signed-in user's own tabs left out). */
export function usePresence(launchId: number): readonly LivePerson[] {
  const live = useLive()
  return useSyncExternalStore(live?.store.subscribe ?? noSubscription, () => live?.store.presence(launchId) ?? NOBODY)
}

export function useLiveNotes(launchId: number): readonly LiveNote[] {
  const live = useLive()
  return useSyncExternalStore(live?.store.subscribe ?? noSubscription, () => live?.store.liveNotes(launchId) ?? NO_NOTES)
}
