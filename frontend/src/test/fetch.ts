/** A stand-in for fetch in tests: answers by method and path, records every call. */
import { vi } from 'vitest'

export interface FakeResponse {
  status?: number
  body?: unknown
  headers?: Record<string, string>
}

/** A function route also gets the URL, for its query string (?page=2). */
export type FakeRoutes = Record<string, FakeResponse | ((init: RequestInit | undefined, url: URL) => FakeResponse)>

export function jsonResponse({ status = 200, body, headers }: FakeResponse): Response {
  const text = body === undefined ? null : typeof body === 'string' ? body : JSON.stringify(body)
  return new Response(status === 204 ? null : text, {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  })
}

/** Stubs global fetch; routes are keyed "GET /api/v1/me/" (the query string is ignored). Unknown routes answer 404. */
export function mockFetch(routes: FakeRoutes) {
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input), 'http://localhost')
    const key = `${(init?.method ?? 'GET').toUpperCase()} ${url.pathname}`
    const route = routes[key]
    if (!route) return jsonResponse({ status: 404, body: { code: 'not_found', message: `No route ${key}`, extra: {} } })
    return jsonResponse(typeof route === 'function' ? route(init, url) : route)
  })
  vi.stubGlobal('fetch', fetchMock)
  return fetchMock
}
