import { useSearchParams } from 'react-router'
import { ErrorNotice } from '../../../components/ui/ErrorNotice'
import { Loading } from '../../../components/ui/Loading'
import { usePortfolio, type PortfolioFilters as Filters } from '../api/portfolio'
import { filtersFromSearch, searchWithFilters } from '../model'
import { LaunchesTimeline } from './LaunchesTimeline'
import { PortfolioFilters } from './PortfolioFilters'
import { PortfolioTable } from './PortfolioTable'
import './portfolio.css'

/**
 * Every launch at a glance, read-only for everyone (the server answers only the launches the user may see); the
 * filters live in the URL (?status=planning&status=ready&department=3), so a filtered view can be shared.
 */
export function PortfolioView() {
  const [search, setSearch] = useSearchParams()
  const filters = filtersFromSearch(search)
  const portfolio = usePortfolio(filters)
  const filtered = filters.statuses.length > 0 || filters.department !== null

  function change(next: Filters) {
    setSearch(searchWithFilters(search, next), { replace: true })
  }

  let content
  if (portfolio.isPending) content = <Loading label="Loading the portfolio…" />
  else if (portfolio.isError) content = <ErrorNotice error={portfolio.error} />
  else if (portfolio.data.length === 0)
    content = <p className="muted">{filtered ? 'No launch matches these filters.' : 'No active launches.'}</p>
  else
    content = (
      <>
        {portfolio.isPlaceholderData && <Loading label="Updating…" />}
        <PortfolioTable launches={portfolio.data} />
        <LaunchesTimeline launches={portfolio.data} />
      </>
    )

  return (
    <section className="portfolio" aria-labelledby="portfolio-heading">
      <h2 id="portfolio-heading">Portfolio</h2>
      <PortfolioFilters filters={filters} onChange={change} />
      {content}
    </section>
  )
}
