import type { CSSProperties } from 'react'
import { Link } from 'react-router'
import { formatDay } from '../../../lib/dates'
import type { PortfolioLaunch } from '../api/portfolio'
import { portfolioTimeline } from '../model'

/**
 * Places on the axis go through CSS custom properties set on the element's style object (React's style prop
 * does not write a style attribute into the markup, so the CSP's style-src 'self' allows it); portfolio.css
 * does the positioning.
 */
function at(percent: number): CSSProperties {
  return { '--at': `${percent.toFixed(3)}%` } as CSSProperties
}

function span(from: number, to: number): CSSProperties {
  return { '--from': `${from.toFixed(3)}%`, '--to': `${to.toFixed(3)}%` } as CSSProperties
}

/** One row per launch on a shared date axis: T-0, gates and milestones as markers, each with an accessible name. */
export function LaunchesTimeline({ launches, now }: { launches: PortfolioLaunch[]; now?: Date }) {
  const timeline = portfolioTimeline(launches, now)
  if (!timeline) return null
  return (
    <section className="portfolio-timeline" aria-labelledby="portfolio-timeline-heading">
      <h3 id="portfolio-timeline-heading">Timeline of launches</h3>
      <p className="muted">
        From {formatDay(timeline.first)} to {formatDay(timeline.last)}.{' '}
        <span className="portfolio-legend">
          <span className="portfolio-marker-key portfolio-marker-t-zero" aria-hidden="true" /> T-0{' '}
          <span className="portfolio-marker-key portfolio-marker-gate" aria-hidden="true" /> gate{' '}
          <span className="portfolio-marker-key portfolio-marker-milestone" aria-hidden="true" /> milestone
        </span>
      </p>
      <div className="portfolio-timeline-grid">
        <div className="portfolio-timeline-axis" aria-hidden="true">
          {timeline.ticks.map((tick) => (
            <span key={tick.day} className="portfolio-tick" style={at(tick.at)}>
              {tick.label}
            </span>
          ))}
        </div>
        <ul className="portfolio-timeline-rows" aria-label="Launches on the timeline">
          {timeline.rows.map((row) => (
            <li key={row.launch.id} className="portfolio-timeline-row">
              <Link className="portfolio-timeline-name" to={`/launches/${row.launch.id}`}>
                {row.launch.name}
              </Link>
              <div className="portfolio-track" role="group" aria-label={`${row.launch.name} on the timeline`}>
                <span className="portfolio-span" style={span(row.from, row.to)} aria-hidden="true" />
                {timeline.today !== null && (
                  <span className="portfolio-today" style={at(timeline.today)} aria-hidden="true" />
                )}
                {row.markers.map((marker) => (
                  <span
                    key={marker.key}
                    className={`portfolio-marker portfolio-marker-${marker.kind}${marker.status ? ` portfolio-gate-${marker.status}` : ''}`}
                    style={at(marker.at)}
                    role="img"
                    aria-label={marker.label}
                    title={marker.label}
                  />
                ))}
              </div>
            </li>
          ))}
        </ul>
      </div>
    </section>
  )
}
