/** GET /api/v1/communication-board/?launch=: the office's view of what is out, queued, embargoed and awaiting. */
import { useQuery } from '@tanstack/react-query'
import { api } from '../../../lib/api'
import { launchKey } from '../../../lib/queryKeys'
import type { Communication } from './communications'

/** Someone tried to publish an item before its embargo lifted: the publish was refused. */
export interface BlockedAttempt {
  communication: number
  title: string
  actor_name: string
  at: string
  embargo_until: string
}

export interface CommunicationBoard {
  /** Went out (status published), with where in `publications`. */
  out: Communication[]
  /** Approved, embargo lifted or lifting by then: goes out by itself at `planned_at`. */
  queued: Communication[]
  /** Approved, held until `embargo_until`. */
  embargoed: Communication[]
  /** Submitted, waiting for a decision. */
  awaiting_approval: Communication[]
  blocked_attempts: BlockedAttempt[]
}

// Under the launch's key: every communication write (useInvalidateLaunch) reloads the board too.
export const communicationBoardQueryKey = (launchId: number) => [...launchKey(launchId), 'communication-board'] as const

export function getCommunicationBoard(launchId: number, signal?: AbortSignal) {
  return api.get<CommunicationBoard>('/communication-board/', { query: { launch: launchId }, signal })
}

export function useCommunicationBoard(launchId: number) {
  return useQuery({
    queryKey: communicationBoardQueryKey(launchId),
    queryFn: ({ signal }) => getCommunicationBoard(launchId, signal),
  })
}
