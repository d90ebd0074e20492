/** The portfolio's filters in the URL, its figures in words and its timeline's shared axis (plain functions). */
import { axisTicks, formatMomentInZone, formatShortDay, parseDay, toIsoDay, type IsoDay } from '../../lib/dates'
import type { LaunchStatus, PortfolioFilters, PortfolioLaunch } from './api/portfolio'

/** Every launch status in lifecycle order (LaunchStatusEnum in openapi.ts). */
export const LAUNCH_STATUSES: LaunchStatus[] = ['draft', 'planning', 'ready', 'launched', 'closed', 'cancelled']

export const LAUNCH_STATUS_LABELS: Record<LaunchStatus, string> = {
  draft: 'Draft',
  planning: 'Planning',
  ready: 'Ready',
  launched: 'Launched',
  closed: 'Closed',
  cancelled: 'Cancelled',
}

/** The filters a URL's query string holds (?status=planning&status=ready&department=3); unknown values dropped. */
export function filtersFromSearch(search: URLSearchParams): PortfolioFilters {
  const asked = search.getAll('status')
  const department = Number(search.get('department'))
  return {
    // In lifecycle order whatever the URL's, so that one choice of filters is one cache entry.
    statuses: LAUNCH_STATUSES.filter((status) => asked.includes(status)),
    department: Number.isInteger(department) && department > 0 ? department : null,
  }
}

/** The query string with these filters in it, every other parameter kept. */
export function searchWithFilters(search: URLSearchParams, filters: PortfolioFilters): URLSearchParams {
  const next = new URLSearchParams(search)
  next.delete('status')
  next.delete('department')
  for (const status of filters.statuses) next.append('status', status)
  if (filters.department !== null) next.set('department', String(filters.department))
  return next
}

/** 5 is "in 5 days", 1 "in 1 day", 0 "today", -2 "2 days ago". */
export function daysToTZeroLabel(days: number): string {
  const count = Math.abs(days)
  const span = `${count} day${count === 1 ? '' : 's'}`
  if (days === 0) return 'today'
  return days > 0 ? `in ${span}` : `${span} ago`
}

/** "on time" when the forecast finishes by T-0, "+3 days" when it finishes after; null when the server has none. */
export function slipLabel(days: number | null): string | null {
  if (days === null) return null
  if (days <= 0) return 'on time'
  return `+${days} day${days === 1 ? '' : 's'}`
}

export function isSlipping(days: number | null): boolean {
  return days !== null && days > 0
}

export type MarkerKind = 't-zero' | 'gate' | 'milestone'

export interface TimelineMarker {
  key: string
  kind: MarkerKind
  /** Where on the shared axis, 0 to 100 (percent of its width). */
  at: number
  /** The marker's accessible name and tooltip: what, and when in the launch's zone. */
  label: string
  /** A gate's status, for its colour. */
  status?: string
}

export interface TimelineRow {
  launch: PortfolioLaunch
  /** The span from the launch's first marker to its last, in percent. */
  from: number
  to: number
  markers: TimelineMarker[]
}

export interface TimelineTick {
  day: IsoDay
  at: number
  label: string
}

export interface PortfolioTimeline {
  rows: TimelineRow[]
  ticks: TimelineTick[]
  /** Today's place on the axis, null when today is outside it. */
  today: number | null
  first: IsoDay
  last: IsoDay
}

const DAY_MS = 86_400_000
const GATE_STATUS_WORDS: Record<string, string> = { pending: 'pending', approved: 'approved', rejected: 'rejected' }

function launchMoments(launch: PortfolioLaunch): number[] {
  return [launch.t_zero, ...launch.gates.map((g) => g.moment), ...launch.milestones.map((m) => m.moment)]
    .map((iso) => Date.parse(iso))
    .filter((ms) => !Number.isNaN(ms))
}

/**
 * One row per launch on one axis: the axis runs from the day before the earliest moment of any launch to the
 * day after the latest (whole days in the browser's zone), ticked by month, or by week when it spans under
 * ~3 months.
 */
export function portfolioTimeline(launches: PortfolioLaunch[], now: Date = new Date()): PortfolioTimeline | null {
  const moments = launches.flatMap(launchMoments)
  if (moments.length === 0) return null
  const first = toIsoDay(new Date(Math.min(...moments) - DAY_MS))
  const last = toIsoDay(new Date(Math.max(...moments) + DAY_MS))
  const start = parseDay(first).getTime()
  // The axis ends at the end of its last day.
  const end = parseDay(last).getTime() + DAY_MS
  const place = (ms: number) => ((ms - start) / (end - start)) * 100

  const rows = launches.map((launch) => {
    const zone = launch.time_zone
    const when = (iso: string) => formatMomentInZone(iso, zone)
    const markers: TimelineMarker[] = [
      ...launch.milestones.map((m) => ({
        key: `milestone-${m.id}`,
        kind: 'milestone' as const,
        at: place(Date.parse(m.moment)),
        label: `Milestone ${m.name}: ${when(m.moment)}`,
      })),
      ...launch.gates.map((g) => ({
        key: `gate-${g.id}`,
        kind: 'gate' as const,
        at: place(Date.parse(g.moment)),
        label: `Gate ${g.name} (${GATE_STATUS_WORDS[g.status] ?? g.status}): ${when(g.moment)}`,
        status: g.status,
      })),
      { key: 't-zero', kind: 't-zero' as const, at: place(Date.parse(launch.t_zero)), label: `T-0: ${when(launch.t_zero)}` },
    ].filter((marker) => !Number.isNaN(marker.at))
    const own = markers.map((m) => m.at)
    return { launch, from: Math.min(...own), to: Math.max(...own), markers }
  })

  const spanDays = (end - start) / DAY_MS
  const ticks = axisTicks(first, last, spanDays < 90 ? 'week' : 'month').map((tick) => ({
    day: tick.day,
    at: place(parseDay(tick.day).getTime()),
    label: spanDays < 90 ? formatShortDay(tick.day) : tick.label,
  }))
  const todayAt = place(now.getTime())
  return { rows, ticks, today: todayAt >= 0 && todayAt <= 100 ? todayAt : null, first, last }
}
