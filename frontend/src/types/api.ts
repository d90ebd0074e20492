/** Shapes shared by every endpoint of the T-Minus REST API (/api/v1/). */

/** The one error body the server answers with; clients switch on `code`. */
export interface ApiErrorBody {
  code: string
  message: string
  extra: Record<string, unknown>
}

/** A page of a list endpoint (DRF page-number pagination). */
export interface Paginated<T> {
  count: number
  next: string | null
  previous: string | null
  results: T[]
}
