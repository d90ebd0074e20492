/** /api/v1/calendar-feeds/: iCalendar subscriptions, each with its secret URL (rotate replaces it). */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api } from '../../../lib/api'
import type { ApiSchema, Paginated } from '../../../types/api'

export type FeedKind = ApiSchema<'CalendarFeedKindEnum'>
/** When a feed's events remind: minutes before each starts (0: at its start); null: no reminders. */
export type ReminderMinutes = null | 0 | 15 | 60 | 1440

export const REMINDER_OPTIONS: readonly { value: ReminderMinutes; label: string }[] = [
  { value: null, label: 'None' },
  { value: 0, label: 'At the start' },
  { value: 15, label: '15 minutes before' },
  { value: 60, label: '1 hour before' },
  { value: 1440, label: '1 day before' },
]

/** url and webcal_url carry the feed's secret: treat them like a password. webcal_url is null on a plain-http
 * server (a calendar app would try https and fail); left_out_note says what the size cap left out, if anything. */
export type CalendarFeed = ApiSchema<'CalendarFeed'>
export type NewCalendarFeed = ApiSchema<'CalendarFeedCreateRequest'>

export const feedsQueryKey = ['calendar-feeds'] as const

export function getFeeds(signal?: AbortSignal) {
  return api.get<Paginated<CalendarFeed>>('/calendar-feeds/', { query: { page_size: 100 }, signal })
}

export function useFeeds() {
  return useQuery({ queryKey: feedsQueryKey, queryFn: ({ signal }) => getFeeds(signal) })
}

/** Create and rotate answer the feed with its URLs: keep them in the list so the dialog can show them. */
function useFeedWrite<V>(fn: (v: V) => Promise<CalendarFeed>) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: fn,
    onSuccess: (feed) => {
      queryClient.setQueryData<Paginated<CalendarFeed>>(feedsQueryKey, (page) => {
        if (!page) return page
        const exists = page.results.some((f) => f.id === feed.id)
        return {
          ...page,
          count: exists ? page.count : page.count + 1,
          results: exists ? page.results.map((f) => (f.id === feed.id ? feed : f)) : [...page.results, feed],
        }
      })
    },
  })
}

export function useCreateFeed() {
  return useFeedWrite((body: NewCalendarFeed) =>
    api.post<CalendarFeed>('/calendar-feeds/', body),
  )
}

export function useRotateFeed() {
  return useFeedWrite((id: number) => api.post<CalendarFeed>(`/calendar-feeds/${id}/rotate/`))
}

export function useRevokeFeed() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (id: number) => api.delete(`/calendar-feeds/${id}/`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: feedsQueryKey }),
  })
}

/** Sets when the feed's events remind; the list is read again (the server's answer is what the dialog shows). */
export function useSetFeedReminder() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ id, reminderMinutes }: { id: number; reminderMinutes: ReminderMinutes }) =>
      api.patch<CalendarFeed>(`/calendar-feeds/${id}/`, { reminder_minutes: reminderMinutes }),
    // Still saving until the list is read again, so that the select does not flick back to the old value.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: feedsQueryKey }),
  })
}
