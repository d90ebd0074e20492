/** /api/v1/notifications/: the unread count, the list, mark one or all read. Absent (404) servers hide the bell. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api, isApiError } from '../../../lib/api'
import type { ApiSchema, Paginated } from '../../../types/api'

export type Notification = ApiSchema<'Notification'>
export type NotificationKind = ApiSchema<'NotificationKindEnum'>

export const notificationsKey = ['notifications'] as const
/** The unread count: the live socket says when it changed (docs/live.md). */
export const unreadCountKey = [...notificationsKey, 'unread-count'] as const

/** The unread count, or null when this server has no notifications API (404). */
export async function getUnreadCount(signal?: AbortSignal): Promise<number | null> {
  try {
    return (await api.get<ApiSchema<'UnreadCount'>>('/notifications/unread-count/', { signal })).count
  } catch (error) {
    if (isApiError(error) && error.status === 404) return null
    throw error
  }
}

export function useUnreadCount() {
  return useQuery({
    queryKey: unreadCountKey,
    queryFn: ({ signal }) => getUnreadCount(signal),
    refetchInterval: 60_000,
  })
}

export function useNotifications(enabled: boolean) {
  return useQuery({
    queryKey: [...notificationsKey, 'list'],
    queryFn: ({ signal }) => api.get<Paginated<Notification>>('/notifications/', { query: { page_size: 20 }, signal }),
    enabled,
  })
}

export function useMarkRead() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (id: number | 'all') =>
      api.post<unknown>(id === 'all' ? '/notifications/read-all/' : `/notifications/${id}/read/`),
    onSettled: () => queryClient.invalidateQueries({ queryKey: notificationsKey }),
  })
}
