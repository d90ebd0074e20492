/** GET /api/v1/launches/{id}/activity/?department=: the launch's audit history, newest first, paged. */
import { useInfiniteQuery } from '@tanstack/react-query'
import { api } from '../../../lib/api'
import { formatDay, formatMomentInZone, formatTimeOfDay } from '../../../lib/dates'
import { PAGE_SIZE, pageNumberPaging } from '../../../lib/pagination'
import { launchActivityKey } from '../../../lib/queryKeys'
import type { ApiModel, ApiSchema, Paginated } from '../../../types/api'

/** `changes`: per field, `{from, to}`. */
export type AuditEvent = ApiSchema<'AuditEvent'>
export type AuditAction = ApiSchema<'ActionEnum'>
export type Department = ApiModel<'Department'>

export function getActivity(launchId: number, department: number | null, page: number, signal?: AbortSignal) {
  return api.get<Paginated<AuditEvent>>(`/launches/${launchId}/activity/`, {
    query: { department: department ?? undefined, page, page_size: PAGE_SIZE },
    signal,
  })
}

/** A page at a time ("Load more"). */
export function useActivity(launchId: number, department: number | null) {
  return useInfiniteQuery({
    queryKey: [...launchActivityKey(launchId), { department }],
    queryFn: ({ signal, pageParam }) => getActivity(launchId, department, pageParam, signal),
    ...pageNumberPaging,
  })
}


export { useDepartments } from '../../../lib/departments'

export const ACTION_LABELS: Record<AuditAction, string> = {
  create: 'created',
  update: 'changed',
  delete: 'deleted',
  transition: 'changed the status of',
  move_t_zero: 'moved launch day of',
  decide: 'decided on',
  reopen: 'reopened',
  broadcast: 'posted to webhooks',
  publish_failed: 'failed to send out',
  publish_blocked: 'tried to publish, before its embargo,',
  revoke: 'revoked',
}

/** Fields whose name in words is not just the name with spaces. */
const FIELD_LABELS: Record<string, string> = {
  t_zero: 'T-0',
  t_zero_date: 'T-0 day',
  offset_days: 'days from T-0',
}

/** A field's name in plain words: "T-0" for t_zero, "due time" for due_time. */
export function fieldLabel(field: string): string {
  return FIELD_LABELS[field] ?? field.replace(/_/g, ' ')
}

const MOMENT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/
const DAY = /^\d{4}-\d{2}-\d{2}$/
const TIME_OF_DAY = /^\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/

/** A changed value as the rest of the UI shows it: moments (in `timeZone` when known), days and times formatted. */
export function formatChangeValue(value: unknown, timeZone?: string): string {
  if (value === null || value === undefined) return '—'
  if (typeof value === 'string') {
    if (MOMENT.test(value)) return formatMomentInZone(value, timeZone)
    if (DAY.test(value)) return formatDay(value)
    if (TIME_OF_DAY.test(value)) return formatTimeOfDay(value)
    return value
  }
  return typeof value === 'object' ? JSON.stringify(value) : String(value)
}

/** "status: todo → done; T-0: Tue 5 Jan 2027, 09:00 → Wed 6 Jan 2027, 09:00" (moments in `timeZone` when known). */
export function describeChanges(changes: AuditEvent['changes'], timeZone?: string): string {
  return Object.entries(changes)
    .map(
      ([field, change]) =>
        `${fieldLabel(field)}: ${formatChangeValue(change?.from, timeZone)} → ${formatChangeValue(change?.to, timeZone)}`,
    )
    .join('; ')
}
