import { Link, useSearchParams } from 'react-router'
import { PeopleScreen, SetPasswordForm } from '../../features/people'
import { useMe } from '../../features/session'

/** /people: the office's People screen; anyone else is told whose it is (the API refuses them too). */
export function PeoplePage() {
  const me = useMe()
  if (!me.data) return null
  if (!me.data.is_office) return <p role="status">Only the Social Business Office manages people.</p>
  return <PeopleScreen meId={me.data.id} />
}

/** /set-password?uid=…&token=…: outside the sign-in gate, since the invited cannot sign in yet. */
export function SetPasswordPage() {
  const [params] = useSearchParams()
  return (
    <>
      <header className="app-header">
        <h1>
          <Link to="/">T-Minus</Link>
        </h1>
      </header>
      <main className="app-main" id="main">
        <SetPasswordForm uid={params.get('uid') ?? ''} token={params.get('token') ?? ''} />
      </main>
    </>
  )
}
