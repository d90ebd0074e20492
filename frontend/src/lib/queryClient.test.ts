import { describe, expect, it } from 'vitest'
import { ApiError } from './api'
import { shouldRetry } from './queryClient'

const apiError = (status: number) => new ApiError(status, { code: 'x', message: 'x', extra: {} })

describe('shouldRetry', () => {
  it('never retries a 4xx answer', () => {
    expect(shouldRetry(0, apiError(401))).toBe(false)
    expect(shouldRetry(0, apiError(409))).toBe(false)
  })

  it('retries 5xx and network failures a couple of times', () => {
    expect(shouldRetry(0, apiError(503))).toBe(true)
    expect(shouldRetry(1, apiError(0))).toBe(true)
    expect(shouldRetry(2, apiError(503))).toBe(false)
  })
})
