import { useCallback, useLayoutEffect, useRef } from 'react'

/**
 * A function whose identity never changes but that always calls the latest `fn`: memoised bars and rows get
 * the same handler on every render, so a drag or a list resize re-renders only what changed.
 */
export function useStableCallback<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  const latest = useRef(fn)
  useLayoutEffect(() => {
    latest.current = fn
  })
  return useCallback((...args: A) => latest.current(...args), [])
}
