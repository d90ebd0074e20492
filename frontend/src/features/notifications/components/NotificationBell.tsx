import { useId, useState } from 'react'
import { ErrorNotice } from '../../../components/ui/ErrorNotice'
import { Loading } from '../../../components/ui/Loading'
import { formatAge } from '../../../lib/dates'
import { useMarkRead, useNotifications, useUnreadCount } from '../api/notifications'

/** The latest notifications under their heading; "Mark all as read" only while something is unread. */
function NotificationList({ unreadCount }: { unreadCount: number }) {
  const headingId = useId()
  const list = useNotifications(true)
  const mark = useMarkRead()
  if (list.isPending) return <Loading label="Loading notifications…" />
  if (list.isError) return <ErrorNotice error={list.error} />
  // The count covers what the list's first page may not show; the list may be fresher than the count.
  const anyUnread = unreadCount > 0 || list.data.results.some((n) => !n.read_at)
  return (
    <div className="notification-popover" role="region" aria-labelledby={headingId}>
      <h2 id={headingId}>Notifications</h2>
      {anyUnread && (
        <button type="button" className="link-button" onClick={() => mark.mutate('all')}>
          Mark all as read
        </button>
      )}
      {list.data.results.length === 0 && <p className="muted">Nothing new.</p>}
      <ul className="notification-list">
        {list.data.results.map((n) => (
          <li key={n.id} className={n.read_at ? 'is-read' : 'is-unread'}>
            <strong>{n.url ? <a href={n.url}>{n.title}</a> : n.title}</strong>
            <p>{n.body}</p>
            <span className="muted">{formatAge(n.created_at)}</span>{' '}
            {!n.read_at && (
              <button type="button" className="link-button" onClick={() => mark.mutate(n.id)}>
                Mark read
              </button>
            )}
          </li>
        ))}
      </ul>
    </div>
  )
}

/** The unread count in the header, opening the list; hidden when the server has no notifications. */
export function NotificationBell() {
  const count = useUnreadCount()
  const [open, setOpen] = useState(false)
  if (count.data === null || count.data === undefined) return null
  return (
    <div className="notification-bell">
      <button type="button" className="link-button" aria-expanded={open} onClick={() => setOpen(!open)}>
        Notifications{count.data > 0 ? ` (${count.data} unread)` : ''}
      </button>
      {open && <NotificationList unreadCount={count.data} />}
    </div>
  )
}
