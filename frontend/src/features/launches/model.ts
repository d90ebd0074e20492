/** The launch's lifecycle, working calendar and T-0 as the forms edit them (plain functions, tested alone). */
import type { LaunchStatus } from './api/launches'

/**
 * The next statuses a launch may take (backend launches/services.py LAUNCH_TRANSITIONS): draft → planning →
 * ready → launched → closed, back a step before launch, cancelled from any open status, a cancelled one
 * back to draft. The server stays the authority (it also refuses "launched" while a gate is not approved).
 */
export const LAUNCH_NEXT_STATUSES: Record<LaunchStatus, LaunchStatus[]> = {
  draft: ['planning', 'cancelled'],
  planning: ['ready', 'draft', 'cancelled'],
  ready: ['launched', 'planning', 'cancelled'],
  launched: ['closed'],
  closed: [],
  cancelled: ['draft'],
}

/** What each move's button says. */
export const TRANSITION_LABELS: Record<LaunchStatus, string> = {
  draft: 'Back to draft',
  planning: 'Move to planning',
  ready: 'Mark ready',
  launched: 'Mark launched',
  closed: 'Close',
  cancelled: 'Cancel the launch',
}

/** ISO weekdays (1 is Monday) with their names. */
export const WEEKDAYS: { day: number; name: string }[] = [
  { day: 1, name: 'Monday' },
  { day: 2, name: 'Tuesday' },
  { day: 3, name: 'Wednesday' },
  { day: 4, name: 'Thursday' },
  { day: 5, name: 'Friday' },
  { day: 6, name: 'Saturday' },
  { day: 7, name: 'Sunday' },
]

/** "us, de-by  FR" → ["US", "DE-BY", "FR"]: codes separated by commas or spaces, upper-cased (the server checks them). */
export function parseHolidayRegions(text: string): string[] {
  return text
    .split(/[\s,;]+/)
    .map((code) => code.trim().toUpperCase())
    .filter(Boolean)
}

function zoneOffsetMs(utcMs: number, timeZone: string): number {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      hourCycle: 'h23',
    })
      .formatToParts(new Date(utcMs))
      .map((part) => [part.type, Number(part.value)]),
  )
  const wall = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour % 24, parts.minute, parts.second)
  return wall - Math.floor(utcMs / 1000) * 1000
}

/**
 * The UTC moment (ISO) of a wall-clock time "YYYY-MM-DDTHH:mm" in an IANA zone: "2027-03-16T09:00" in
 * Europe/Paris is "2027-03-16T08:00:00.000Z". Null when the value is incomplete or the zone unknown. A time
 * that a clock change skips is taken after the change.
 */
export function wallClockToUtc(value: string, timeZone: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value)
  if (!match) return null
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number]
  const asUtc = Date.UTC(year, month - 1, day, hour, minute)
  try {
    // Two passes settle the zone's offset at that moment (it may differ either side of a clock change).
    const first = asUtc - zoneOffsetMs(asUtc, timeZone)
    const second = asUtc - zoneOffsetMs(first, timeZone)
    return new Date(second).toISOString()
  } catch {
    return null
  }
}

/** The wall clock "YYYY-MM-DDTHH:mm" of a UTC moment in an IANA zone (for a datetime-local input); '' if unknown. */
export function utcToWallClock(iso: string, timeZone: string): string {
  const ms = Date.parse(iso)
  if (Number.isNaN(ms)) return ''
  try {
    const wall = new Date(ms + zoneOffsetMs(ms, timeZone))
    return wall.toISOString().slice(0, 16)
  } catch {
    return ''
  }
}
