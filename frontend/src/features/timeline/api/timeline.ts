/** GET /api/v1/launches/{id}/timeline/: lanes, tasks with computed dates, dependencies, markers, conflicts. */
import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useEffect } from 'react'
import { api } from '../../../lib/api'
import { launchTimelineKey } from '../../../lib/queryKeys'
import type { ApiSchema } from '../../../types/api'

export type TaskStatus = ApiSchema<'TaskStatusEnum'>
export type ScheduleMode = ApiSchema<'ScheduleModeEnum'>

export const TASK_STATUS_LABELS: Record<TaskStatus, string> = {
  todo: 'To do',
  in_progress: 'In progress',
  blocked: 'Blocked',
  done: 'Done',
  cancelled: 'Cancelled',
}

/** A lane: one workstream (its id) of a department. */
export type TimelineLane = ApiSchema<'TimelineLane'>
export type TimelinePerson = ApiSchema<'TimelinePerson'>
/** planned_start/planned_due from the anchor or fixed date alone; start/due computed from the dependencies. */
export type TimelineTask = ApiSchema<'TimelineTask'>
/** finish_to_start, start_to_start, finish_to_finish, start_to_finish (docs/schedule.md). */
export type LinkType = ApiSchema<'LinkTypeEnum'>
export type TimelineDependency = ApiSchema<'TimelineDependency'>
/** What a duration, a lag or the offsets from T-0 count: working days or calendar days. */
export type DayCount = ApiSchema<'DayCountEnum'>
/** The launch's working weekdays (ISO: 1 is Monday), and its holidays and closures over the plan's days. */
export type TimelineCalendar = ApiSchema<'TimelineCalendar'>
/** The forecast from today: how many tasks it moved, and how many days after T-0 the work for launch finishes. */
export type TimelineForecast = ApiSchema<'TimelineForecast'>
/** An item planned on a day the launch does not work (shown, not refused: it may be deliberate). */
export type NonWorkingWarning = ApiSchema<'NonWorkingWarning'>
/** A milestone, or T-0 itself (id null). */
export type TimelineMilestone = ApiSchema<'TimelineMarker'>
export type GateStatus = TimelineGate['status']
export type TimelineGate = ApiSchema<'TimelineGate'>
/** `task` is null for an embargo conflict, which names its `communication`. */
export type Conflict = ApiSchema<'Conflict'>
/** A communication as the timeline lists it (its planned publish moment and embargo). */
export type TimelineCommunication = ApiSchema<'TimelineCommunication'>
export type Timeline = ApiSchema<'Timeline'>

export const timelineQueryKey = launchTimelineKey

export function getTimeline(launchId: number, signal?: AbortSignal): Promise<Timeline> {
  return api.get<Timeline>(`/launches/${launchId}/timeline/`, { signal })
}

/**
 * Starts loading the timeline while the launch itself is still loading (the launch page shows the timeline only
 * once it has the launch): the two requests go out together instead of one after the other.
 */
export function usePrefetchTimeline(launchId: number, enabled: boolean) {
  const queryClient = useQueryClient()
  useEffect(() => {
    if (!enabled || Number.isNaN(launchId)) return
    void queryClient.prefetchQuery({
      queryKey: timelineQueryKey(launchId),
      queryFn: ({ signal }) => getTimeline(launchId, signal),
    })
  }, [queryClient, launchId, enabled])
}

export function useTimeline(launchId: number) {
  return useQuery({
    queryKey: timelineQueryKey(launchId),
    queryFn: ({ signal }) => getTimeline(launchId, signal),
  })
}
