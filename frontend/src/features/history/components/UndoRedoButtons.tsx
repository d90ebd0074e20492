import { useEffect, useRef, useState } from 'react'
import { describeWriteError } from '../../../lib/errors'
import { useHistory, useRedo, useUndo, type HistoryDirection, type UndoStep } from '../api/history'

/** Where typing happens: there Ctrl+Z belongs to the text, not to the plan. */
function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  if (target.isContentEditable) return true
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true
  if (target instanceof HTMLInputElement) {
    return !['button', 'checkbox', 'radio', 'range', 'color', 'file', 'submit', 'reset', 'image'].includes(target.type)
  }
  return false
}

/** Which step a key press asks for: Ctrl/Cmd+Z undoes, Ctrl/Cmd+Shift+Z and Ctrl+Y redo. */
export function shortcutDirection(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>): HistoryDirection | null {
  if (event.altKey || !(event.ctrlKey || event.metaKey)) return null
  const key = event.key.toLowerCase()
  if (key === 'z') return event.shiftKey ? 'redo' : 'undo'
  if (key === 'y' && event.ctrlKey && !event.shiftKey) return 'redo'
  return null
}

const VERB: Record<HistoryDirection, { button: string; done: string; none: string }> = {
  undo: { button: 'Undo', done: 'Undone', none: 'Nothing to undo' },
  redo: { button: 'Redo', done: 'Redone', none: 'Nothing to redo' },
}

function stepName(direction: HistoryDirection, step: UndoStep | null | undefined): string {
  return step ? `${VERB[direction].button}: ${step.label}` : VERB[direction].none
}

/**
 * Undo and Redo of one's own recent changes to this launch (a drag, a resize, a delete, a launch-day move), done
 * by the server so each is checked and recorded like any change. Each button names its step; Ctrl/Cmd+Z and
 * Ctrl/Cmd+Shift+Z (or Ctrl+Y) do the same outside text fields; what happened is announced politely.
 */
export function UndoRedoButtons({ launchId }: { launchId: number }) {
  const history = useHistory(launchId)
  const undo = useUndo(launchId)
  const redo = useRedo(launchId)
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null)
  const busy = undo.isPending || redo.isPending
  const steps = { undo: history.data?.undo ?? null, redo: history.data?.redo ?? null }

  const run = (direction: HistoryDirection) => {
    const step = steps[direction]
    if (!step || busy) return
    const mutation = direction === 'undo' ? undo : redo
    setMessage(null)
    mutation.mutate(undefined, {
      onSuccess: ({ applied }) => setMessage({ text: `${VERB[direction].done}: ${applied.label}`, error: false }),
      onError: (error) => setMessage({ text: describeWriteError(error), error: true }),
    })
  }

  // The shortcuts listen once; they call the latest `run` (with the steps as they are now).
  const latestRun = useRef(run)
  useEffect(() => {
    latestRun.current = run
  })
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const direction = shortcutDirection(event)
      if (!direction || event.defaultPrevented || isTextField(event.target)) return
      event.preventDefault()
      latestRun.current(direction)
    }
    document.addEventListener('keydown', onKeyDown)
    return () => document.removeEventListener('keydown', onKeyDown)
  }, [])

  return (
    <div className="undo-redo" role="group" aria-label="Your changes">
      {(['undo', 'redo'] as const).map((direction) => {
        const name = stepName(direction, steps[direction])
        return (
          <button
            key={direction}
            type="button"
            aria-label={name}
            title={name}
            aria-keyshortcuts={direction === 'undo' ? 'Control+Z Meta+Z' : 'Control+Shift+Z Meta+Shift+Z Control+Y'}
            disabled={!steps[direction] || busy}
            onClick={() => run(direction)}
          >
            {VERB[direction].button}
          </button>
        )
      })}
      <p className={`undo-redo-message${message?.error ? ' error' : ''}`} role="status" aria-live="polite">
        {message?.text}
      </p>
    </div>
  )
}
