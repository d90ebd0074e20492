import { Link } from 'react-router'

export function NotFoundPage() {
  return (
    <section>
      <h2>Page not found</h2>
      <p>
        <Link to="/">Back to the launches</Link>
      </p>
    </section>
  )
}
