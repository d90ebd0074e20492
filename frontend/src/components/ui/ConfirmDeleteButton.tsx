/** Delete in two steps, the second in an alert dialog on React Aria Components (docs/decisions/component-library.md). */
import { useId, useState } from 'react'
import { Dialog as AriaDialog, Heading, Modal, ModalOverlay } from 'react-aria-components'
import './ui.css'

export interface ConfirmDeleteButtonProps {
  /** Shown under the question, in the dialog: "Delete feedback #3 for good?". */
  prompt: string
  /** The question: the alert dialog's title and accessible name, e.g. "Delete feedback #3?". */
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

/**
 * Delete in two steps (no browser confirm box): the first click opens an alert dialog that asks; its focus
 * starts on the harmless answer, Escape keeps the thing, and focus goes back to the button afterwards.
 */
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
  const promptId = useId()
  const asking = controlledAsking ?? ownAsking
  const setAsking = (next: boolean) => {
    setOwnAsking(next)
    onAskingChange?.(next)
  }

  return (
    <>
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
      <ModalOverlay
        isOpen={asking}
        // Escape keeps the thing, unless the delete is already under way.
        isKeyboardDismissDisabled={busy}
        onOpenChange={(open) => {
          if (!open) setAsking(false)
        }}
        className="dialog-backdrop"
      >
        <Modal className="dialog alert-dialog">
          <AriaDialog role="alertdialog" className="dialog-body" aria-describedby={promptId}>
            <Heading slot="title" level={2}>{question}</Heading>
            <p id={promptId}>{prompt}</p>
            <div className="dialog-actions">
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
              {/* The harmless answer has the focus first (WAI-ARIA alert dialog). */}
              <button type="button" className="button secondary" autoFocus onClick={() => setAsking(false)}>
                {cancelText}
              </button>
            </div>
          </AriaDialog>
        </Modal>
      </ModalOverlay>
    </>
  )
}
