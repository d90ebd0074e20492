/** A change in two steps: the first click asks in an alert dialog (React Aria Components), the second does it. */
import { useId, useState } from 'react'
import { Dialog as AriaDialog, Heading, Modal, ModalOverlay } from 'react-aria-components'

export function ConfirmAction({
  text,
  label,
  question,
  prompt,
  confirmText,
  busy = false,
  danger = false,
  onConfirm,
}: {
  /** The first button's text ("Deactivate"), and `label` its accessible name when more is needed. */
  text: string
  label?: string
  question: string
  prompt: string
  confirmText: string
  busy?: boolean
  danger?: boolean
  onConfirm: () => Promise<unknown>
}) {
  const [asking, setAsking] = useState(false)
  const promptId = useId()
  const close = () => setAsking(false)
  return (
    <>
      <button type="button" className="link-button" aria-label={label} disabled={busy} onClick={() => setAsking(true)}>
        {text}
      </button>
      <ModalOverlay
        isOpen={asking}
        isKeyboardDismissDisabled={busy}
        onOpenChange={(open) => {
          if (!open) close()
        }}
        className="dialog-backdrop"
      >
        <Modal className="dialog alert-dialog">
          <AriaDialog role="alertdialog" className="dialog-body" aria-describedby={promptId}>
            <Heading slot="title" level={2}>
              {question}
            </Heading>
            <p id={promptId}>{prompt}</p>
            <div className="dialog-actions">
              <button
                type="button"
                className={danger ? 'button danger' : 'button'}
                disabled={busy}
                onClick={() => {
                  onConfirm().then(close, close)
                }}
              >
                {confirmText}
              </button>
              <button type="button" className="button secondary" autoFocus onClick={close}>
                Cancel
              </button>
            </div>
          </AriaDialog>
        </Modal>
      </ModalOverlay>
    </>
  )
}
