import { useState } from 'react'
import { Dialog } from '../../../components/ui/Dialog'
import { ErrorNotice } from '../../../components/ui/ErrorNotice'
import { Loading } from '../../../components/ui/Loading'
import { isApiError } from '../../../lib/api'
import { describeWriteError } from '../../../lib/errors'
import { useCreateFeed, useFeeds, useRevokeFeed, useRotateFeed, type CalendarFeed } from '../api/feeds'

function FeedUrl({ feed }: { feed: CalendarFeed }) {
  const [copied, setCopied] = useState(false)
  const url = feed.url
  return (
    <div className="feed-url">
      <input readOnly value={url} aria-label={`Feed URL of ${feed.name}`} onFocus={(e) => e.target.select()} />
      <button
        type="button"
        className="button secondary"
        onClick={() => {
          void navigator.clipboard?.writeText(url).then(() => setCopied(true))
        }}
      >
        {copied ? 'Copied' : 'Copy URL'}
      </button>
      <a className="button secondary" href={feed.webcal_url}>
        Open in calendar app
      </a>
    </div>
  )
}

function FeedItem({ feed }: { feed: CalendarFeed }) {
  const rotate = useRotateFeed()
  const revoke = useRevokeFeed()
  const error = rotate.error ?? revoke.error
  return (
    <li className="feed-item">
      <strong>{feed.name}</strong> <span className="muted">({feed.kind})</span>
      <FeedUrl feed={feed} />
      <div className="dialog-actions">
        <button type="button" className="button secondary" onClick={() => rotate.mutate(feed.id)} disabled={rotate.isPending}>
          Rotate (new URL, old one stops)
        </button>
        <button type="button" className="button danger" onClick={() => revoke.mutate(feed.id)} disabled={revoke.isPending}>
          Revoke
        </button>
      </div>
      {error && (
        <p className="error" role="alert">
          {describeWriteError(error)}
        </p>
      )}
    </li>
  )
}

/** The user's calendar feeds for this launch (and their own): copy, open via webcal://, rotate or revoke. */
export function CalendarFeedsDialog({ launchId, onClose }: { launchId: number; onClose: () => void }) {
  const feeds = useFeeds()
  const create = useCreateFeed()
  const relevant = feeds.data?.results.filter((f) => f.kind !== 'launch' || f.launch === launchId) ?? []
  const hasLaunchFeed = relevant.some((f) => f.kind === 'launch')

  return (
    <Dialog title="Calendar feeds" onClose={onClose}>
      <p className="muted">
        Subscribe in Google Calendar, Outlook, Apple Calendar or Thunderbird. Anyone holding a URL can read the feed:
        rotate or revoke it if it leaks.
      </p>
      {feeds.isPending ? (
        <Loading label="Loading feeds…" />
      ) : feeds.isError ? (
        isApiError(feeds.error) && feeds.error.status === 404 ? (
          <p className="muted">Calendar feeds are not available on this server yet.</p>
        ) : (
          <ErrorNotice error={feeds.error} />
        )
      ) : (
        <>
          {relevant.length === 0 && <p>No feeds yet.</p>}
          <ul className="feed-list">
            {relevant.map((feed) => (
              <FeedItem key={feed.id} feed={feed} />
            ))}
          </ul>
          <div className="dialog-actions">
            {!hasLaunchFeed && (
              <button type="button" className="button" onClick={() => create.mutate({ kind: 'launch', launch: launchId })} disabled={create.isPending}>
                Create a feed for this launch
              </button>
            )}
            {!relevant.some((f) => f.kind === 'user') && (
              <button type="button" className="button secondary" onClick={() => create.mutate({ kind: 'user' })} disabled={create.isPending}>
                Create my personal feed
              </button>
            )}
          </div>
          {create.isError && (
            <p className="error" role="alert">
              {describeWriteError(create.error)}
            </p>
          )}
        </>
      )}
    </Dialog>
  )
}
