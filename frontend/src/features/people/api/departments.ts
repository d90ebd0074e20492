/**
 * /api/v1/departments/ and /api/v1/department-memberships/: the office adds and renames departments, and puts
 * people in them as lead or member (one lead per department, the server says).
 */
import { useMutation, useQuery } from '@tanstack/react-query'
import { api } from '../../../lib/api'
import type { ApiModel, ApiSchema, Paginated } from '../../../types/api'
import { peopleKey, useInvalidatePeople, type MembershipRole } from './people'

export type Department = ApiModel<'Department'>
export type Membership = ApiModel<'Membership'>
export type DepartmentInput = ApiSchema<'DepartmentRequest'>

const departmentsKey = [...peopleKey, 'departments'] as const

export function getDepartments(signal?: AbortSignal) {
  return api.get<Paginated<Department>>('/departments/', { query: { page_size: 500 }, signal })
}

export function useDepartments() {
  return useQuery({ queryKey: departmentsKey, queryFn: ({ signal }) => getDepartments(signal) })
}

export function useCreateDepartment() {
  const invalidate = useInvalidatePeople()
  return useMutation({
    mutationFn: (input: DepartmentInput) => api.post<Department>('/departments/', input),
    onSettled: invalidate,
  })
}

export function useRenameDepartment() {
  const invalidate = useInvalidatePeople()
  return useMutation({
    mutationFn: ({ id, name }: { id: number; name: string }) => api.patch<Department>(`/departments/${id}/`, { name }),
    onSettled: invalidate,
  })
}

export interface MembershipInput {
  department: number
  user: number
  role: MembershipRole
}

export function useAddMembership() {
  const invalidate = useInvalidatePeople()
  return useMutation({
    mutationFn: (input: MembershipInput) => api.post<Membership>('/department-memberships/', input),
    onSettled: invalidate,
  })
}

export function useChangeMembershipRole() {
  const invalidate = useInvalidatePeople()
  return useMutation({
    mutationFn: ({ id, role }: { id: number; role: MembershipRole }) =>
      api.patch<Membership>(`/department-memberships/${id}/`, { role }),
    onSettled: invalidate,
  })
}

export function useRemoveMembership() {
  const invalidate = useInvalidatePeople()
  return useMutation({
    mutationFn: (id: number) => api.delete(`/department-memberships/${id}/`),
    onSettled: invalidate,
  })
}
