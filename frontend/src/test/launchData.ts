/** A launch as GET /api/v1/launches/ answers it (every field of the schema's Launch), with what a test sets. */
import type { Launch } from '../features/launches/api/launches'

export function makeLaunch(partial: Partial<Launch> & Pick<Launch, 'id' | 'name'>): Launch {
  return {
    description: '',
    status: 'planning',
    t_zero: '2027-03-16T09:00:00Z',
    t_zero_date: '2027-03-16',
    time_zone: 'UTC',
    owner: 1,
    owner_detail: { id: 1, username: 'csbo', full_name: 'Casey Bo' },
    working_weekdays: [1, 2, 3, 4, 5],
    holiday_regions: [],
    closures: [],
    offset_count: 'calendar',
    task_count: 0,
    done_task_count: 0,
    created_at: '2027-01-04T08:00:00Z',
    updated_at: '2027-01-04T08:00:00Z',
    ...partial,
  }
}
