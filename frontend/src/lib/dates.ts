/** Every date shown or computed in the app goes through these helpers (date-fns). */
import { format, isValid, parseISO } from 'date-fns'

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
