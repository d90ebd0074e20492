import { PortfolioView } from '../../features/portfolio'

/** /portfolio: every launch at a glance, read-only for everyone signed in (the layout asks for sign-in first). */
export function PortfolioPage() {
  return <PortfolioView />
}
