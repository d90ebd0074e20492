/** What a visitor who is not signed in sees: a link to the server's sign-in page, back here after. */
export const SIGN_IN_URL = '/api-auth/login/?next=/'

export function SignInPrompt() {
  return (
    <section className="sign-in">
      <p>You are not signed in.</p>
      <a className="button" href={SIGN_IN_URL}>
        Sign in
      </a>
    </section>
  )
}
