import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode } from 'react'
import './SidePanel.css'

interface SidePanelProps {
  /** The panel's heading and accessible name. */
  title: string
  /** A line under the heading (department, status). */
  subtitle?: ReactNode
  onClose: () => void
  children: ReactNode
}

function isTextEntry(element: HTMLElement | null): boolean {
  if (!element) return false
  if (element.isContentEditable || element instanceof HTMLTextAreaElement) return true
  return element instanceof HTMLInputElement && !['button', 'checkbox', 'radio', 'submit', 'reset'].includes(element.type)
}

/**
 * A panel beside the timeline, not over it: an <aside> named by its heading, which takes the focus on open
 * (unless the user is typing in a field, e.g. the task finder) and gives it back to what opened it on close;
 * Escape or × closes it. The rest of the page stays usable
 * (nothing is trapped or hidden), and the panel scrolls inside itself to fit a small screen.
 */
export function SidePanel({ title, subtitle, onClose, children }: SidePanelProps) {
  const headingId = useId()
  const headingRef = useRef<HTMLHeadingElement>(null)

  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null
    // Someone typing (the task finder opens the panel of each match) keeps typing; anyone else is taken in.
    if (!isTextEntry(opener)) headingRef.current?.focus()
    return () => {
      // Back to the opener, unless it is gone (a deleted task's bar) or the user has moved on meanwhile.
      const stillHere = opener && opener !== document.body && opener.isConnected
      const focusLeftWithPanel = document.activeElement === document.body || document.activeElement === null
      if (stillHere && focusLeftWithPanel) opener.focus()
    }
  }, [])

  function onKeyDown(event: KeyboardEvent) {
    if (event.key !== 'Escape' || event.defaultPrevented) return
    event.stopPropagation()
    onClose()
  }

  return (
    <aside className="side-panel" aria-labelledby={headingId} onKeyDown={onKeyDown}>
      <header className="side-panel-header">
        <div>
          <h2 id={headingId} ref={headingRef} tabIndex={-1}>
            {title}
          </h2>
          {subtitle && <p className="side-panel-subtitle">{subtitle}</p>}
        </div>
        <button type="button" className="side-panel-close" onClick={onClose} aria-label={`Close “${title}”`}>
          ×
        </button>
      </header>
      <div className="side-panel-body">{children}</div>
    </aside>
  )
}
