import { useEffect, useRef, useState, type ReactNode } from 'react'
import { LiveItemsContext } from '../../lib/live'
import { LiveContext, type Live } from './context'
import { LiveSocket, liveUrl, type WebSocketFactory } from './socket'
import { LiveStore } from './store'

interface LiveProviderProps {
  /** Signed in: only then is there a socket (the server closes anyone else's with 4401). */
  enabled: boolean
  /** The WebSocket to use (tests give a fake); the browser's by default. */
  createWebSocket?: WebSocketFactory
  /** The unread count of the user's notices changed. */
  onNotifications?: () => void
  children: ReactNode
}

/** The tab's one live socket (docs/live.md), for the hooks of the pages below; mounted once, in app/providers.tsx. */
export function LiveProvider({ enabled, createWebSocket, onNotifications, children }: LiveProviderProps) {
  const [live, setLive] = useState<Live | null>(null)
  const notices = useRef(onNotifications)
  useEffect(() => {
    notices.current = onNotifications
  })

  useEffect(() => {
    if (!enabled) return
    const socket = new LiveSocket(liveUrl(), createWebSocket)
    const store = new LiveStore(socket)
    const unsubscribe = socket.subscribe((message) => {
      if (message.type === 'notifications') notices.current?.()
    })
    socket.start()
    setLive({ socket, store })
    return () => {
      unsubscribe()
      store.dispose()
      socket.stop()
      setLive(null)
    }
  }, [enabled, createWebSocket])

  return (
    <LiveContext.Provider value={live}>
      <LiveItemsContext.Provider value={live?.store ?? null}>{children}</LiveItemsContext.Provider>
    </LiveContext.Provider>
  )
}
