/** /api/v1/recruitment-roles/?launch=: the roles HR recruits for a launch; writes send If-Match. */
import { useMutation, useQuery } from '@tanstack/react-query'
import { api, apiRequestWithEtag } from '../../../lib/api'
import { launchActivityKey, launchKey, launchReadinessKey, useInvalidateLaunch } from '../../../lib/queryKeys'
import type { ApiModel, ApiSchema, Paginated } from '../../../types/api'
import { etagIfUnchanged } from '../../../lib/ifMatch'

export type RecruitmentStatus = ApiSchema<'RecruitmentStatusEnum'>

export const RECRUITMENT_STATUS_LABELS: Record<RecruitmentStatus, string> = {
  open: 'Open',
  interviewing: 'Interviewing',
  filled: 'Filled',
  cancelled: 'Cancelled',
}

/** `count`: how many people, at least 1. */
export type RecruitmentRole = ApiModel<'RecruitmentRole'>

/** What the role form sends, every field. */
export type RoleInput = Required<ApiSchema<'PatchedRecruitmentRoleUpdateRequest'>>

export const recruitmentRolesQueryKey = (launchId: number) => [...launchKey(launchId), 'recruitment-roles'] as const

const rolePath = (id: number) => `/recruitment-roles/${id}/`

export function getRecruitmentRoles(launchId: number, signal?: AbortSignal) {
  return api.get<Paginated<RecruitmentRole>>('/recruitment-roles/', {
    query: { launch: launchId, page_size: 100 },
    signal,
  })
}

export function useRecruitmentRoles(launchId: number) {
  return useQuery({
    queryKey: recruitmentRolesQueryKey(launchId),
    queryFn: ({ signal }) => getRecruitmentRoles(launchId, signal),
  })
}

export function createRecruitmentRole(launchId: number, input: RoleInput) {
  return api.post<RecruitmentRole>('/recruitment-roles/', {
    launch: launchId,
    ...input,
  } satisfies ApiSchema<'RecruitmentRoleRequest'>)
}

/** Changes the role the list showed, with If-Match (a 412 when someone changed it since). */
export async function updateRecruitmentRole(role: RecruitmentRole, patch: Partial<RoleInput>) {
  const etag = await etagIfUnchanged(rolePath(role.id), role, 'role')
  const result = await apiRequestWithEtag<RecruitmentRole>(rolePath(role.id), {
    method: 'PATCH',
    body: patch,
    headers: { 'If-Match': etag },
  })
  return result.data
}

export async function deleteRecruitmentRole(role: RecruitmentRole) {
  const etag = await etagIfUnchanged(rolePath(role.id), role, 'role')
  await api.delete(rolePath(role.id), { headers: { 'If-Match': etag } })
}

/**
 * Roles count in readiness and show in the activity: every write reloads those and the list, and nothing else
 * of the launch (not the task options of the form, up to 20 pages).
 */
function useReloadRoles(launchId: number) {
  return useInvalidateLaunch(launchId, {
    only: [recruitmentRolesQueryKey(launchId), launchReadinessKey(launchId), launchActivityKey(launchId)],
  })
}

export function useCreateRecruitmentRole(launchId: number) {
  const reload = useReloadRoles(launchId)
  return useMutation({ mutationFn: (input: RoleInput) => createRecruitmentRole(launchId, input), onSettled: reload })
}

export function useUpdateRecruitmentRole(launchId: number) {
  const reload = useReloadRoles(launchId)
  return useMutation({
    mutationFn: ({ role, patch }: { role: RecruitmentRole; patch: Partial<RoleInput> }) =>
      updateRecruitmentRole(role, patch),
    onSettled: reload,
  })
}

export function useDeleteRecruitmentRole(launchId: number) {
  const reload = useReloadRoles(launchId)
  return useMutation({ mutationFn: deleteRecruitmentRole, onSettled: reload })
}
