import type { Me } from '../api/me'

/** The signed-in user's name (their username when they have none). */
export function SignedInAs({ me }: { me: Me }) {
  return <p className="signed-in-as">Signed in as {me.full_name || me.username}</p>
}
