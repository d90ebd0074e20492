/** /api/v1/communications/{id}/: one communication with its ETag; PATCH and DELETE always send If-Match. */
import { useMutation, useQuery } from '@tanstack/react-query'
import { api, apiRequestWithEtag, type WithEtag } from '../../../lib/api'
import { changedSinceLoaded, etagIfUnchanged } from '../../../lib/ifMatch'
import { launchKey, useInvalidateLaunch } from '../../../lib/queryKeys'
import type { Communication, CommunicationFields } from './communications'

export const communicationQueryKey = (launchId: number, id: number) =>
  [...launchKey(launchId), 'communication', id] as const

export function getCommunication(id: number, signal?: AbortSignal): Promise<WithEtag<Communication>> {
  return apiRequestWithEtag<Communication>(`/communications/${id}/`, { signal })
}

/** The version an edit starts from: always read afresh, so the ETag is the server's current one. */
export function useCommunication(launchId: number, id: number) {
  return useQuery({
    queryKey: communicationQueryKey(launchId, id),
    queryFn: ({ signal }) => getCommunication(id, signal),
    staleTime: 0,
  })
}

export function patchCommunication(
  id: number,
  etag: string | null,
  fields: CommunicationFields,
): Promise<WithEtag<Communication>> {
  // Without an ETag the server would accept a blind overwrite; refuse to send one.
  if (!etag) return Promise.reject(changedSinceLoaded('communication'))
  return apiRequestWithEtag<Communication>(`/communications/${id}/`, {
    method: 'PATCH',
    body: fields,
    headers: { 'If-Match': etag },
  })
}

/** Deletes a draft as the calendar shows it (`item`), with that version's ETag. */
export async function deleteCommunication(item: Communication): Promise<void> {
  const path = `/communications/${item.id}/`
  const etag = await etagIfUnchanged(path, item, 'communication')
  await api.delete(path, { headers: { 'If-Match': etag } })
}

/**
 * Edits a draft (or a rejected item, which becomes a draft again) with the ETag of the version edited. The
 * launch's reload includes this detail, which an editor reads afresh anyway.
 */
export function useUpdateCommunication(launchId: number) {
  const invalidate = useInvalidateLaunch(launchId)
  return useMutation({
    mutationFn: ({ id, etag, fields }: { id: number; etag: string | null; fields: CommunicationFields }) =>
      patchCommunication(id, etag, fields),
    onSettled: invalidate,
  })
}

export function useDeleteCommunication(launchId: number) {
  const invalidate = useInvalidateLaunch(launchId)
  return useMutation({ mutationFn: deleteCommunication, onSettled: invalidate })
}
