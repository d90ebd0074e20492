import { ErrorNotice } from '../../components/ui/ErrorNotice'
import { Loading } from '../../components/ui/Loading'
import { LaunchList } from '../../features/launches'
import { SignedInAs, SignInPrompt, useMe } from '../../features/session'
import { isApiError } from '../../lib/api'

/** Who is signed in and their launches; a sign-in link for everyone else. */
export function HomePage() {
  const me = useMe()

  if (me.isPending) return <Loading />
  if (me.isError) {
    if (isApiError(me.error) && me.error.isAuthError) return <SignInPrompt />
    return <ErrorNotice error={me.error} />
  }

  return (
    <>
      <SignedInAs me={me.data} />
      <LaunchList />
      <nav className="server-links" aria-label="Server pages">
        <a href="/api/docs/">API docs</a>
        <a href="/admin/">Admin</a>
      </nav>
    </>
  )
}
