/** Keeps a launch's cached data in step with the live messages while its page is open (docs/live.md). */
import { useQueryClient, type Query, type QueryClient } from '@tanstack/react-query'
import { useEffect } from 'react'
import { launchKey, launchListKey, launchTimelineKey as timelineKey } from '../../lib/queryKeys'
import { applyTimelineDelta, timelineVersion, type Timeline } from './applyTimelineDelta'
import { useLive } from './context'
import type { ChangeMessage, ScheduleMessage } from './messages'

const isTimeline = (query: Query) => query.queryKey.length === 3 && query.queryKey[2] === 'timeline'

/** A change: the launch's data reloads, but for the timeline, which waits for the schedule's difference. */
export function applyChange(queryClient: QueryClient, launchId: number, message: ChangeMessage) {
  if (message.deleted) {
    void queryClient.invalidateQueries({ queryKey: launchKey(launchId) })
    void queryClient.invalidateQueries({ queryKey: launchListKey })
    return
  }
  void queryClient.invalidateQueries({ queryKey: launchKey(launchId), predicate: (query) => !isTimeline(query) })
  void queryClient.invalidateQueries({ queryKey: launchListKey })
}

/** What the schedule made of a change: the timeline takes the difference when it can (no request), else reloads. */
export function applySchedule(queryClient: QueryClient, launchId: number, message: ScheduleMessage) {
  const current = queryClient.getQueryData<Timeline>(timelineKey(launchId))
  const next = current ? applyTimelineDelta(current, message.timeline) : null
  if (next) queryClient.setQueryData(timelineKey(launchId), next)
  else void queryClient.invalidateQueries({ queryKey: timelineKey(launchId) })
}

/** Watches the launch while the calling page is mounted, and applies what the others change. */
export function useLaunchLive(launchId: number) {
  const live = useLive()
  const queryClient = useQueryClient()
  useEffect(() => {
    if (!live || Number.isNaN(launchId)) return
    const { socket, store } = live
    const unsubscribe = socket.subscribe((message) => {
      if (!('launch' in message) || message.launch !== launchId) return
      if (message.type === 'change') {
        applyChange(queryClient, launchId, message)
      } else if (message.type === 'schedule') {
        applySchedule(queryClient, launchId, message)
      } else if (message.type === 'watching') {
        // After a reconnect: a view that missed changes while away reloads (the timeline cheaply, by ETag).
        const current = queryClient.getQueryData<Timeline>(timelineKey(launchId))
        if (current && timelineVersion(current) !== message.version) {
          void queryClient.invalidateQueries({ queryKey: launchKey(launchId) })
        }
      }
    })
    const unwatch = socket.watch(launchId)
    return () => {
      unsubscribe()
      unwatch()
      if (!socket.isWatching(launchId)) store.forget(launchId)
    }
  }, [live, launchId, queryClient])
}
