/**
 * The timeline's horizontal scale: a continuous zoom (pixels per day) between and beyond the Days / Weeks / Months
 * presets, zoom to fit, zoom that keeps the day under the pointer in place, and the two-tier date axis (months
 * and years above, days, weeks or months below). Pure functions.
 */
import { eachMonthOfInterval, eachWeekOfInterval, eachYearOfInterval, endOfMonth, endOfYear, format, isValid } from 'date-fns'
import { daysBetween, parseDay, toIsoDay, type IsoDay, type TickUnit } from '../../lib/dates'

/** The narrowest and widest day the zoom allows (px). */
export const MIN_PX_PER_DAY = 0.5
export const MAX_PX_PER_DAY = 64
/** One step of the zoom buttons (and of a wheel notch, roughly). */
export const ZOOM_STEP = 1.25

export function clampPxPerDay(pxPerDay: number): number {
  if (!Number.isFinite(pxPerDay)) return MIN_PX_PER_DAY
  return Math.min(MAX_PX_PER_DAY, Math.max(MIN_PX_PER_DAY, pxPerDay))
}

/** One step in or out (+1: wider days, -1: narrower). */
export function stepZoom(pxPerDay: number, direction: 1 | -1): number {
  return clampPxPerDay(direction === 1 ? pxPerDay * ZOOM_STEP : pxPerDay / ZOOM_STEP)
}

/** The factor a wheel turn zooms by (deltaY < 0 zooms in), bounded so a fast flick stays a step or two. */
export function wheelZoomFactor(deltaY: number): number {
  const factor = Math.exp(-deltaY * 0.002)
  return Math.min(2, Math.max(0.5, factor))
}

/** The zoom that shows `days` days in `visibleWidth` pixels (the whole plan in view). */
export function fitPxPerDay(days: number, visibleWidth: number): number {
  if (days <= 0 || visibleWidth <= 0) return MIN_PX_PER_DAY
  return clampPxPerDay(visibleWidth / days)
}

/**
 * The scroll position after a zoom that keeps the point under the pointer on the same moment: the pointer is
 * `pointerX` px from the visible chart's left edge, which is scrolled by `scrollLeft`.
 */
export function zoomScrollLeft(scrollLeft: number, pointerX: number, oldPxPerDay: number, newPxPerDay: number): number {
  const daysAtPointer = (scrollLeft + pointerX) / oldPxPerDay
  return Math.max(0, daysAtPointer * newPxPerDay - pointerX)
}

/** What one tick of the lower tier marks at this zoom. */
export function tickUnitFor(pxPerDay: number): TickUnit {
  if (pxPerDay >= 16) return 'day'
  if (pxPerDay * 30 >= 45) return 'week'
  return 'month'
}

export interface AxisCell {
  key: string
  /** The cell's first day (clipped to the shown range). */
  day: IsoDay
  x: number
  width: number
  label: string
  /** Its whole name, for a tooltip: "January 2027", "Week of 15 Mar 2027", "Mon 15 Mar 2027". */
  title: string
}

export interface AxisTiers {
  /** Months ("January 2027") or, zoomed far out, years. */
  top: AxisCell[]
  /** Days, weeks or months. */
  bottom: AxisCell[]
  unit: TickUnit
}

type Span = { start: IsoDay; end: IsoDay }

const WEEKDAY_LETTERS = ['S', 'M', 'T', 'W', 'T', 'F', 'S']
const WEEKDAYS_SHORT = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']
const MONTHS_SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n)
}

/** A cell from its span, clipped to the shown days [first, last]. */
function cell(
  key: string,
  span: Span,
  first: IsoDay,
  last: IsoDay,
  pxPerDay: number,
  label: (width: number, start: Date) => string,
  title: string,
): AxisCell {
  const start = span.start < first ? first : span.start
  const end = span.end > last ? last : span.end
  const x = daysBetween(first, start) * pxPerDay
  const width = (daysBetween(start, end) + 1) * pxPerDay
  return { key, day: start, x, width, label: label(width, parseDay(start)), title }
}

function monthSpans(first: IsoDay, last: IsoDay): Span[] {
  return eachMonthOfInterval({ start: parseDay(first), end: parseDay(last) }).map((d) => ({
    start: toIsoDay(d),
    end: toIsoDay(endOfMonth(d)),
  }))
}

/** The two tiers of the axis between two days (inclusive) at a zoom. */
export function axisTiers(first: IsoDay, last: IsoDay, pxPerDay: number): AxisTiers {
  const unit = tickUnitFor(pxPerDay)
  if (!isValid(parseDay(first)) || !isValid(parseDay(last)) || last < first) return { top: [], bottom: [], unit }
  const months = monthSpans(first, last)
  const monthCell = (span: Span, full: boolean) => {
    const date = parseDay(span.start)
    const title = format(date, 'MMMM yyyy')
    return cell(`m-${span.start}`, span, first, last, pxPerDay, (w) => {
      if (!full) return w >= 30 ? format(date, 'MMM') : format(date, 'MMMMM')
      return w >= 110 ? title : w >= 62 ? format(date, 'MMM yyyy') : w >= 30 ? format(date, 'MMM') : ''
    }, title)
  }
  // A month needs ~45 px for "Jan 2027" to be worth a tier; below that the years go on top (and months below).
  const monthsOnTop = unit !== 'month'
  const top = monthsOnTop
    ? months.map((m) => monthCell(m, true))
    : eachYearOfInterval({ start: parseDay(first), end: parseDay(last) }).map((d) => {
        const span = { start: toIsoDay(d), end: toIsoDay(endOfYear(d)) }
        return cell(`y-${span.start}`, span, first, last, pxPerDay, () => format(d, 'yyyy'), format(d, 'yyyy'))
      })
  let bottom: AxisCell[]
  if (unit === 'day') {
    // One cell a day, a plan of a year has hundreds: built from the date's fields, not date-fns's format.
    const start = parseDay(first)
    const count = daysBetween(first, last) + 1
    bottom = new Array<AxisCell>(count)
    for (let i = 0; i < count; i++) {
      const date = new Date(start.getFullYear(), start.getMonth(), start.getDate() + i)
      const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
      const weekday = date.getDay()
      bottom[i] = {
        key: `d-${day}`,
        day,
        x: i * pxPerDay,
        width: pxPerDay,
        label: `${WEEKDAY_LETTERS[weekday]}\n${date.getDate()}`,
        title: `${WEEKDAYS_SHORT[weekday]} ${date.getDate()} ${MONTHS_SHORT[date.getMonth()]} ${date.getFullYear()}`,
      }
    }
  } else if (unit === 'week') {
    bottom = eachWeekOfInterval({ start: parseDay(first), end: parseDay(last) }, { weekStartsOn: 1 }).map((d) => {
      const start = toIsoDay(d)
      const span = { start, end: toIsoDay(new Date(d.getFullYear(), d.getMonth(), d.getDate() + 6)) }
      return cell(`w-${start}`, span, first, last, pxPerDay, (w, shown) => (w >= 48 ? format(shown, 'd MMM') : w >= 16 ? format(shown, 'd') : ''), `Week of ${format(d, 'd MMM yyyy')}`)
    })
  } else {
    bottom = months.map((m) => monthCell(m, false))
  }
  return { top, bottom, unit }
}
