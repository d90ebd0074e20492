import { GatesEditor } from '../../features/gates'
import { LaunchSettings, useDepartments, useLaunch } from '../../features/launches'
import { useMe } from '../../features/session'
import { canPlanLaunch } from '../../lib/permissions'
import { useLaunchId } from './LaunchPage'

/** The launch's settings (lifecycle, calendar, departments, milestones) and its gates: the office edits, others read. */
export function LaunchSettingsPage() {
  const launchId = useLaunchId()
  const launch = useLaunch(launchId)
  const me = useMe()
  const canEdit = me.data ? canPlanLaunch(me.data) : false
  const departments = useDepartments()
  // LaunchPage shows the loading and the errors of the launch itself.
  if (!launch.data || !me.data) return null
  return (
    <section aria-labelledby="settings-heading">
      <h2 id="settings-heading" className="visually-hidden">
        Settings
      </h2>
      <LaunchSettings launch={launch.data} canEdit={canEdit} />
      {canEdit && (
        <GatesEditor
          launchId={launchId}
          departments={(departments.data?.results ?? []).map((d) => ({ id: d.id, name: d.name }))}
        />
      )}
    </section>
  )
}
