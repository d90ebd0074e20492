import { useState } from 'react'
import { ErrorNotice } from '../../../components/ui/ErrorNotice'
import { Loading } from '../../../components/ui/Loading'
import { formatMoment } from '../../../lib/dates'
import { useHints, useShareHint, type Hint, type ShareNetwork } from '../api/hints'
import { LINK_NETWORKS, NETWORK_LABELS, shareLink, shareMessage } from '../shareLinks'
import './hints.css'

/** "Shared on LinkedIn and X" / "Copied" from what the server recorded for this user. */
function sharedText(networks: ShareNetwork[]): string {
  const places = networks.filter((n) => n !== 'copy').map((n) => NETWORK_LABELS[n])
  const parts: string[] = []
  if (places.length > 0) {
    const list = places.length === 1 ? places[0] : `${places.slice(0, -1).join(', ')} and ${places[places.length - 1]}`
    parts.push(`Shared on ${list}`)
  }
  if (networks.includes('copy')) parts.push(places.length > 0 ? 'copied' : 'Copied')
  return parts.join(', ')
}

function HintCard({ hint }: { hint: Hint }) {
  const share = useShareHint()
  const [copyFailed, setCopyFailed] = useState(false)
  // Recording the share must not hold up the share itself: the link opens at once, the POST follows.
  const record = (network: ShareNetwork) => share.mutate({ hintId: hint.id, network })
  const shared = [...new Set(hint.shared_by_me)]

  async function copy() {
    try {
      await navigator.clipboard.writeText(shareMessage(hint))
      setCopyFailed(false)
      record('copy')
    } catch {
      setCopyFailed(true)
    }
  }

  return (
    <article className="hint-card" aria-labelledby={`hint-${hint.id}-title`}>
      <h3 id={`hint-${hint.id}-title`}>{hint.title}</h3>
      <p className="muted">
        {hint.launch_name}
        {hint.share_until && (
          <>
            {' '}
            · Share until <time dateTime={hint.share_until}>{formatMoment(hint.share_until)}</time>
          </>
        )}
      </p>
      {hint.body && <p className="hint-body">{hint.body}</p>}
      {hint.share_text && hint.share_text !== hint.body && (
        <blockquote className="hint-share-text">{shareMessage(hint)}</blockquote>
      )}
      <div className="hint-share" role="group" aria-label={`Share “${hint.title}”`}>
        {LINK_NETWORKS.map((network) => (
          <a
            key={network}
            className="button secondary"
            href={shareLink(network, hint)}
            target="_blank"
            rel="noopener noreferrer"
            onClick={() => record(network)}
          >
            {NETWORK_LABELS[network]}
          </a>
        ))}
        <button type="button" className="button secondary" onClick={() => void copy()}>
          Copy
        </button>
      </div>
      {shared.length > 0 && (
        <p className="success" role="status">
          {sharedText(shared)}
        </p>
      )}
      {copyFailed && (
        <p className="error" role="alert">
          Could not copy: select the text and copy it yourself.
        </p>
      )}
    </article>
  )
}

/** The employee hints anyone signed in may share now, each with one-click share links. */
export function HintsList() {
  const hints = useHints()
  return (
    <section aria-labelledby="hints-heading">
      <h2 id="hints-heading">Employee hints</h2>
      <p className="muted">
        Approved hints about our launches, for you to share with your own audience while their window is open.
      </p>
      {hints.isPending ? (
        <Loading label="Loading hints…" />
      ) : hints.isError ? (
        <ErrorNotice error={hints.error} />
      ) : hints.data.length === 0 ? (
        <p className="muted">No hints to share right now.</p>
      ) : (
        hints.data.map((hint) => <HintCard key={hint.id} hint={hint} />)
      )}
    </section>
  )
}
