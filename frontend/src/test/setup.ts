import '@testing-library/jest-dom/vitest'
import { cleanup, configure } from '@testing-library/react'
import { afterEach } from 'vitest'

// findBy* waits for what a test expects to appear; on a loaded 2-core CI machine a first render with React Aria
// and TanStack Query can take more than the default second. A test that fails still fails, only later.
configure({ asyncUtilTimeout: 5000 })

afterEach(() => {
  cleanup()
  document.cookie.split(';').forEach((part) => {
    const name = part.split('=')[0]?.trim()
    if (name) document.cookie = `${name}=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/`
  })
})
