/**
 * Query keys shared across features. Everything about one launch lives under ['launches', id] so that a
 * mutation can invalidate what it changes (the timeline, readiness, gates, activity) without knowing
 * which feature shows it.
 */
export const launchKey = (launchId: number) => ['launches', launchId] as const

/** The launches list (every page). */
export const launchListKey = ['launches', 'list'] as const

/** A launch's readiness: writes to what it counts (feedback, deliverables, tasks) invalidate it. */
export const launchReadinessKey = (launchId: number) => [...launchKey(launchId), 'readiness'] as const
