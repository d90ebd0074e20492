import { useState } from 'react'

/** Delete in two steps: the first click asks, the second deletes (no browser confirm box). */
export function DeleteButton({ label, busy, onDelete }: { label: string; busy: boolean; onDelete: () => void }) {
  const [asking, setAsking] = useState(false)
  if (!asking) {
    return (
      <button type="button" className="link-button" aria-label={`Delete “${label}”`} onClick={() => setAsking(true)}>
        Delete
      </button>
    )
  }
  return (
    <span role="group" aria-label={`Delete “${label}”?`}>
      Delete?{' '}
      <button
        type="button"
        className="button danger"
        disabled={busy}
        onClick={() => {
          setAsking(false)
          onDelete()
        }}
      >
        Yes, delete
      </button>{' '}
      <button type="button" className="button secondary" onClick={() => setAsking(false)}>
        Keep
      </button>
    </span>
  )
}
