import { useId, useState, type FormEvent } from 'react'
import { Link } from 'react-router'
import { FieldError, invalidProps } from '../../../components/ui/FieldError'
import { isApiError } from '../../../lib/api'
import { describeWriteError, fieldErrors } from '../../../lib/errors'
import { useSetPassword } from '../api/password'

/** The invited (or anyone with a one-time link) set their password; uid and token come from the link. */
export function SetPasswordForm({ uid, token }: { uid: string; token: string }) {
  const id = useId()
  const setPassword = useSetPassword()
  const [password, setPasswordText] = useState('')
  const [repeat, setRepeat] = useState('')
  const mismatch = repeat !== '' && password !== repeat
  const errors = fieldErrors(setPassword.error)
  const linkError = isApiError(setPassword.error) && setPassword.error.code === 'password_link_invalid' ? setPassword.error : null

  function submit(event: FormEvent) {
    event.preventDefault()
    if (!mismatch) setPassword.mutate({ uid, token, new_password: password })
  }

  if (!uid || !token)
    return (
      <p className="error" role="alert">
        This link is incomplete: open the whole link from your invitation, or ask the office for a new one.
      </p>
    )
  if (setPassword.isSuccess)
    return (
      <p className="success" role="status">
        Your password is set. <Link to="/">Sign in</Link>
      </p>
    )
  return (
    <form className="form" onSubmit={submit} aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Set your password</h2>
      <label htmlFor={`${id}-new`}>New password</label>
      <input
        id={`${id}-new`}
        type="password"
        autoComplete="new-password"
        required
        value={password}
        onChange={(e) => setPasswordText(e.target.value)}
        {...invalidProps(`${id}-new-error`, errors.new_password)}
      />
      <FieldError id={`${id}-new-error`} messages={errors.new_password} />
      <label htmlFor={`${id}-repeat`}>Repeat the password</label>
      <input
        id={`${id}-repeat`}
        type="password"
        autoComplete="new-password"
        required
        value={repeat}
        onChange={(e) => setRepeat(e.target.value)}
      />
      {mismatch && <p className="error">The two passwords differ.</p>}
      {setPassword.isError && !errors.new_password && (
        <p className="error" role="alert">
          {linkError ? linkError.message : describeWriteError(setPassword.error)}
        </p>
      )}
      <button type="submit" className="button" disabled={setPassword.isPending || mismatch}>
        Set password
      </button>
    </form>
  )
}
