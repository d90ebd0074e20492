import '@testing-library/jest-dom/vitest'
import { cleanup, configure } from '@testing-library/react'
import { afterEach, beforeEach, vi } from 'vitest'
import { FakeWebSocket } from './fakeWebSocket'

// findBy* waits for what a test expects to appear; on a loaded 2-core CI machine a first render with React Aria
// and TanStack Query can take more than the default second. A test that fails still fails, only later.
configure({ asyncUtilTimeout: 5000 })

// No test opens a real socket: the live socket (features/live) gets a fake that stays connecting until a test
// opens it (vitest's unstubGlobals puts the real one back after each test).
beforeEach(() => {
  FakeWebSocket.reset()
  vi.stubGlobal('WebSocket', FakeWebSocket)
})

afterEach(() => {
  cleanup()
  document.cookie.split(';').forEach((part) => {
    const name = part.split('=')[0]?.trim()
    if (name) document.cookie = `${name}=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/`
  })
})
