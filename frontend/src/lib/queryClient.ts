/** The TanStack Query client: all server state goes through it. */
import { QueryClient } from '@tanstack/react-query'
import { isApiError } from './api'

const MAX_RETRIES = 2

/** Retries only what may succeed on a second try: network failures and 5xx, never 4xx. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (failureCount >= MAX_RETRIES) return false
  if (isApiError(error)) return error.status === 0 || error.status >= 500
  return true
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        retry: shouldRetry,
      },
      mutations: {
        retry: false,
      },
    },
  })
}
