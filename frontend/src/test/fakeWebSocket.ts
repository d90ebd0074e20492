/**
 * A stand-in for the browser's WebSocket: records what the app sends, and lets a test open, answer and close it.
 * src/test/setup.ts puts it in place of the real one, so no test opens a real socket.
 */
export class FakeWebSocket {
  static readonly CONNECTING = 0
  static readonly OPEN = 1
  static readonly CLOSING = 2
  static readonly CLOSED = 3
  /** Every socket made since the test began, oldest first. */
  static instances: FakeWebSocket[] = []

  static reset() {
    FakeWebSocket.instances = []
  }

  /** The newest socket. */
  static latest(): FakeWebSocket {
    const socket = FakeWebSocket.instances.at(-1)
    if (!socket) throw new Error('No WebSocket was opened')
    return socket
  }

  readonly url: string
  readyState = FakeWebSocket.CONNECTING
  /** What the app sent, parsed. */
  readonly sent: Record<string, unknown>[] = []
  closedWith: number | null = null
  onopen: ((event: Event) => void) | null = null
  onmessage: ((event: MessageEvent) => void) | null = null
  onclose: ((event: CloseEvent) => void) | null = null
  onerror: ((event: Event) => void) | null = null

  constructor(url: string) {
    this.url = url
    FakeWebSocket.instances.push(this)
  }

  send(data: string) {
    if (this.readyState !== FakeWebSocket.OPEN) throw new Error('send() on a socket that is not open')
    this.sent.push(JSON.parse(data) as Record<string, unknown>)
  }

  close(code = 1000) {
    this.closedWith = code
    this.readyState = FakeWebSocket.CLOSED
  }

  /** The server accepts the connection. */
  open() {
    this.readyState = FakeWebSocket.OPEN
    this.onopen?.(new Event('open'))
  }

  /** The server sends a message (an object, sent as JSON). */
  receive(message: unknown) {
    this.onmessage?.(new MessageEvent('message', { data: JSON.stringify(message) }))
  }

  /** The connection ends from the server's side (or the network's). */
  serverClose(code = 1006) {
    this.readyState = FakeWebSocket.CLOSED
    this.onclose?.(new CloseEvent('close', { code }))
  }

  /** The types of the messages sent, in order. */
  sentTypes(): unknown[] {
    return this.sent.map((message) => message.type)
  }
}
