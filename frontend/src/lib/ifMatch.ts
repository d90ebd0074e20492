/**
 * If-Match for writes started from a list (PRODUCT.md rule 6). A list answer carries no ETag per entry, so
 * such a write first reads the entry's detail, which does: if the entry is no longer what the list showed,
 * it stops with a 412 like the server's; otherwise it sends that version's ETag, and the server answers 412
 * if someone changes it in between.
 */
import { hashKey } from '@tanstack/react-query'
import { ApiError, apiRequestWithEtag } from './api'

/** The 412 a write answers when the version the user saw is not the current one. */
export function changedSinceLoaded(noun: string): ApiError {
  return new ApiError(412, {
    code: 'precondition_failed',
    message: `This ${noun} changed since you loaded it.`,
    extra: {},
  })
}

/**
 * The ETag of the entry at `path` (a detail URL under /api/v1) when it equals `shown`, the entry as its list
 * answered it (the list and the detail use the same serializer); rejects with a 412 otherwise.
 */
export async function etagIfUnchanged(path: string, shown: unknown, noun: string): Promise<string> {
  const current = await apiRequestWithEtag<unknown>(path)
  // hashKey is TanStack Query's stable JSON (object keys sorted): equal hashes, equal representations.
  if (!current.etag || hashKey([current.data]) !== hashKey([shown])) throw changedSinceLoaded(noun)
  return current.etag
}
