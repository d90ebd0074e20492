import type { MembershipRole, Person } from '../api/people'

export const ROLE_LABELS: Record<MembershipRole, string> = { lead: 'Lead', member: 'Member' }

/** "Marketing (lead), PR (member)", or "—" for nobody's department. */
export function departmentsText(person: Person): string {
  if (person.departments.length === 0) return '—'
  return person.departments.map((d) => `${d.department_name} (${d.role})`).join(', ')
}

/** Deactivated, invited (no password set yet) or active. */
export function statusText(person: Person): string {
  if (!person.is_active) return 'Deactivated'
  return person.invitation_pending ? 'Invited' : 'Active'
}

/** The set-password page as a full link, to hand over when no email goes. */
export function absoluteLink(path: string): string {
  return typeof window === 'undefined' ? path : `${window.location.origin}${path}`
}
