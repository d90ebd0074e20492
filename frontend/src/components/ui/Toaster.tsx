/**
 * Toasts: `toast("Saved.", { tone: "success" })` from anywhere; `<Toaster />` (mounted once, in
 * app/providers.tsx) shows them in a labelled region that F6 reaches, on React Aria Components' toast queue
 * (docs/decisions/component-library.md).
 */
import { useEffect } from 'react'
import {
  Button,
  Text,
  UNSTABLE_Toast as Toast,
  UNSTABLE_ToastContent as ToastContent,
  UNSTABLE_ToastQueue as ToastQueue,
  UNSTABLE_ToastRegion as ToastRegion,
} from 'react-aria-components'
import './ui.css'

export type ToastTone = 'info' | 'success' | 'error'

interface ToastMessage {
  message: string
  tone: ToastTone
}

export interface ToastOptions {
  tone?: ToastTone
  /**
   * Milliseconds before it goes (at least 5 s, so it can be read). Errors stay until closed unless given one:
   * an error should not vanish before it is read.
   */
  timeout?: number
}

const MIN_TIMEOUT = 5_000
const DEFAULT_TIMEOUT = 6_000

/** One queue for the app: toast() may be called outside React (a mutation's onSuccess). */
const queue = new ToastQueue<ToastMessage>({ maxVisibleToasts: 5 })

/** Shows a message for a moment; returns its key for closeToast. */
export function toast(message: string, { tone = 'info', timeout }: ToastOptions = {}): string {
  const wait = timeout ?? (tone === 'error' ? undefined : DEFAULT_TIMEOUT)
  return queue.add({ message, tone }, { timeout: wait === undefined ? undefined : Math.max(wait, MIN_TIMEOUT) })
}

export function closeToast(key: string): void {
  queue.close(key)
}

/** Closes every toast (tests, sign-out). */
export function clearToasts(): void {
  queue.clear()
}

export function Toaster() {
  // Toasts belong to the page that showed them: none outlive the region (a test's render, say).
  useEffect(() => clearToasts, [])
  return (
    <ToastRegion queue={queue} className="toast-region">
      {({ toast: shown }) => (
        <Toast toast={shown} className={`toast toast-${shown.content.tone}`}>
          <ToastContent className="toast-content">
            <Text slot="title">{shown.content.message}</Text>
          </ToastContent>
          <Button slot="close" className="toast-close">
            ×
          </Button>
        </Toast>
      )}
    </ToastRegion>
  )
}
