import { useId, type ReactNode } from 'react'
import { Link } from 'react-router'
import { ErrorNotice } from '../../../components/ui/ErrorNotice'
import { Loading } from '../../../components/ui/Loading'
import { formatMoment } from '../../../lib/dates'
import { useCommunicationBoard, type BlockedAttempt } from '../api/board'
import {
  APPROVAL_LABELS,
  channelLabel,
  KIND_LABELS,
  PUBLICATION_STATUS_LABELS,
  type Communication,
} from '../api/communications'
import './communications.css'

function Moment({ iso }: { iso: string }) {
  return <time dateTime={iso}>{formatMoment(iso)}</time>
}

/** Where it went out, in words: "Newsroom (sent), Email (failed)". */
function whereText(item: Communication): string {
  if (item.publications.length === 0) return 'in T-Minus only'
  return item.publications
    .map((p) => `${channelLabel(p.channel)} (${PUBLICATION_STATUS_LABELS[p.status].toLowerCase()})`)
    .join(', ')
}

function BoardColumn({
  title,
  empty,
  items,
  launchId,
  describe,
}: {
  title: string
  empty: string
  items: Communication[]
  launchId: number
  describe: (item: Communication) => ReactNode
}) {
  const headingId = useId()
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId}>
        {title} <span className="muted">({items.length})</span>
      </h3>
      {items.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <ul>
          {items.map((item) => (
            <li key={item.id}>
              <Link to={`/launches/${launchId}/communications?communication=${item.id}`}>{item.title}</Link>
              <br />
              <span className="muted">{KIND_LABELS[item.kind]}</span>
              <br />
              {describe(item)}
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}

function BlockedAttempts({ attempts, launchId }: { attempts: BlockedAttempt[]; launchId: number }) {
  const headingId = useId()
  if (attempts.length === 0) return null
  return (
    <section className="blocked-attempts" aria-labelledby={headingId} role="region">
      <h3 id={headingId}>Early publish attempts</h3>
      <p>These were refused: their embargo had not lifted.</p>
      <ul>
        {attempts.map((a, index) => (
          <li key={`${a.communication}-${a.at}-${index}`}>
            <strong>{a.actor_name}</strong> tried to publish{' '}
            <Link to={`/launches/${launchId}/communications?communication=${a.communication}`}>“{a.title}”</Link> on{' '}
            <Moment iso={a.at} />
            {a.embargo_until && `, embargoed until ${a.embargo_until}`}.
          </li>
        ))}
      </ul>
    </section>
  )
}

/**
 * The office's view of a launch's communications: what went out (when, where), what is queued to go out by
 * itself (at its planned moment), what is embargoed (until what), what waits for approval; and a warning list
 * of attempts to publish before an embargo lifted.
 */
export function CommunicationsBoard({ launchId }: { launchId: number }) {
  const board = useCommunicationBoard(launchId)
  if (board.isPending) return <Loading label="Loading the communications board…" />
  if (board.isError) return <ErrorNotice error={board.error} />
  const { out, queued, embargoed, awaiting_approval: awaiting, blocked_attempts: attempts } = board.data

  return (
    <section aria-labelledby="communication-board-heading">
      <h2 id="communication-board-heading">Communications board</h2>
      <BlockedAttempts attempts={attempts} launchId={launchId} />
      <div className="communication-board">
        <BoardColumn
          title="Out"
          empty="Nothing has gone out yet."
          items={out}
          launchId={launchId}
          describe={(item) => (
            <>
              Went out {item.published_at ? <Moment iso={item.published_at} /> : ''} · {whereText(item)}
            </>
          )}
        />
        <BoardColumn
          title="Queued"
          empty="Nothing approved is waiting for its moment."
          items={queued}
          launchId={launchId}
          describe={(item) => (
            <>
              Goes out by itself <Moment iso={item.moment} />
            </>
          )}
        />
        <BoardColumn
          title="Embargoed"
          empty="Nothing approved is held by an embargo."
          items={embargoed}
          launchId={launchId}
          describe={(item) => (
            <>
              Held until {item.embargo_until || 'its embargo lifts'} · planned <Moment iso={item.moment} />
            </>
          )}
        />
        <BoardColumn
          title="Awaiting approval"
          empty="Nothing is waiting for a decision."
          items={awaiting}
          launchId={launchId}
          describe={(item) => (
            <>
              {APPROVAL_LABELS[item.approval]} · planned <Moment iso={item.moment} />
            </>
          )}
        />
      </div>
    </section>
  )
}
