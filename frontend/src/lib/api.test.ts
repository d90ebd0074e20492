import { describe, expect, it } from 'vitest'
import { mockFetch } from '../test/fetch'
import { api, ApiError, apiRequest, apiUrl, isApiError } from './api'

describe('apiUrl', () => {
  it('prefixes /api/v1 and drops empty query values', () => {
    expect(apiUrl('/launches/')).toBe('/api/v1/launches/')
    expect(apiUrl('me/')).toBe('/api/v1/me/')
    expect(apiUrl('/launches/', { page: 2, status: undefined, q: null })).toBe('/api/v1/launches/?page=2')
  })
})

describe('apiRequest', () => {
  it('parses a JSON answer and sends the session cookie', async () => {
    const fetchMock = mockFetch({ 'GET /api/v1/me/': { body: { id: 1, username: 'csbo' } } })

    await expect(api.get('/me/')).resolves.toEqual({ id: 1, username: 'csbo' })

    const [url, init] = fetchMock.mock.calls[0]!
    expect(url).toBe('/api/v1/me/')
    expect(init?.credentials).toBe('same-origin')
    expect(new Headers(init?.headers).get('X-CSRFToken')).toBeNull()
  })

  it('sends the csrftoken cookie as X-CSRFToken on unsafe methods, with a JSON body', async () => {
    document.cookie = 'sessionid=abc'
    document.cookie = 'csrftoken=tok%2Den'
    const fetchMock = mockFetch({ 'POST /api/v1/launches/': { status: 201, body: { id: 7 } } })

    await expect(api.post('/launches/', { name: 'Aurora' })).resolves.toEqual({ id: 7 })

    const init = fetchMock.mock.calls[0]![1]
    const headers = new Headers(init?.headers)
    expect(headers.get('X-CSRFToken')).toBe('tok-en')
    expect(headers.get('Content-Type')).toBe('application/json')
    expect(init?.body).toBe('{"name":"Aurora"}')
  })

  it('answers undefined for 204 No Content', async () => {
    mockFetch({ 'DELETE /api/v1/auth/session/': { status: 204 } })
    await expect(api.delete('/auth/session/')).resolves.toBeUndefined()
  })

  it('throws an ApiError carrying the status and the server error body', async () => {
    const body = {
      code: 'dependency_cycle',
      message: 'This dependency would close a cycle.',
      extra: { cycle: [3, 5, 3] },
    }
    mockFetch({ 'POST /api/v1/dependencies/': { status: 409, body } })

    const error = await apiRequest('/dependencies/', { method: 'POST', body: {} }).catch((e: unknown) => e)

    expect(isApiError(error)).toBe(true)
    const apiError = error as ApiError
    expect(apiError).toBeInstanceOf(Error)
    expect(apiError.status).toBe(409)
    expect(apiError.code).toBe('dependency_cycle')
    expect(apiError.message).toBe('This dependency would close a cycle.')
    expect(apiError.extra).toEqual({ cycle: [3, 5, 3] })
    expect(apiError.body).toEqual(body)
    expect(apiError.isAuthError).toBe(false)
  })

  it('marks 401 and 403 as auth errors', async () => {
    mockFetch({
      'GET /api/v1/me/': {
        status: 403,
        body: { code: 'not_authenticated', message: 'Authentication credentials were not provided.', extra: {} },
      },
    })
    const error = await api.get('/me/').catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ApiError)
    expect((error as ApiError).isAuthError).toBe(true)
    expect((error as ApiError).code).toBe('not_authenticated')
  })

  it('makes up a body of the usual shape when the error answer is not one', async () => {
    mockFetch({ 'GET /api/v1/launches/': { status: 502, body: '<html>Bad gateway</html>' } })
    const error = (await api.get('/launches/').catch((e: unknown) => e)) as ApiError
    expect(error).toBeInstanceOf(ApiError)
    expect(error.status).toBe(502)
    expect(error.code).toBe('http_502')
    expect(error.extra).toEqual({})
  })

  it('turns a network failure into an ApiError of status 0', async () => {
    mockFetch({ 'GET /api/v1/me/': () => { throw new TypeError('Failed to fetch') } })
    const error = (await api.get('/me/').catch((e: unknown) => e)) as ApiError
    expect(error).toBeInstanceOf(ApiError)
    expect(error.status).toBe(0)
    expect(error.code).toBe('network_error')
  })
})
