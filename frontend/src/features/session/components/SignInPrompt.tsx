import { useId, useState, type FormEvent } from 'react'
import { isApiError } from '../../../lib/api'
import { useSignIn } from '../api/session'

function signInError(error: unknown): string {
  if (isApiError(error)) {
    if (error.status === 429) return error.message
    if (error.status === 0) return error.message
    return error.code === 'invalid' ? 'Unknown username or wrong password.' : error.message
  }
  return 'Signing in failed.'
}

/** What a visitor who is not signed in sees: a sign-in form (session cookie, with CSRF). */
export function SignInPrompt() {
  const signIn = useSignIn()
  const [username, setUsername] = useState('')
  const [password, setPassword] = useState('')
  const id = useId()

  function submit(event: FormEvent) {
    event.preventDefault()
    signIn.mutate({ username, password })
  }

  return (
    <section className="sign-in" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Sign in</h2>
      <form onSubmit={submit} className="form">
        <label htmlFor={`${id}-username`}>Username</label>
        <input
          id={`${id}-username`}
          name="username"
          autoComplete="username"
          required
          value={username}
          onChange={(e) => setUsername(e.target.value)}
        />
        <label htmlFor={`${id}-password`}>Password</label>
        <input
          id={`${id}-password`}
          name="password"
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
        {signIn.isError && (
          <p className="error" role="alert">
            {signInError(signIn.error)}
          </p>
        )}
        <button className="button" type="submit" disabled={signIn.isPending}>
          {signIn.isPending ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
    </section>
  )
}
