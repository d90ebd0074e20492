import { formatMoment } from '../../../lib/dates'
import { channelLabel, PUBLICATION_STATUS_LABELS, type Publication } from '../api/communications'

/** Where a published item went out: each channel with its state, when it was sent, and a failure's error. */
export function CommunicationPublications({ publications }: { publications: Publication[] }) {
  if (publications.length === 0) return null
  return (
    <div className="communication-publications-block">
      <h5>Where it went out</h5>
      <ul className="communication-publications">
        {publications.map((p) => (
          <li key={p.channel} className={`publication-${p.status}`}>
            <strong>{channelLabel(p.channel)}</strong>: {PUBLICATION_STATUS_LABELS[p.status]}
            {p.sent_at && (
              <>
                {' '}
                <time dateTime={p.sent_at}>{formatMoment(p.sent_at)}</time>
              </>
            )}
            {p.status !== 'sent' && p.attempts > 1 && ` (after ${p.attempts} attempts)`}
            {p.detail && <span className="muted"> · {p.detail}</span>}
            {p.status !== 'sent' && p.last_error && <span> · Error: {p.last_error}</span>}
          </li>
        ))}
      </ul>
    </div>
  )
}
