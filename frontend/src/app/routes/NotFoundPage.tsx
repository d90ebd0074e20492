import { Link } from 'react-router'

/** Any path the app does not know. */
export function NotFoundPage() {
  return (
    <section className="not-found" aria-labelledby="not-found-heading">
      <h2 id="not-found-heading">Page not found</h2>
      <p>There is no page at this address: the link may be mistyped or out of date.</p>
      <p>
        <Link to="/">Back to all launches</Link>
      </p>
    </section>
  )
}
