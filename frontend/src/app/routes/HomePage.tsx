import { useState } from 'react'
import { LaunchList } from '../../features/launches'
import { NewLaunchFromPlaybookDialog } from '../../features/playbooks'
import { useMe } from '../../features/session'
import { canPlanLaunch } from '../../lib/permissions'

/** The launches the signed-in user can see (the layout asks everyone else to sign in); the office starts new ones. */
export function HomePage() {
  const me = useMe()
  const [creating, setCreating] = useState(false)
  return (
    <>
      {me.data && canPlanLaunch(me.data) && (
        <button type="button" className="button" onClick={() => setCreating(true)}>
          New launch from playbook
        </button>
      )}
      <LaunchList />
      {creating && <NewLaunchFromPlaybookDialog onClose={() => setCreating(false)} />}
      <nav className="server-links" aria-label="Server pages">
        <a href="/api/docs/">API docs</a>
        <a href="/admin/">Admin</a>
      </nav>
    </>
  )
}
