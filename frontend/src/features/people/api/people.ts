/**
 * /api/v1/users/: people with their departments and roles (the office sees deactivated ones too); the office adds
 * (invites) a person, changes one (If-Match), renews an invitation, and imports a CSV file of people.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api } from '../../../lib/api'
import { etagIfUnchanged } from '../../../lib/ifMatch'
import type { ApiModel, ApiSchema, Paginated } from '../../../types/api'

export type Person = ApiModel<'Person'>
export type PersonDepartment = ApiModel<'PersonDepartment'>
export type PersonCreated = ApiModel<'PersonCreated'>
export type MembershipRole = ApiSchema<'RoleEnum'>
export type NewPerson = ApiSchema<'PersonCreateRequest'>
export type PersonChange = ApiSchema<'PatchedPersonUpdateRequest'>
export type PeopleImportResult = ApiSchema<'PeopleImportResult'>
export type InvitationResult = ApiSchema<'InvitationResult'>

/** One bad row of an import (extra.rows of the 400): its line in the file (the header is row 1). */
export interface ImportRowError {
  row: number
  field: string | null
  message: string
}

/** Everything under ['people'] (the list, the departments): each people write reloads it. */
export const peopleKey = ['people'] as const
const peopleListKey = [...peopleKey, 'list'] as const

/** An organisation's staff fits in one page of the API's largest size. */
const PEOPLE_PAGE_SIZE = 500

export function getPeople(signal?: AbortSignal) {
  return api.get<Paginated<Person>>('/users/', {
    query: { include_inactive: true, page_size: PEOPLE_PAGE_SIZE, ordering: 'username' },
    signal,
  })
}

/** Everyone, deactivated people too (the office's view). */
export function usePeople() {
  return useQuery({ queryKey: peopleListKey, queryFn: ({ signal }) => getPeople(signal) })
}

/** Reloads the people and the departments (their leads and members), and the signed-in user's own roles. */
export function useInvalidatePeople() {
  const queryClient = useQueryClient()
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: peopleKey }),
      queryClient.invalidateQueries({ queryKey: ['departments'] }),
      queryClient.invalidateQueries({ queryKey: ['me'] }),
    ])
}

export function createPerson(person: NewPerson) {
  return api.post<PersonCreated>('/users/', person)
}

export function useCreatePerson() {
  const invalidate = useInvalidatePeople()
  return useMutation({ mutationFn: createPerson, onSettled: invalidate })
}

export interface PersonChangeInput {
  /** The person as the list shows them: the PATCH sends If-Match with that version's ETag. */
  person: Person
  change: PersonChange
}

const personPath = (id: number) => `/users/${id}/`

export async function updatePerson({ person, change }: PersonChangeInput) {
  const path = personPath(person.id)
  const etag = await etagIfUnchanged(path, person, 'person')
  return api.patch<Person>(path, change, { headers: { 'If-Match': etag } })
}

export function useUpdatePerson() {
  const invalidate = useInvalidatePeople()
  return useMutation({ mutationFn: updatePerson, onSettled: invalidate })
}

export function renewInvitation({ personId, sendEmail }: { personId: number; sendEmail: boolean }) {
  return api.post<InvitationResult>(`${personPath(personId)}invitation/`, { send_email: sendEmail })
}

export function useRenewInvitation() {
  return useMutation({ mutationFn: renewInvitation })
}

export interface PeopleImportInput {
  file: File
  dryRun: boolean
  sendInvitations: boolean
}

/** multipart/form-data: `file`, and the two options (docs/people.md). */
export function importPeople({ file, dryRun, sendInvitations }: PeopleImportInput) {
  const form = new FormData()
  form.append('file', file)
  form.append('dry_run', String(dryRun))
  form.append('send_invitations', String(sendInvitations))
  return api.post<PeopleImportResult>('/users/import/', form)
}

export function useImportPeople() {
  const invalidate = useInvalidatePeople()
  return useMutation({ mutationFn: importPeople, onSettled: invalidate })
}
