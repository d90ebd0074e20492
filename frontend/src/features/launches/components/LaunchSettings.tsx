import type { Launch } from '../api/launches'
import { LaunchDetailsForm } from './LaunchDetailsForm'
import { LaunchLifecycle } from './LaunchLifecycle'
import { MilestonesEditor } from './MilestonesEditor'
import { WorkingCalendarForm } from './WorkingCalendarForm'
import { WorkstreamsEditor } from './WorkstreamsEditor'

/**
 * The launch's own settings: its lifecycle, name and zone, working calendar, departments with their leads,
 * and milestones. The office edits (canEdit); everyone else reads. Each write sends If-Match, so an edit
 * over someone else's newer one is refused (and the launch reloaded) rather than overwriting it.
 */
export function LaunchSettings({ launch, canEdit }: { launch: Launch; canEdit: boolean }) {
  return (
    <div className="launch-settings">
      <LaunchLifecycle launch={launch} canEdit={canEdit} />
      <LaunchDetailsForm launch={launch} canEdit={canEdit} />
      <WorkingCalendarForm launch={launch} canEdit={canEdit} />
      <WorkstreamsEditor launchId={launch.id} canEdit={canEdit} />
      <MilestonesEditor launchId={launch.id} canEdit={canEdit} />
    </div>
  )
}
