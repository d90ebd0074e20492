import { Link } from 'react-router'

/** An unknown launch id (the API's 404, or no number at all): say so and lead back to the launches. */
export function LaunchNotFound() {
  return (
    <section className="not-found" aria-labelledby="launch-not-found-heading">
      <h2 id="launch-not-found-heading">This launch does not exist or was deleted</h2>
      <p>The link may be mistyped, or the launch was deleted (or you are not allowed to see it).</p>
      <p>
        <Link to="/">Back to all launches</Link>
      </p>
    </section>
  )
}
