/** The readiness charts' colours: the same hues as the timeline's statuses, each with at least 3:1 contrast on
 * white (WCAG 1.4.11, graphical objects) except "not started", which is bordered by its neighbours. */
import type { ProgressSegment } from '../api/readiness'

export const PROGRESS_COLORS: Record<ProgressSegment, string> = {
  done: '#047857',
  in_progress: '#b45309',
  not_started: '#94a3b8',
  blocked: '#7c3aed',
  late: '#b91c1c',
}

export const BURNDOWN_COLORS = {
  plan: '#1d4ed8',
  baseline: '#6b7280',
  actual: '#b45309',
  tZero: '#111827',
  today: '#047857',
} as const
