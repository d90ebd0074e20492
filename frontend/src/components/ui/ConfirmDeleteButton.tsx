import { useState } from 'react'

export interface ConfirmDeleteButtonProps {
  /** Shown beside the two answers: "Delete feedback #3 for good?". */
  prompt: string
  /** The accessible name of the question's group, e.g. "Delete feedback #3?". */
  question: string
  /** The accessible name of the first button when its text ("Delete") is not enough, e.g. "Delete feedback #3". */
  label?: string
  confirmText?: string
  cancelText?: string
  /** The first button's look; the answers are always a danger and a secondary button. */
  triggerClassName?: string
  /** A write is under way: both the first button and the confirming one are disabled. */
  busy?: boolean
  /** When the user starts asking (e.g. to clear an earlier error). */
  onAsk?: () => void
  /**
   * Deletes. The question closes at once, or, when this returns a promise (mutateAsync), when it settles: the
   * question stays, its confirm disabled by `busy`, while the delete runs.
   */
  onDelete: () => void | Promise<unknown>
  /** Controlled: whether the question is shown (for a parent that hides its other actions meanwhile). */
  asking?: boolean
  onAskingChange?: (asking: boolean) => void
}

/** Delete in two steps: the first click asks, the second deletes (no browser confirm box). */
export function ConfirmDeleteButton({
  prompt,
  question,
  label,
  confirmText = 'Yes, delete it',
  cancelText = 'Keep it',
  triggerClassName = 'button danger',
  busy = false,
  onAsk,
  onDelete,
  asking: controlledAsking,
  onAskingChange,
}: ConfirmDeleteButtonProps) {
  const [ownAsking, setOwnAsking] = useState(false)
  const asking = controlledAsking ?? ownAsking
  const setAsking = (next: boolean) => {
    setOwnAsking(next)
    onAskingChange?.(next)
  }

  if (!asking) {
    return (
      <button
        type="button"
        className={triggerClassName}
        aria-label={label}
        disabled={busy}
        onClick={() => {
          onAsk?.()
          setAsking(true)
        }}
      >
        Delete
      </button>
    )
  }
  return (
    <span role="group" aria-label={question} className="confirm-delete">
      <span>{prompt}</span>
      <button
        type="button"
        className="button danger"
        disabled={busy}
        onClick={() => {
          const close = () => setAsking(false)
          const deleting = onDelete()
          if (deleting) deleting.then(close, close)
          else close()
        }}
      >
        {confirmText}
      </button>
      <button type="button" className="button secondary" onClick={() => setAsking(false)}>
        {cancelText}
      </button>
    </span>
  )
}
