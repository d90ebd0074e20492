/**
 * A small timeline as the API answers it: two lanes, three tasks, a cross-lane dependency, a gate; a Monday
 * to Friday calendar with no holiday, no baseline and nothing forecast (tests add what they look at).
 */
import type { Timeline } from '../features/timeline/api/timeline'

export function makeTimeline(): Timeline {
  return {
    version: 'launch-1-plan-1',
    launch: { id: 1, name: 'Aurora', status: 'planning', t_zero: '2027-03-16T08:00:00Z', t_zero_date: '2027-03-16', time_zone: 'Europe/Berlin' },
    baseline: null,
    lanes: [
      { id: 10, department: { id: 1, name: 'Engineering', slug: 'engineering' }, lead: 5, notes: '', notes_truncated: false },
      { id: 20, department: { id: 2, name: 'PR', slug: 'pr' }, lead: 6, notes: '', notes_truncated: false },
    ],
    people: [
      { id: 5, username: 'eng.lead', full_name: 'Elena Novak' },
      { id: 6, username: 'pr.lead', full_name: 'Priya Raman' },
      { id: 7, username: 'pr.member', full_name: 'Paul Okafor' },
    ],
    tasks: [
      task({ id: 100, workstream: 10, title: 'Freeze features', start: '2027-03-01', due: '2027-03-02', critical: true, offset_days: -15 }),
      task({ id: 200, workstream: 20, title: 'Draft the press release', start: '2027-03-03', due: '2027-03-09', critical: true, offset_days: -13, assignee: 7 }),
      task({ id: 201, workstream: 20, title: 'Publish', start: '2027-03-02', due: '2027-03-02', conflict: true, offset_days: -14, assignee: 6 }),
    ],
    dependencies: [
      dependency({ id: 1, predecessor: 100, successor: 200 }),
      dependency({ id: 2, predecessor: 200, successor: 201, type: 'start_to_start' }),
    ],
    milestones: [
      { id: 3, name: 'Embargo lifts', kind: 'milestone', schedule_mode: 'anchored', offset_days: -2, moment: '2027-03-14T08:00:00Z' },
      { id: null, name: 'T-0', kind: 't_zero', schedule_mode: 'anchored', offset_days: 0, moment: '2027-03-16T08:00:00Z' },
    ],
    gates: [
      { id: 9, name: 'Go/No-Go', kind: 'gate', status: 'pending', schedule_mode: 'anchored', offset_days: -1, moment: '2027-03-15T08:00:00Z', criteria: [200], approver_departments: [2] },
    ],
    conflicts: [
      { kind: 'dependency', task: 201, predecessor: 200, gate: null, days: 8, message: '“Publish” is planned to start 8 days before “Draft the press release” (its predecessor) ends plus lag.' },
    ],
    critical_path: [100, 200],
    end: '2027-03-09',
    communications: [],
    cross_launch: [],
    calendar: { working_weekdays: [1, 2, 3, 4, 5], holiday_regions: [], offset_count: 'calendar', closed_days: [] },
    forecast: { status_date: '2027-02-20', forecast_tasks: 0, t_zero_slip_days: 0 },
    warnings: [],
  }
}

/** A link as the timeline lists it: finish-to-start, no lag, between tasks unless a test says otherwise. */
export function dependency(
  partial: Partial<Timeline['dependencies'][number]> & { id: number },
): Timeline['dependencies'][number] {
  return {
    predecessor: null,
    predecessor_milestone: null,
    predecessor_gate: null,
    successor: null,
    successor_milestone: null,
    type: 'finish_to_start',
    lag_days: 0,
    lag_count: 'working',
    ...partial,
  }
}

function task(partial: Partial<Timeline['tasks'][number]> & { id: number; workstream: number; title: string; start: string; due: string }): Timeline['tasks'][number] {
  return {
    status: 'todo',
    schedule_mode: 'anchored',
    offset_days: null,
    duration_days: 1,
    duration_count: 'working',
    due_time: null,
    planned_start: partial.start,
    planned_due: partial.due,
    baseline_start: null,
    baseline_due: null,
    variance_days: null,
    slack: 0,
    critical: false,
    forecast: false,
    conflict: false,
    needed_for_launch: false,
    assignee: null,
    collaborators: [],
    effort_hours: null,
    ...partial,
  }
}
