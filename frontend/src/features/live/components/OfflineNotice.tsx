import { useOffline } from '../hooks'
import '../live.css'

/** While the live socket is down: what the user sees may be behind, and catches up by itself. */
export function OfflineNotice() {
  if (!useOffline()) return null
  return (
    <p className="offline-notice" role="status">
      <strong>Offline:</strong> reconnecting… Changes made meanwhile will appear when the connection is back.
    </p>
  )
}
