import { useState } from 'react'
import { LaunchList, NewLaunchDialog } from '../../features/launches'
import { NewLaunchFromPlaybookDialog } from '../../features/playbooks'
import { useMe } from '../../features/session'
import { canPlanLaunch } from '../../lib/permissions'

/**
 * The launches the signed-in user can see (the layout asks everyone else to sign in); the office starts new
 * ones, from nothing or from a playbook.
 */
export function HomePage() {
  const me = useMe()
  const [creating, setCreating] = useState<'blank' | 'playbook' | null>(null)
  return (
    <>
      {me.data && canPlanLaunch(me.data) && (
        <div className="home-actions">
          <button type="button" className="button" onClick={() => setCreating('blank')}>
            New launch
          </button>
          <button type="button" className="button secondary" onClick={() => setCreating('playbook')}>
            New launch from playbook
          </button>
        </div>
      )}
      <LaunchList />
      {creating === 'blank' && <NewLaunchDialog onClose={() => setCreating(null)} />}
      {creating === 'playbook' && <NewLaunchFromPlaybookDialog onClose={() => setCreating(null)} />}
      <nav className="server-links" aria-label="Server pages">
        <a href="/api/docs/">API docs</a>
        <a href="/admin/">Admin</a>
      </nav>
    </>
  )
}
