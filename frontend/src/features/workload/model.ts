/** The workload screen's state in the URL (?from=2027-03-01&department=marketing&over=1&person=7) and its words. */
import { isoWeekday, shiftDay, todayIsoDay, type IsoDay } from '../../lib/dates'
import type { WorkloadFilters } from './api/workload'

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/

export function filtersFromSearch(search: URLSearchParams): WorkloadFilters {
  const from = search.get('from')
  return {
    from: from && ISO_DAY.test(from) ? from : null,
    department: search.get('department') || null,
    overOnly: search.get('over') === '1',
  }
}

/** `search` with the filters set (the person shown, if any, stays). */
export function searchWithFilters(search: URLSearchParams, filters: WorkloadFilters): URLSearchParams {
  const next = new URLSearchParams(search)
  for (const [key, value] of [
    ['from', filters.from],
    ['department', filters.department],
    ['over', filters.overOnly ? '1' : null],
  ] as const) {
    if (value) next.set(key, value)
    else next.delete(key)
  }
  return next
}

/** The Monday of the week of `day`. */
export function mondayOf(day: IsoDay): IsoDay {
  return shiftDay(day, 1 - isoWeekday(day))
}

export function thisMonday(now: Date = new Date()): IsoDay {
  return mondayOf(todayIsoDay(now))
}

/** "3 tasks", "1 task". */
export function countLabel(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`
}

/** Hours as people read them: "6 h", "2.5 h". */
export function hoursLabel(hours: number): string {
  return `${Number(hours.toFixed(1))} h`
}

/** A capacity as the table's header says it: "3 tasks / 32 h a week", or "not set". */
export function capacityLabel(tasks: number | null, hours: number | null): string {
  const parts = [tasks !== null ? countLabel(tasks, 'task') : null, hours !== null ? `${hours} h` : null].filter(Boolean)
  return parts.length ? `${parts.join(' / ')} a week` : 'not set'
}
