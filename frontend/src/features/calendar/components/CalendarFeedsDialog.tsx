import { useId, useState } from 'react'
import { Dialog } from '../../../components/ui/Dialog'
import { ErrorNotice } from '../../../components/ui/ErrorNotice'
import { Loading } from '../../../components/ui/Loading'
import { isApiError } from '../../../lib/api'
import { describeWriteError } from '../../../lib/errors'
import {
  REMINDER_OPTIONS,
  useCreateFeed,
  useFeeds,
  useRevokeFeed,
  useRotateFeed,
  useSetFeedReminder,
  type CalendarFeed,
} from '../api/feeds'
import './feeds.css'

/** The select's value for a reminder ('none' for no reminders: a select's values are strings). */
const reminderValue = (minutes: number | null) => (minutes === null ? 'none' : String(minutes))

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
      {feed.webcal_url !== null && (
        <a className="button secondary" href={feed.webcal_url}>
          Open in calendar app
        </a>
      )}
    </div>
  )
}

/** When the feed's events remind the subscriber: saved on change. */
function FeedReminders({ feed }: { feed: CalendarFeed }) {
  const id = useId()
  const setReminder = useSetFeedReminder()
  // While saving, the choice just made (the list is read again before the select shows the server's value).
  const shown = setReminder.isPending ? setReminder.variables.reminderMinutes : feed.reminder_minutes
  const known = REMINDER_OPTIONS.some((o) => o.value === shown)
  return (
    <div className="feed-reminders">
      <label htmlFor={`${id}-reminders`}>Reminders</label>{' '}
      <select
        id={`${id}-reminders`}
        value={reminderValue(shown)}
        disabled={setReminder.isPending}
        aria-describedby={setReminder.isError ? `${id}-error` : undefined}
        onChange={(e) => {
          const option = REMINDER_OPTIONS.find((o) => reminderValue(o.value) === e.target.value)
          if (option) setReminder.mutate({ id: feed.id, reminderMinutes: option.value })
        }}
      >
        {/* A value set elsewhere that this list does not offer stays shown as it is. */}
        {!known && shown !== null && <option value={reminderValue(shown)}>{shown} minutes before</option>}
        {REMINDER_OPTIONS.map((o) => (
          <option key={reminderValue(o.value)} value={reminderValue(o.value)}>
            {o.label}
          </option>
        ))}
      </select>
      {setReminder.isPending && (
        <span className="muted" role="status">
          {' '}
          Saving…
        </span>
      )}
      {setReminder.isError && (
        <p className="error" role="alert" id={`${id}-error`}>
          The reminders were not changed. {describeWriteError(setReminder.error)}
        </p>
      )}
    </div>
  )
}

/** How much of the plan the feed holds, once a calendar has fetched it, and what it leaves out. */
function FeedCoverage({ feed }: { feed: CalendarFeed }) {
  return (
    <>
      {feed.webcal_url === null && (
        <p className="muted">Open in calendar app needs HTTPS; copy the URL instead.</p>
      )}
      {feed.items_shown !== null && (
        <p className="muted">
          {feed.items_shown} {feed.items_shown === 1 ? 'item' : 'items'} in this feed
        </p>
      )}
      {feed.left_out_note !== '' && (
        <p className="feed-left-out" role="status">
          {feed.left_out_note}
        </p>
      )}
    </>
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
      <FeedCoverage feed={feed} />
      <FeedReminders feed={feed} />
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
