import { Link, Outlet } from 'react-router'

export function Layout() {
  return (
    <>
      <header className="app-header">
        <h1>
          <Link to="/">T-Minus</Link>
        </h1>
      </header>
      <main className="app-main">
        <Outlet />
      </main>
    </>
  )
}
