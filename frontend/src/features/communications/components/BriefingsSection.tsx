import { useId, useState, type FormEvent } from 'react'
import { ErrorNotice } from '../../../components/ui/ErrorNotice'
import { FieldError, invalidProps } from '../../../components/ui/FieldError'
import { Loading } from '../../../components/ui/Loading'
import { TimeZoneInput } from '../../../components/ui/TimeZoneInput'
import { formatMoment } from '../../../lib/dates'
import { describeWriteError, fieldErrors } from '../../../lib/errors'
import type { Viewer } from '../../../lib/permissions'
import {
  useBriefingOpens,
  useBriefings,
  useCreateBriefing,
  useRevokeBriefing,
  type Briefing,
} from '../api/briefings'
import type { Communication } from '../api/communications'
import { mayAskForBriefings } from '../model'

/** Puts text on the clipboard; false where the browser refuses (no secure context, no permission). */
async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text)
    return true
  } catch {
    return false
  }
}

/** The secret link of a briefing just made: the server keeps only its hash, so it is shown this once. */
function OneTimeLink({ briefing, onDone }: { briefing: Briefing; onDone: () => void }) {
  const [copied, setCopied] = useState<boolean | null>(null)
  const url = briefing.url ?? ''
  return (
    <div className="briefing-url" role="status">
      <p>
        The link for {briefing.name}: <code>{url}</code>
      </p>
      <button type="button" className="button" onClick={() => void copyText(url).then(setCopied)}>
        Copy
      </button>
      <button type="button" className="button secondary" onClick={onDone}>
        Done
      </button>
      <p>
        <strong>Shown once: copy it now and send it to the journalist.</strong>
      </p>
      {copied === true && <p className="success">Copied.</p>}
      {copied === false && <p className="error">Could not copy: select the link and copy it yourself.</p>}
    </div>
  )
}

function BriefingOpens({ launchId, briefing }: { launchId: number; briefing: Briefing }) {
  const opens = useBriefingOpens(launchId, briefing.id)
  if (opens.isPending) return <Loading label="Loading who opened it…" />
  if (opens.isError) return <ErrorNotice error={opens.error} />
  if (opens.data.length === 0) return <p className="muted">Nobody has opened it yet.</p>
  return (
    <ul aria-label={`Who opened ${briefing.name}'s link`}>
      {opens.data.map((open, index) => (
        <li key={`${open.opened_at}-${index}`}>
          <time dateTime={open.opened_at}>{formatMoment(open.opened_at)}</time>
          {open.embargoed ? ' · saw the embargoed version' : ' · saw the public version'}
          {open.ip_address && ` · from ${open.ip_address}`}
          {open.user_agent && <span className="muted"> · {open.user_agent}</span>}
        </li>
      ))}
    </ul>
  )
}

function BriefingRow({
  launchId,
  communicationId,
  briefing,
}: {
  launchId: number
  communicationId: number
  briefing: Briefing
}) {
  const [showOpens, setShowOpens] = useState(false)
  const [confirming, setConfirming] = useState(false)
  const revoke = useRevokeBriefing(launchId, communicationId)
  const who = briefing.outlet ? `${briefing.name} (${briefing.outlet})` : briefing.name
  return (
    <li>
      <strong>{who}</strong>
      {briefing.revoked_at && (
        <>
          {' '}
          <span className="status">Revoked</span>
        </>
      )}
      <br />
      <span className="muted">
        Briefed <time dateTime={briefing.created_at}>{formatMoment(briefing.created_at)}</time>
        {briefing.created_by_name && ` by ${briefing.created_by_name}`} ·{' '}
        {briefing.last_opened_at ? (
          <>
            last opened <time dateTime={briefing.last_opened_at}>{formatMoment(briefing.last_opened_at)}</time>
          </>
        ) : (
          'not opened yet'
        )}{' '}
        · opened {briefing.opens_count} {briefing.opens_count === 1 ? 'time' : 'times'}
        {briefing.revoked_at && (
          <>
            {' '}
            · revoked <time dateTime={briefing.revoked_at}>{formatMoment(briefing.revoked_at)}</time>
          </>
        )}
      </span>
      <div className="dialog-actions">
        <button
          type="button"
          className="link-button"
          aria-expanded={showOpens}
          onClick={() => setShowOpens(!showOpens)}
        >
          Who opened it
        </button>
        {!briefing.revoked_at && !confirming && (
          <button type="button" className="button secondary" onClick={() => setConfirming(true)}>
            Revoke
          </button>
        )}
      </div>
      {confirming && (
        <div role="group" aria-label={`Revoke ${briefing.name}'s link`}>
          <p>Revoke {briefing.name}'s link? It stops working at once; a new briefing makes a new link.</p>
          <div className="dialog-actions">
            <button
              type="button"
              className="button danger"
              disabled={revoke.isPending}
              onClick={() => revoke.mutate(briefing.id, { onSettled: () => setConfirming(false) })}
            >
              Yes, revoke it
            </button>
            <button type="button" className="button secondary" onClick={() => setConfirming(false)}>
              Keep it
            </button>
          </div>
        </div>
      )}
      {revoke.isError && (
        <p className="error" role="alert">
          {describeWriteError(revoke.error)}
        </p>
      )}
      {showOpens && <BriefingOpens launchId={launchId} briefing={briefing} />}
    </li>
  )
}

function BriefJournalistForm({
  launchId,
  communicationId,
  onCreated,
}: {
  launchId: number
  communicationId: number
  onCreated: (briefing: Briefing) => void
}) {
  const id = useId()
  const create = useCreateBriefing(launchId, communicationId)
  const [name, setName] = useState('')
  const [email, setEmail] = useState('')
  const [outlet, setOutlet] = useState('')
  const [timeZone, setTimeZone] = useState('UTC')
  const fields = fieldErrors(create.error)
  const errorId = (field: string) => `${id}-${field}-error`

  function submit(event: FormEvent) {
    event.preventDefault()
    create.mutate(
      { communication: communicationId, name, email, outlet, time_zone: timeZone },
      {
        onSuccess: (briefing) => {
          setName('')
          setEmail('')
          setOutlet('')
          onCreated(briefing)
        },
      },
    )
  }

  return (
    <form className="form" aria-label="Brief a journalist" onSubmit={submit}>
      <h5>Brief a journalist</h5>
      <label htmlFor={`${id}-name`}>Name</label>
      <input
        id={`${id}-name`}
        required
        maxLength={200}
        value={name}
        onChange={(e) => setName(e.target.value)}
        {...invalidProps(errorId('name'), fields.name)}
      />
      <FieldError id={errorId('name')} messages={fields.name} />
      <label htmlFor={`${id}-email`}>Email</label>
      <input
        id={`${id}-email`}
        type="email"
        value={email}
        onChange={(e) => setEmail(e.target.value)}
        {...invalidProps(errorId('email'), fields.email)}
      />
      <FieldError id={errorId('email')} messages={fields.email} />
      <label htmlFor={`${id}-outlet`}>Outlet</label>
      <input
        id={`${id}-outlet`}
        maxLength={200}
        value={outlet}
        onChange={(e) => setOutlet(e.target.value)}
        {...invalidProps(errorId('outlet'), fields.outlet)}
      />
      <FieldError id={errorId('outlet')} messages={fields.outlet} />
      <label htmlFor={`${id}-zone`}>Their time zone (for the embargo line)</label>
      <TimeZoneInput id={`${id}-zone`} value={timeZone} onChange={setTimeZone} />
      <FieldError id={errorId('time_zone')} messages={fields.time_zone} />
      {create.isError && !Object.keys(fields).length && (
        <p className="error" role="alert">
          {describeWriteError(create.error)}
        </p>
      )}
      <button type="submit" className="button" disabled={create.isPending}>
        Make their link
      </button>
    </form>
  )
}

/**
 * A communication's press briefings: each journalist's personal link (who, when, how often opened, revoked),
 * a form for a new one, and who opened each. Shown only when the API lets this viewer see them: for others the
 * list's refusal hides the section.
 */
export function BriefingsSection({
  launchId,
  item,
  viewer,
}: {
  launchId: number
  item: Communication
  viewer: Viewer
}) {
  const headingId = useId()
  const briefings = useBriefings(launchId, item.id, mayAskForBriefings(viewer, item))
  const [created, setCreated] = useState<Briefing | null>(null)
  const [briefing, setBriefing] = useState(false)
  if (!briefings.isSuccess) return null
  const canBriefNow = item.status !== 'withdrawn'

  return (
    <section className="briefings" aria-labelledby={headingId}>
      <h5 id={headingId}>Press briefings</h5>
      {briefings.data.length === 0 ? (
        <p className="muted">No journalist briefed yet.</p>
      ) : (
        <ul className="briefing-list">
          {briefings.data.map((b) => (
            <BriefingRow key={b.id} launchId={launchId} communicationId={item.id} briefing={b} />
          ))}
        </ul>
      )}
      {created && <OneTimeLink briefing={created} onDone={() => setCreated(null)} />}
      {canBriefNow && (
        <>
          <button
            type="button"
            className="button secondary"
            aria-expanded={briefing}
            onClick={() => setBriefing(!briefing)}
          >
            {briefing ? 'Close' : 'Brief a journalist'}
          </button>
          {briefing && (
            <BriefJournalistForm
              launchId={launchId}
              communicationId={item.id}
              onCreated={(b) => {
                setCreated(b)
                setBriefing(false)
              }}
            />
          )}
        </>
      )}
    </section>
  )
}
