import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { FakeWebSocket } from '../../test/fakeWebSocket'
import { LiveSocket, liveUrl, retryDelay } from './socket'

function startSocket() {
  const socket = new LiveSocket('ws://localhost/ws/live/', (url) => new FakeWebSocket(url) as unknown as WebSocket)
  socket.start()
  return socket
}

describe('LiveSocket', () => {
  let socket: LiveSocket | undefined
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => {
    socket?.stop()
    vi.useRealTimers()
  })

  it('connects to /ws/live/ on the page’s own host, wss on https', () => {
    expect(liveUrl()).toBe(`ws://${location.host}/ws/live/`)
    vi.stubGlobal('location', { protocol: 'https:', host: 'tminus.example' })
    expect(liveUrl()).toBe('wss://tminus.example/ws/live/')
  })

  it('waits 1 s, 2 s, 4 s … at most 30 s between attempts, and starts again from 1 s once connected', () => {
    expect([0, 1, 2, 3, 4, 5, 6].map(retryDelay)).toEqual([1000, 2000, 4000, 8000, 16000, 30000, 30000])
    socket = startSocket()
    FakeWebSocket.latest().serverClose()
    vi.advanceTimersByTime(999)
    expect(FakeWebSocket.instances).toHaveLength(1)
    vi.advanceTimersByTime(1)
    expect(FakeWebSocket.instances).toHaveLength(2)

    FakeWebSocket.latest().serverClose()
    vi.advanceTimersByTime(1999)
    expect(FakeWebSocket.instances).toHaveLength(2)
    vi.advanceTimersByTime(1)
    expect(FakeWebSocket.instances).toHaveLength(3)

    FakeWebSocket.latest().open()
    FakeWebSocket.latest().serverClose()
    vi.advanceTimersByTime(1000)
    expect(FakeWebSocket.instances).toHaveLength(4)
  })

  it('watches every watched launch again after a reconnect, and what this tab edits', () => {
    socket = startSocket()
    socket.watch(1)
    socket.watch(2)
    FakeWebSocket.latest().open()
    expect(FakeWebSocket.latest().sent).toEqual([
      { type: 'watch', launch: 1 },
      { type: 'watch', launch: 2 },
    ])
    socket.setEditing(1, { kind: 'task', id: 200 })

    FakeWebSocket.latest().serverClose()
    vi.advanceTimersByTime(1000)
    FakeWebSocket.latest().open()
    expect(FakeWebSocket.latest().sent).toEqual([
      { type: 'watch', launch: 1 },
      { type: 'watch', launch: 2 },
      { type: 'editing', launch: 1, item: { kind: 'task', id: 200 } },
    ])
  })

  it('counts watches: the last one to stop unwatches', () => {
    socket = startSocket()
    FakeWebSocket.latest().open()
    const first = socket.watch(1)
    const second = socket.watch(1)
    first()
    first()
    expect(FakeWebSocket.latest().sentTypes()).toEqual(['watch'])
    second()
    expect(FakeWebSocket.latest().sent).toEqual([
      { type: 'watch', launch: 1 },
      { type: 'unwatch', launch: 1 },
    ])
    expect(socket.isWatching(1)).toBe(false)
  })

  it('pings every 25 s while open, and not after it closes', () => {
    socket = startSocket()
    const ws = FakeWebSocket.latest()
    ws.open()
    vi.advanceTimersByTime(24_999)
    expect(ws.sentTypes()).toEqual([])
    vi.advanceTimersByTime(1)
    expect(ws.sentTypes()).toEqual(['ping'])
    ws.receive({ type: 'pong' })
    vi.advanceTimersByTime(25_000)
    expect(ws.sentTypes()).toEqual(['ping', 'ping'])
    ws.serverClose()
    vi.advanceTimersByTime(50_000)
    expect(ws.sentTypes()).toEqual(['ping', 'ping'])
  })

  it('drops a socket that stayed silent past a ping, and opens a new one at once (a laptop waking up)', () => {
    socket = startSocket()
    socket.watch(7)
    const first = FakeWebSocket.latest()
    first.open()
    vi.advanceTimersByTime(25_000)
    expect(first.sentTypes()).toEqual(['watch', 'ping'])
    // No pong, nothing at all: at the next ping the socket is given up on.
    vi.advanceTimersByTime(25_000)
    expect(socket.getStatus()).toBe('offline')
    expect(FakeWebSocket.instances).toHaveLength(2)
    const second = FakeWebSocket.latest()
    second.open()
    expect(second.sentTypes()).toEqual(['watch'])
    expect(socket.getStatus()).toBe('open')
  })

  it('is offline at once when an open socket drops, or after 3 s of failing to connect', () => {
    socket = startSocket()
    expect(socket.getStatus()).toBe('connecting')
    FakeWebSocket.latest().serverClose()
    vi.advanceTimersByTime(2999)
    expect(socket.getStatus()).toBe('connecting')
    vi.advanceTimersByTime(1)
    expect(socket.getStatus()).toBe('offline')

    FakeWebSocket.latest().open()
    expect(socket.getStatus()).toBe('open')
    FakeWebSocket.latest().serverClose()
    expect(socket.getStatus()).toBe('offline')
  })

  it('reconnects at once when the page becomes visible or the network comes back', () => {
    socket = startSocket()
    FakeWebSocket.latest().open()
    FakeWebSocket.latest().serverClose()
    vi.advanceTimersByTime(1000)
    FakeWebSocket.latest().serverClose()
    // The next attempt would wait 2 s; the page coming back does not.
    expect(FakeWebSocket.instances).toHaveLength(2)
    vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('visible')
    document.dispatchEvent(new Event('visibilitychange'))
    expect(FakeWebSocket.instances).toHaveLength(3)

    FakeWebSocket.latest().serverClose()
    window.dispatchEvent(new Event('online'))
    expect(FakeWebSocket.instances).toHaveLength(4)
    // Not while an attempt is under way.
    window.dispatchEvent(new Event('online'))
    expect(FakeWebSocket.instances).toHaveLength(4)
  })

  it('stops for good when the server says the user is not signed in (4401)', () => {
    socket = startSocket()
    FakeWebSocket.latest().open()
    FakeWebSocket.latest().serverClose(4401)
    vi.advanceTimersByTime(120_000)
    window.dispatchEvent(new Event('online'))
    expect(FakeWebSocket.instances).toHaveLength(1)
    expect(socket.signedOut).toBe(true)
  })

  it('hands each message to its listeners, and closes its socket when stopped', () => {
    socket = startSocket()
    const listener = vi.fn()
    socket.subscribe(listener)
    const ws = FakeWebSocket.latest()
    ws.open()
    ws.receive({ type: 'pong' })
    expect(listener).toHaveBeenCalledWith({ type: 'pong' })
    socket.stop()
    expect(ws.closedWith).toBe(1000)
    vi.advanceTimersByTime(60_000)
    expect(FakeWebSocket.instances).toHaveLength(1)
  })
})
