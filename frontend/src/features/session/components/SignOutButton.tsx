import { useSignOut } from '../api/session'

export function SignOutButton() {
  const signOut = useSignOut()
  return (
    <button type="button" className="link-button" onClick={() => signOut.mutate()} disabled={signOut.isPending}>
      Sign out
    </button>
  )
}
