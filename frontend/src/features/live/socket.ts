/**
 * The tab's one WebSocket to /ws/live/ (docs/live.md): it reconnects by itself, follows the launches the page
 * watches again after every reconnect, and pings so that the others keep seeing this tab.
 */
import type { EditingItem } from '../../lib/live'
import type { ClientMessage, ServerMessage } from './messages'

/** 'offline': the socket was open and dropped, or has not opened for OFFLINE_AFTER_MS. */
export type LiveStatus = 'connecting' | 'open' | 'offline'

export type WebSocketFactory = (url: string) => WebSocket

export const PING_MS = 25_000
const FIRST_RETRY_MS = 1_000
const MAX_RETRY_MS = 30_000
/** A socket that has said nothing (not even the pong of the last ping) for this long is dead: a laptop that slept,
 * a network that changed under it. It is dropped and a new one opened, without waiting for the browser to notice. */
export const SILENT_MS = PING_MS + 10_000
/** A first connection that takes longer than this is shown as offline. */
export const OFFLINE_AFTER_MS = 3_000
/** The server's answer to a socket that is not signed in: retrying would not help. */
export const CLOSE_SIGNED_OUT = 4401

/** ws(s)://<this host>/ws/live/: the same origin, so the session cookie signs it in. */
export function liveUrl(): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/ws/live/`
}

/** The delay before reconnect attempt n (0-based): 1 s, 2 s, 4 s … at most 30 s. */
export function retryDelay(attempt: number): number {
  return Math.min(FIRST_RETRY_MS * 2 ** attempt, MAX_RETRY_MS)
}

export class LiveSocket {
  private ws: WebSocket | null = null
  private status: LiveStatus = 'connecting'
  private running = false
  private attempt = 0
  private retryTimer: ReturnType<typeof setTimeout> | undefined
  private offlineTimer: ReturnType<typeof setTimeout> | undefined
  private pingTimer: ReturnType<typeof setInterval> | undefined
  private lastHeard = 0
  /** Launch id → how many parts of the page watch it. */
  private readonly watched = new Map<number, number>()
  private readonly editing = new Map<number, EditingItem>()
  private readonly listeners = new Set<(message: ServerMessage) => void>()
  private readonly statusListeners = new Set<() => void>()
  /** Closed with 4401: the user is not signed in (any more). */
  signedOut = false

  private readonly url: string
  private readonly createWebSocket: WebSocketFactory

  constructor(url: string = liveUrl(), createWebSocket: WebSocketFactory = (u) => new WebSocket(u)) {
    this.url = url
    this.createWebSocket = createWebSocket
  }

  start() {
    if (this.running) return
    this.running = true
    document.addEventListener('visibilitychange', this.onVisibility)
    window.addEventListener('online', this.reconnectNow)
    this.connect()
  }

  stop() {
    this.running = false
    document.removeEventListener('visibilitychange', this.onVisibility)
    window.removeEventListener('online', this.reconnectNow)
    clearTimeout(this.retryTimer)
    clearTimeout(this.offlineTimer)
    clearInterval(this.pingTimer)
    const ws = this.ws
    this.ws = null
    if (ws) {
      ws.onopen = ws.onmessage = ws.onclose = null
      ws.close(1000)
    }
  }

  getStatus = (): LiveStatus => this.status

  /** Calls the listener on every status change; returns the unsubscribe. */
  subscribeStatus = (listener: () => void) => {
    this.statusListeners.add(listener)
    return () => void this.statusListeners.delete(listener)
  }

  /** Calls the listener with every message from the server; returns the unsubscribe. */
  subscribe(listener: (message: ServerMessage) => void) {
    this.listeners.add(listener)
    return () => void this.listeners.delete(listener)
  }

  /** Follows a launch until the returned function is called (watches are counted: the last one unwatches). */
  watch(launchId: number): () => void {
    const count = this.watched.get(launchId) ?? 0
    this.watched.set(launchId, count + 1)
    if (count === 0) this.send({ type: 'watch', launch: launchId })
    let done = false
    return () => {
      if (done) return
      done = true
      const left = (this.watched.get(launchId) ?? 1) - 1
      if (left > 0) {
        this.watched.set(launchId, left)
        return
      }
      this.watched.delete(launchId)
      this.editing.delete(launchId)
      this.send({ type: 'unwatch', launch: launchId })
    }
  }

  isWatching(launchId: number): boolean {
    return this.watched.has(launchId)
  }

  /** What this tab has open for editing in a launch; said again after a reconnect. */
  setEditing(launchId: number, item: EditingItem | null) {
    if (item) this.editing.set(launchId, item)
    else this.editing.delete(launchId)
    this.send({ type: 'editing', launch: launchId, item })
  }

  private send(message: ClientMessage) {
    if (this.ws && this.status === 'open') this.ws.send(JSON.stringify(message))
  }

  private setStatus(status: LiveStatus) {
    if (status === this.status) return
    this.status = status
    this.statusListeners.forEach((listener) => listener())
  }

  private connect() {
    clearTimeout(this.retryTimer)
    if (!this.running) return
    if (this.status !== 'offline' && this.offlineTimer === undefined) {
      this.offlineTimer = setTimeout(() => this.setStatus('offline'), OFFLINE_AFTER_MS)
    }
    const ws = this.createWebSocket(this.url)
    this.ws = ws
    ws.onopen = () => {
      this.attempt = 0
      clearTimeout(this.offlineTimer)
      this.offlineTimer = undefined
      this.lastHeard = Date.now()
      this.setStatus('open')
      for (const launchId of this.watched.keys()) this.send({ type: 'watch', launch: launchId })
      for (const [launchId, item] of this.editing) this.send({ type: 'editing', launch: launchId, item })
      this.pingTimer = setInterval(() => {
        if (this.isSilent()) this.drop()
        else this.send({ type: 'ping' })
      }, PING_MS)
    }
    ws.onmessage = (event: MessageEvent) => {
      this.lastHeard = Date.now()
      let message: ServerMessage
      try {
        message = JSON.parse(String(event.data)) as ServerMessage
      } catch {
        return
      }
      this.listeners.forEach((listener) => listener(message))
    }
    ws.onclose = (event: CloseEvent) => {
      clearInterval(this.pingTimer)
      this.ws = null
      if (event.code === CLOSE_SIGNED_OUT) {
        this.signedOut = true
        this.stop()
        this.setStatus('offline')
        return
      }
      if (this.status === 'open') this.setStatus('offline')
      this.retryTimer = setTimeout(() => this.connect(), retryDelay(this.attempt))
      this.attempt += 1
    }
  }

  private isSilent(): boolean {
    return this.status === 'open' && Date.now() - this.lastHeard > SILENT_MS
  }

  /** Gives up on a socket that went silent: offline now, and a new one at once. */
  private drop() {
    const ws = this.ws
    if (!ws) return
    ws.onopen = ws.onmessage = ws.onclose = null
    ws.close()
    this.ws = null
    clearInterval(this.pingTimer)
    this.setStatus('offline')
    this.attempt = 0
    this.connect()
  }

  /** The page came back or the network did: try at once instead of waiting out the delay (and give up on a
   * socket that went silent while the laptop slept). */
  private reconnectNow = () => {
    if (!this.running) return
    if (this.ws && this.isSilent()) this.drop()
    if (this.ws) return
    this.connect()
  }

  private onVisibility = () => {
    if (document.visibilityState === 'visible') this.reconnectNow()
  }
}
