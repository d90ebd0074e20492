import { Link, Outlet } from 'react-router'
import { ErrorNotice } from '../../components/ui/ErrorNotice'
import { Loading } from '../../components/ui/Loading'
import { NotificationBell } from '../../features/notifications'
import { SignedInAs, SignInPrompt, SignOutButton, useMe } from '../../features/session'
import { isApiError } from '../../lib/api'

/** The header, and the page for the signed-in; everyone else gets the sign-in form. */
export function Layout() {
  const me = useMe()
  // The session check answers null for nobody (no 401); an auth error can still come from a stale session.
  const user = me.data ?? null

  let content
  if (me.isPending) content = <Loading />
  else if (me.isError)
    content = isApiError(me.error) && me.error.isAuthError ? <SignInPrompt /> : <ErrorNotice error={me.error} />
  else if (user === null) content = <SignInPrompt />
  else content = <Outlet />

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <h1>
          <Link to="/">T-Minus</Link>
        </h1>
        {user && (
          <nav className="app-user" aria-label="Account">
            {user.is_office && <Link to="/people">People</Link>}
            {user.is_office && <Link to="/settings/communications">Approvals</Link>}
            <Link to="/workload">Workload</Link>
            <Link to="/portfolio">Portfolio</Link>
            <Link to="/hints">Hints</Link>
            <SignedInAs me={user} />
            <NotificationBell />
            <SignOutButton />
          </nav>
        )}
      </header>
      <main className="app-main" id="main">
        {content}
      </main>
    </>
  )
}
