/**
 * What planners type for a day: an offset from launch day ("T-14", "t+3", "T", "-14") or a calendar date
 * ("2027-01-05", "5 Jan 2027", "Jan 5", "Tue 22 Dec 2026", "25/12/2026" when it can only be read one way).
 * Offsets count as the launch counts them (working or calendar days, docs/schedule.md).
 */
import { getISODay, isValid, parse } from 'date-fns'
import { daysBetween, formatDay, shiftDay, tMinusLabel, toIsoDay, type IsoDay } from '../../lib/dates'
import { closedDays, dayOffReason, tOffset, type WorkingCalendar } from './model'

/** The furthest a plan reaches from T-0 either way (the server's MAX_PLAN_DAYS, scheduling/plan.py). */
export const MAX_OFFSET_DAYS = 3650

export const DAY_INPUT_HINT = 'Type a date like 2027-01-05 or an offset like T-14'

export interface DayInputContext {
  tZeroDate: IsoDay
  /** The launch's calendar: offsets count working days when its offset_count says so. */
  calendar?: WorkingCalendar
}

/** A day read from the text: how it was typed (an offset or a date), the day and its offset from T-0. */
export interface ResolvedDay {
  kind: 'offset' | 'date'
  day: IsoDay
  /** From T-0, as the launch counts offsets. */
  offset: number
  /** Why the day is not worked (a weekday's name, a holiday), or null on a working day. */
  dayOff: string | null
}

export type ParsedDay = { kind: 'empty' } | ResolvedDay | { kind: 'invalid'; error: string }

/**
 * The calendar day an offset from T-0 falls on: the offset in calendar days, or, when the launch counts
 * working days, the |offset|-th working day before or after launch day (the server's Launch.offset_day).
 */
export function offsetDay(offset: number, tZeroDate: IsoDay, calendar?: WorkingCalendar): IsoDay {
  if (!calendar || calendar.offset_count !== 'working' || offset === 0 || calendar.working_weekdays.length === 0) {
    return shiftDay(tZeroDate, offset)
  }
  const closed = closedDays(calendar)
  const step = offset < 0 ? -1 : 1
  let day = tZeroDate
  let left = Math.abs(offset)
  // A calendar with every day closed would never get there; give up after the plan's reach several times over.
  for (let guard = 0; left > 0 && guard < MAX_OFFSET_DAYS * 10; guard++) {
    day = shiftDay(day, step)
    if (dayOffReason(day, calendar, closed) === null) left -= 1
  }
  return day
}

// "T-14", "t + 3", "T−14" (a typographic minus), "T" (launch day itself).
const T_OFFSET = /^t\s*(?:([+\-−–])\s*(\d{1,5}))?$/i
// "-14", "+3": a signed number is an offset too (a bare "14" could be a day of the month).
const SIGNED = /^([+\-−–])\s*(\d{1,5})$/
const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/
const NUMERIC = /^(\d{1,4})[/.](\d{1,2})[/.](\d{1,4})$/
const WEEKDAY = /^(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+/i
const WEEKDAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
const WITH_YEAR = ['d MMM yyyy', 'd MMMM yyyy', 'MMM d yyyy', 'MMMM d yyyy']
const WITHOUT_YEAR = ['d MMM', 'd MMMM', 'MMM d', 'MMMM d']

/** The day of y-m-d, or null when there is no such day (30 Feb). */
function calendarDay(year: number, month: number, day: number): IsoDay | null {
  const date = new Date(year, month - 1, day)
  if (date.getFullYear() !== year || date.getMonth() !== month - 1 || date.getDate() !== day) return null
  return toIsoDay(date)
}

function fullYear(year: string): number {
  return year.length <= 2 ? 2000 + Number(year) : Number(year)
}

/** Of the same day and month in T-0's year or the years beside it, the one nearest launch day. */
function nearestTZero(date: Date, tZeroDate: IsoDay): IsoDay | null {
  const year = Number(tZeroDate.slice(0, 4))
  const candidates = [year - 1, year, year + 1]
    .map((y) => calendarDay(y, date.getMonth() + 1, date.getDate()))
    .filter((d): d is IsoDay => d !== null)
  candidates.sort((a, b) => Math.abs(daysBetween(tZeroDate, a)) - Math.abs(daysBetween(tZeroDate, b)))
  return candidates[0] ?? null
}

type DateReading = { day: IsoDay } | { error: string } | null

/** "25/12/2026": read when only one of day/month and month/day makes a day; ambiguous otherwise. */
function numericDate(text: string): DateReading {
  const match = NUMERIC.exec(text)
  if (!match) return null
  const [, a, b, c] = match as unknown as [string, string, string, string]
  if (a.length === 4) {
    const day = calendarDay(Number(a), Number(b), Number(c))
    return day ? { day } : { error: `${text} is not a day of the calendar.` }
  }
  if (c.length === 3) return null
  const year = fullYear(c)
  const dayFirst = calendarDay(year, Number(b), Number(a))
  const monthFirst = calendarDay(year, Number(a), Number(b))
  if (dayFirst && monthFirst && dayFirst !== monthFirst) {
    const words = (day: IsoDay) => `${Number(day.slice(8))} ${MONTH_NAMES[Number(day.slice(5, 7)) - 1]}`
    return {
      error: `${text} could be ${words(dayFirst)} or ${words(monthFirst)}: type it as ${dayFirst} or ${words(dayFirst)} ${year}.`,
    }
  }
  const day = dayFirst ?? monthFirst
  return day ? { day } : { error: `${text} is not a day of the calendar.` }
}

/** "5 Jan 2027", "January 5, 2027", "Tue 22 Dec 2026", "5th Jan"; without a year, the one nearest T-0. */
function wordDate(text: string, tZeroDate: IsoDay): DateReading {
  const weekday = WEEKDAY.exec(text)
  const rest = text
    .slice(weekday ? weekday[0].length : 0)
    .replace(/,/g, ' ')
    .replace(/(\d)(st|nd|rd|th)\b/gi, '$1')
    .replace(/\s+/g, ' ')
    .trim()
  const reference = new Date(2000, 0, 1)
  let day: IsoDay | null = null
  for (const pattern of WITH_YEAR) {
    const date = parse(rest, pattern, reference)
    if (isValid(date)) {
      day = toIsoDay(date)
      break
    }
  }
  if (!day) {
    for (const pattern of WITHOUT_YEAR) {
      // A leap year as reference, so that "29 Feb" parses; the year is then chosen near T-0.
      const date = parse(rest, pattern, reference)
      if (isValid(date)) {
        day = nearestTZero(date, tZeroDate)
        break
      }
    }
  }
  if (!day) return null
  if (weekday) {
    const typed = WEEKDAY_NAMES.find((name) => name.toLowerCase().startsWith(weekday[1]!.toLowerCase()))!
    const actual = WEEKDAY_NAMES[getISODay(new Date(`${day}T00:00:00`)) - 1]!
    if (typed !== actual) return { error: `${formatDay(day).slice(4)} is a ${actual}, not a ${typed}.` }
  }
  return { day }
}

function offsetReading(sign: string | undefined, digits: string | undefined): number {
  const value = digits === undefined ? 0 : Number(digits)
  return sign === '+' || value === 0 ? value : -value
}

function resolved(kind: ResolvedDay['kind'], day: IsoDay, offset: number, context: DayInputContext): ResolvedDay {
  const dayOff = context.calendar ? dayOffReason(day, context.calendar) : null
  return { kind, day, offset, dayOff }
}

/** Reads what was typed; an unreadable text answers why, in words to show under the field. */
export function parseDayInput(input: string, context: DayInputContext): ParsedDay {
  const text = input.trim()
  if (!text) return { kind: 'empty' }
  const offsetMatch = T_OFFSET.exec(text) ?? SIGNED.exec(text)
  if (offsetMatch) {
    const offset = offsetReading(offsetMatch[1], offsetMatch[2])
    if (Math.abs(offset) > MAX_OFFSET_DAYS) {
      return { kind: 'invalid', error: `${tMinusLabel(offset)} is too far from launch day (at most ${MAX_OFFSET_DAYS} days).` }
    }
    return resolved('offset', offsetDay(offset, context.tZeroDate, context.calendar), offset, context)
  }
  const iso = ISO.exec(text)
  let reading: DateReading = null
  if (iso) {
    const day = calendarDay(Number(iso[1]), Number(iso[2]), Number(iso[3]))
    reading = day ? { day } : { error: `${text} is not a day of the calendar.` }
  } else {
    reading = numericDate(text) ?? wordDate(text, context.tZeroDate)
  }
  if (!reading) return { kind: 'invalid', error: `${DAY_INPUT_HINT}.` }
  if ('error' in reading) return { kind: 'invalid', error: reading.error }
  if (Math.abs(daysBetween(context.tZeroDate, reading.day)) > MAX_OFFSET_DAYS) {
    return { kind: 'invalid', error: `${formatDay(reading.day)} is too far from launch day (at most ${MAX_OFFSET_DAYS} days).` }
  }
  return resolved('date', reading.day, tOffset(reading.day, context.tZeroDate, context.calendar), context)
}

/** "Tue 22 Dec 2026 · T-14", and the day off it falls on if any. */
export function describeResolvedDay(day: ResolvedDay): string {
  const text = `${formatDay(day.day)} · ${tMinusLabel(day.offset)}`
  return day.dayOff ? `${text} · a day off (${day.dayOff})` : text
}

/** The text a field starts from: an anchored item's offset ("T-14"), a fixed one's date (ISO). */
export function dayInputText(day: { offset: number } | { day: IsoDay }): string {
  return 'offset' in day ? tMinusLabel(day.offset) : day.day
}
