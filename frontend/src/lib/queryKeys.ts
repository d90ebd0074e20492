/**
 * Query keys shared across features, and the one way a write reloads them. Everything about one launch lives
 * under ['launches', id] so that a mutation can invalidate what it changes (the timeline, readiness, gates,
 * activity) without knowing which feature shows it.
 */
import { useQueryClient, type QueryKey } from '@tanstack/react-query'

export const launchKey = (launchId: number) => ['launches', launchId] as const

/** The launches list (every page). */
export const launchListKey = ['launches', 'list'] as const

/** A launch's readiness: writes to what it counts (feedback, deliverables, tasks) invalidate it. */
export const launchReadinessKey = (launchId: number) => [...launchKey(launchId), 'readiness'] as const

/** A launch's timeline: the timeline feature loads it, the live updates (features/live) apply changes to it. */
export const launchTimelineKey = (launchId: number) => [...launchKey(launchId), 'timeline'] as const

/** A launch's activity (every department filter and page): writes the server audits invalidate it. */
export const launchActivityKey = (launchId: number) => [...launchKey(launchId), 'activity'] as const

export interface LaunchInvalidation {
  /** Only these keys (each under the launch's): what the write changes. By default everything of the launch. */
  only?: readonly QueryKey[]
  /** The launches list too, for writes that change what it shows (T-0, task counts, gates). */
  launchList?: boolean
}

/**
 * What a launch's mutation calls when it settles: after a failed write too, so that a 412 shows the current
 * version. Resolves once every invalidated query that is shown has reloaded.
 */
export function useInvalidateLaunch(launchId: number, { only, launchList = false }: LaunchInvalidation = {}) {
  const queryClient = useQueryClient()
  return () => {
    const keys: QueryKey[] = [...(only ?? [launchKey(launchId)]), ...(launchList ? [launchListKey] : [])]
    return Promise.all(keys.map((queryKey) => queryClient.invalidateQueries({ queryKey })))
  }
}
