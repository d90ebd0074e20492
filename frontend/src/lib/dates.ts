/** Every date shown or computed in the app goes through these helpers (date-fns). */
import {
  addDays,
  differenceInCalendarDays,
  eachDayOfInterval,
  eachMonthOfInterval,
  eachWeekOfInterval,
  format,
  formatDistanceStrict,
  getISODay,
  isValid,
  parseISO,
} from 'date-fns'

/** e.g. "Tue 16 Mar 2027, 09:00". */
export const T_ZERO_FORMAT = 'EEE d MMM yyyy, HH:mm'

/** A launch's T-0 (an ISO datetime from the API) in the browser's time zone; an unparsable value is shown as is. */
export function formatTZero(iso: string): string {
  const date = parseISO(iso)
  return isValid(date) ? format(date, T_ZERO_FORMAT) : iso
}

/** A day offset from T-0 as planners say it: -14 is "T-14", 0 is "T-0", 3 is "T+3". */
export function tMinusLabel(offsetDays: number): string {
  if (!Number.isInteger(offsetDays)) {
    throw new RangeError(`offsetDays must be a whole number of days, got ${offsetDays}`)
  }
  return offsetDays > 0 ? `T+${offsetDays}` : `T-${Math.abs(offsetDays)}`
}

/** A calendar day as the API sends it: "YYYY-MM-DD". */
export type IsoDay = string

/** The local midnight of a calendar day ("2027-03-16"). */
export function parseDay(day: IsoDay): Date {
  return parseISO(day)
}

/** A Date's calendar day as "YYYY-MM-DD" (in the browser's zone). */
export function toIsoDay(date: Date): IsoDay {
  return format(date, 'yyyy-MM-dd')
}

/** Today's calendar day in the browser's zone. */
export function todayIsoDay(now: Date = new Date()): IsoDay {
  return toIsoDay(now)
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDay, to: IsoDay): number {
  return differenceInCalendarDays(parseDay(to), parseDay(from))
}

/** The day `days` calendar days after `day`. */
export function shiftDay(day: IsoDay, days: number): IsoDay {
  return toIsoDay(addDays(parseDay(day), days))
}

/** e.g. "Tue 16 Mar 2027". */
export function formatDay(day: IsoDay): string {
  const date = parseDay(day)
  return isValid(date) ? format(date, 'EEE d MMM yyyy') : day
}

/** e.g. "16 Mar". */
export function formatShortDay(day: IsoDay): string {
  const date = parseDay(day)
  return isValid(date) ? format(date, 'd MMM') : day
}

/** The ISO weekday of a calendar day: 1 is Monday, 7 is Sunday. */
export function isoWeekday(day: IsoDay): number {
  return getISODay(parseDay(day))
}

/** e.g. "Saturday". */
export function formatWeekday(day: IsoDay): string {
  const date = parseDay(day)
  return isValid(date) ? format(date, 'EEEE') : day
}

/** Every calendar day from `first` to `last` (inclusive); none when `last` is earlier. */
export function eachDay(first: IsoDay, last: IsoDay): IsoDay[] {
  const start = parseDay(first)
  const end = parseDay(last)
  if (!isValid(start) || !isValid(end) || end < start) return []
  return eachDayOfInterval({ start, end }).map(toIsoDay)
}

/** A time of day as the API sends it ("17:00:00" or "17:00") as "17:00". */
export function formatTimeOfDay(time: string): string {
  const match = /^(\d{2}):(\d{2})/.exec(time)
  return match ? `${match[1]}:${match[2]}` : time
}

const dayFormats = new Map<string, Intl.DateTimeFormat>()

/**
 * The calendar day of an ISO datetime in an IANA time zone (a launch's own days, whatever the browser's zone);
 * the browser's day when the zone is unknown, the text itself when it is no datetime.
 */
export function dayInZone(iso: string, timeZone: string): IsoDay {
  const date = parseISO(iso)
  if (!isValid(date)) return iso
  let formatter = dayFormats.get(timeZone)
  if (!formatter) {
    try {
      formatter = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })
    } catch {
      return toIsoDay(date)
    }
    dayFormats.set(timeZone, formatter)
  }
  const parts = Object.fromEntries(formatter.formatToParts(date).map((part) => [part.type, part.value]))
  return `${parts.year}-${parts.month}-${parts.day}`
}

/** A moment (ISO datetime) as "Tue 16 Mar 2027, 09:00" in the browser's zone. */
export const formatMoment = formatTZero

const momentFormats = new Map<string, Intl.DateTimeFormat>()

/**
 * A moment (ISO datetime) as "Tue 16 Mar 2027, 09:00" on the wall clock of an IANA time zone (a launch's own
 * zone, whatever the browser's); in the browser's zone when the zone is unknown, the text itself when it is no
 * datetime.
 */
export function formatMomentInZone(iso: string, timeZone?: string): string {
  const date = parseISO(iso)
  if (!isValid(date) || !timeZone) return formatMoment(iso)
  let formatter = momentFormats.get(timeZone)
  if (!formatter) {
    try {
      formatter = new Intl.DateTimeFormat('en-US', {
        timeZone,
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        hourCycle: 'h23',
      })
    } catch {
      return formatMoment(iso)
    }
    momentFormats.set(timeZone, formatter)
  }
  const parts = Object.fromEntries(formatter.formatToParts(date).map((part) => [part.type, Number(part.value)]))
  // The zone's wall clock as a local Date, so date-fns formats it like every other moment.
  const wallClock = new Date(parts.year, parts.month - 1, parts.day, parts.hour % 24, parts.minute)
  return format(wallClock, T_ZERO_FORMAT)
}

/** The calendar day (browser zone) of an ISO datetime. */
export function momentDay(iso: string): IsoDay {
  return toIsoDay(parseISO(iso))
}

/** An ISO datetime as the value of an <input type="datetime-local"> (browser zone). */
export function toDateTimeInputValue(iso: string): string {
  const date = parseISO(iso)
  return isValid(date) ? format(date, "yyyy-MM-dd'T'HH:mm") : ''
}

/** The value of an <input type="datetime-local"> (browser zone) as a UTC ISO datetime; null when incomplete. */
export function fromDateTimeInputValue(value: string): string | null {
  const date = parseISO(value)
  return value && isValid(date) ? date.toISOString() : null
}

export type TickUnit = 'day' | 'week' | 'month'

export interface Tick {
  day: IsoDay
  label: string
}

/** Axis ticks between two days (inclusive): every day (weekday letter over the day, two lines), every Monday,
 * or every 1st of the month. */
export function axisTicks(first: IsoDay, last: IsoDay, unit: TickUnit): Tick[] {
  const start = parseDay(first)
  const end = parseDay(last)
  if (!isValid(start) || !isValid(end) || end < start) return []
  const interval = { start, end }
  if (unit === 'day') {
    // Two lines (date-fns drops a newline inside a pattern, hence two calls).
    return eachDayOfInterval(interval).map((date) => ({
      day: toIsoDay(date),
      label: `${format(date, 'EEEEE')}\n${format(date, 'd')}`,
    }))
  }
  if (unit === 'week') {
    return eachWeekOfInterval(interval, { weekStartsOn: 1 })
      .filter((date) => date >= start)
      .map((date) => ({ day: toIsoDay(date), label: format(date, 'd MMM') }))
  }
  return eachMonthOfInterval(interval)
    .filter((date) => date >= start)
    .map((date) => ({ day: toIsoDay(date), label: format(date, 'MMM yyyy') }))
}

/** "2 days ago", "today", "in 3 days": a relative age for activity and notifications. */
export function formatAge(iso: string, now: Date = new Date()): string {
  const date = parseISO(iso)
  return isValid(date) ? formatDistanceStrict(date, now, { addSuffix: true }) : iso
}

/** A count of whole days from today in words: 5 is "in 5 days", 1 "in 1 day", 0 "today", -1 "1 day ago". */
export function formatDaysFromToday(days: number): string {
  const count = Math.abs(days)
  const span = `${count} day${count === 1 ? '' : 's'}`
  if (days === 0) return 'today'
  return days > 0 ? `in ${span}` : `${span} ago`
}

/** The browser's IANA time zone, e.g. "Europe/Paris" (UTC when the browser does not say). */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC'
}

/** Every IANA time zone the browser knows (the server accepts the same names), UTC first. */
export function timeZoneNames(): string[] {
  const names = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : []
  return ['UTC', ...names.filter((name) => name !== 'UTC')]
}
