/** The tab's live socket and what it has heard, for this feature's hooks (LiveProvider provides them). */
import { createContext, useContext } from 'react'
import type { LiveSocket } from './socket'
import type { LiveStore } from './store'

export interface Live {
  socket: LiveSocket
  store: LiveStore
}

export const LiveContext = createContext<Live | null>(null)

/** Null outside a LiveProvider, or while signed out: the hooks then do nothing. */
export function useLive(): Live | null {
  return useContext(LiveContext)
}
