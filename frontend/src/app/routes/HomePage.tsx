import { Suspense, useState } from 'react'
import { LaunchList } from '../../features/launches'
import { useMe } from '../../features/session'
import { canPlanLaunch } from '../../lib/permissions'
import { lazyNamed } from './lazyPage'

// Not on the first screen: loaded when first opened (lazyPage.tsx). NewLaunchDialog comes from its own module
// (not the launches index, which the list loads at once) so that it and its time zone combobox split off.
const NewLaunchDialog = lazyNamed(() => import('../../features/launches/components/NewLaunchDialog'), 'NewLaunchDialog')
const NewLaunchFromPlaybookDialog = lazyNamed(() => import('../../features/playbooks'), 'NewLaunchFromPlaybookDialog')

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
      {creating === 'blank' && (
        <Suspense fallback={null}>
          <NewLaunchDialog onClose={() => setCreating(null)} />
        </Suspense>
      )}
      {creating === 'playbook' && (
        <Suspense fallback={null}>
          <NewLaunchFromPlaybookDialog onClose={() => setCreating(null)} />
        </Suspense>
      )}
      <nav className="server-links" aria-label="Server pages">
        <a href="/api/docs/">API docs</a>
        <a href="/admin/">Admin</a>
      </nav>
    </>
  )
}
