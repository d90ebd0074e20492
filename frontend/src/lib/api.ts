/** The one API client: fetch against /api/v1 with the session cookie, CSRF header and typed errors. */
import type { ApiErrorBody } from '../types/api'

export const API_BASE = '/api/v1'

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS', 'TRACE'])

/** A non-2xx answer (or no answer at all, status 0) carrying the server's {code, message, extra} body. */
export class ApiError extends Error {
  readonly status: number
  readonly code: string
  readonly extra: Record<string, unknown>
  readonly body: ApiErrorBody

  constructor(status: number, body: ApiErrorBody) {
    super(body.message)
    this.name = 'ApiError'
    this.status = status
    this.code = body.code
    this.extra = body.extra
    this.body = body
  }

  /** True when the request was refused for want of a signed-in user (or of the right one). */
  get isAuthError(): boolean {
    return this.status === 401 || this.status === 403
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** The server's {code, message, extra} body, or null when the answer has another shape. */
export function parseErrorBody(value: unknown): ApiErrorBody | null {
  if (!isObject(value) || typeof value.code !== 'string' || typeof value.message !== 'string') return null
  return { code: value.code, message: value.message, extra: isObject(value.extra) ? value.extra : {} }
}

/** Reads one cookie; Django's CSRF cookie is `csrftoken` and readable by scripts (CSRF_COOKIE_HTTPONLY off). */
export function readCookie(name: string): string | null {
  if (typeof document === 'undefined') return null
  for (const part of document.cookie.split(';')) {
    const [key, ...rest] = part.trim().split('=')
    if (key === name) return decodeURIComponent(rest.join('='))
  }
  return null
}

export type QueryParams = Record<string, string | number | boolean | null | undefined>

export interface RequestOptions {
  method?: string
  /** Sent as JSON; a FormData is sent as multipart/form-data (the browser sets the boundary). */
  body?: unknown
  query?: QueryParams
  signal?: AbortSignal
  /** Extra request headers, e.g. If-Match. */
  headers?: Record<string, string>
}

/** A parsed body with the answer's ETag (null when the server sent none). */
export interface WithEtag<T> {
  data: T
  etag: string | null
}

/** `path` is relative to /api/v1 and keeps Django's trailing slash: apiUrl('/me/') is '/api/v1/me/'. */
export function apiUrl(path: string, query?: QueryParams): string {
  const url = `${API_BASE}${path.startsWith('/') ? path : `/${path}`}`
  if (!query) return url
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null) params.append(key, String(value))
  }
  const search = params.toString()
  return search ? `${url}?${search}` : url
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text()
  if (!text) return undefined
  try {
    return JSON.parse(text) as unknown
  } catch {
    return undefined
  }
}

/** Sends one request and answers the parsed JSON body (undefined for 204); throws ApiError otherwise. */
export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<T> {
  return (await apiRequestWithEtag<T>(path, options)).data
}

/** Like apiRequest, and also answers the ETag, for writes that must send If-Match (PATCH on tasks). */
export async function apiRequestWithEtag<T>(path: string, options: RequestOptions = {}): Promise<WithEtag<T>> {
  const method = (options.method ?? 'GET').toUpperCase()
  const headers: Record<string, string> = { Accept: 'application/json', ...options.headers }
  const isForm = typeof FormData !== 'undefined' && options.body instanceof FormData
  if (options.body !== undefined && !isForm) headers['Content-Type'] = 'application/json'
  if (!SAFE_METHODS.has(method)) {
    const token = readCookie('csrftoken')
    if (token) headers['X-CSRFToken'] = token
  }

  let response: Response
  try {
    response = await fetch(apiUrl(path, options.query), {
      method,
      headers,
      body: options.body === undefined ? undefined : isForm ? (options.body as FormData) : JSON.stringify(options.body),
      credentials: 'same-origin',
      signal: options.signal,
    })
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error
    throw new ApiError(0, {
      code: 'network_error',
      message: 'The server could not be reached.',
      extra: {},
    })
  }

  const data = await readJson(response)
  if (!response.ok) {
    // A proxy or a crash can answer HTML; keep the status and make up a body of the usual shape.
    const body: ApiErrorBody = parseErrorBody(data) ?? {
      code: `http_${response.status}`,
      message: response.statusText || `The server answered ${response.status}.`,
      extra: {},
    }
    throw new ApiError(response.status, body)
  }
  return { data: data as T, etag: response.headers.get('ETag') }
}

export const api = {
  get: <T>(path: string, options?: Omit<RequestOptions, 'method' | 'body'>) =>
    apiRequest<T>(path, { ...options, method: 'GET' }),
  post: <T>(path: string, body?: unknown, options?: Omit<RequestOptions, 'method' | 'body'>) =>
    apiRequest<T>(path, { ...options, method: 'POST', body }),
  put: <T>(path: string, body?: unknown, options?: Omit<RequestOptions, 'method' | 'body'>) =>
    apiRequest<T>(path, { ...options, method: 'PUT', body }),
  patch: <T>(path: string, body?: unknown, options?: Omit<RequestOptions, 'method' | 'body'>) =>
    apiRequest<T>(path, { ...options, method: 'PATCH', body }),
  delete: <T = void>(path: string, options?: Omit<RequestOptions, 'method' | 'body'>) =>
    apiRequest<T>(path, { ...options, method: 'DELETE' }),
}
