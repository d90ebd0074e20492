/** A modal dialog on React Aria Components (docs/decisions/component-library.md). */
import { useEffect, useRef, type ReactNode } from 'react'
import { Dialog as AriaDialog, Heading, Modal, ModalOverlay } from 'react-aria-components'
import './ui.css'

/** The fields a dialog opens on: its first input (not the close button), as the form dialogs want. */
const FIRST_FIELD = 'input:not([type="hidden"]):not([disabled]), select:not([disabled]), textarea:not([disabled]), button:not(.dialog-close):not([disabled])'

/**
 * The dialog's title bar. It also moves focus to the first field on open: its effect runs before React Aria's,
 * which then keeps that focus instead of focusing the dialog itself.
 */
function DialogHeader({ title, onClose }: { title: string; onClose: () => void }) {
  const ref = useRef<HTMLElement>(null)
  useEffect(() => {
    const dialog = ref.current?.closest<HTMLElement>('[role="dialog"], [role="alertdialog"]')
    dialog?.querySelector<HTMLElement>(FIRST_FIELD)?.focus()
  }, [])
  return (
    <header className="dialog-header" ref={ref}>
      <Heading slot="title" level={2}>{title}</Heading>
      <button type="button" className="dialog-close" onClick={onClose} aria-label="Close">
        ×
      </button>
    </header>
  )
}

/**
 * A modal dialog: labelled by its title, focus moved inside on open (to the first field) and back on close,
 * Escape and a click outside close it, Tab stays inside, and the rest of the page is hidden from assistive
 * technology meanwhile. The parent renders it while open and unmounts it on `onClose`.
 */
export function Dialog({ title, onClose, children }: { title: string; onClose: () => void; children: ReactNode }) {
  return (
    <ModalOverlay
      isOpen
      isDismissable
      onOpenChange={(open) => {
        if (!open) onClose()
      }}
      className="dialog-backdrop"
    >
      <Modal className="dialog">
        <AriaDialog className="dialog-body">
          <DialogHeader title={title} onClose={onClose} />
          {children}
        </AriaDialog>
      </Modal>
    </ModalOverlay>
  )
}
