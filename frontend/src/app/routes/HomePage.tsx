import { LaunchList } from '../../features/launches'

/** The launches the signed-in user can see (the layout asks everyone else to sign in). */
export function HomePage() {
  return (
    <>
      <LaunchList />
      <nav className="server-links" aria-label="Server pages">
        <a href="/api/docs/">API docs</a>
        <a href="/admin/">Admin</a>
      </nav>
    </>
  )
}
