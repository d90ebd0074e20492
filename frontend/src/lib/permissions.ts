/**
 * What the signed-in user may change, mirroring the server's access_* checks (PRODUCT.md rule 5) so the UI
 * hides or disables what the API would refuse. The API stays the authority: these only shape the UI.
 */
import type { ApiModel, ApiSchema } from '../types/api'

type ViewerDepartment = ApiSchema<'MeDepartment'>

/** The parts of GET /me/ the rules need (the session feature's Me satisfies it). */
export type Viewer = Pick<ApiModel<'Me'>, 'id' | 'is_office'> & {
  departments: Pick<ViewerDepartment, 'id' | 'role'>[]
}

export function leadsDepartment(viewer: Viewer, departmentId: number): boolean {
  return viewer.is_office || viewer.departments.some((d) => d.id === departmentId && d.role === 'lead')
}

/** 'all': dates, assignee, status; 'status': the assignee's or a collaborator's own task; 'none': read only. */
export type TaskEditLevel = 'all' | 'status' | 'none'

export function taskEditLevel(
  viewer: Viewer,
  task: { departmentId: number; assignee: number | null; collaborators?: readonly number[] },
): TaskEditLevel {
  if (leadsDepartment(viewer, task.departmentId)) return 'all'
  if (task.assignee !== null && task.assignee === viewer.id) return 'status'
  if (task.collaborators?.includes(viewer.id)) return 'status'
  return 'none'
}

/** A dependency is added by the office or the lead of the successor's department. */
export function canAddDependency(viewer: Viewer, successorDepartmentId: number): boolean {
  return leadsDepartment(viewer, successorDepartmentId)
}

/**
 * A link's type and lag are changed, and the link removed, by the office or the lead of its successor task's
 * department (null: the successor is a milestone, the office's). launches/services.py _dependency_require_editor.
 */
export function canEditDependency(viewer: Viewer, successorDepartmentId: number | null): boolean {
  if (successorDepartmentId === null) return viewer.is_office
  return leadsDepartment(viewer, successorDepartmentId)
}

/** Launch day, milestones and gates are the office's. */
export function canPlanLaunch(viewer: Viewer): boolean {
  return viewer.is_office
}

/** A gate's approver slot: the office's (department null) or a named department's, decided by its lead only. */
export function canDecideFor(viewer: Viewer, department: number | null): boolean {
  if (department === null) return viewer.is_office
  return viewer.departments.some((d) => d.id === department && d.role === 'lead')
}

/** The department whose feedback the API tracks (feedback/services.py ENGINEERING). */
export const FEEDBACK_DEPARTMENT = 'engineering'

/**
 * Feedback is Engineering's: the office or Engineering's members and leads record (add one item), import
 * and triage it (feedback/services.py _require_engineering).
 */
export function canTriageFeedback(viewer: {
  is_office: boolean
  departments: Pick<ViewerDepartment, 'slug'>[]
}): boolean {
  return viewer.is_office || viewer.departments.some((d) => d.slug === FEEDBACK_DEPARTMENT)
}

/** Deleting feedback is for the office and Engineering's lead only (feedback_item_delete, lead=True). */
export function canDeleteFeedback(viewer: {
  is_office: boolean
  departments: Pick<ViewerDepartment, 'slug' | 'role'>[]
}): boolean {
  return viewer.is_office || viewer.departments.some((d) => d.slug === FEEDBACK_DEPARTMENT && d.role === 'lead')
}

/** A communication's steps other than the office's decision: its author, or the office. */
export function isAuthorOrOffice(viewer: Viewer, authorId: number): boolean {
  return viewer.is_office || viewer.id === authorId
}

/** The departments whose deliverables the API tracks: knowledge base articles and recruitment roles. */
export const KNOWLEDGE_BASE_DEPARTMENT = 'customer-care'
export const RECRUITING_DEPARTMENT = 'hr'

/**
 * A department's deliverables (Customer Care's knowledge base, HR's recruiting): the office and that
 * department's lead and members plan them (accounts/access.py access_require_department_membership).
 */
export function canPlanDeliverables(
  viewer: { is_office: boolean; departments: Pick<ViewerDepartment, 'slug'>[] },
  departmentSlug: string,
): boolean {
  return viewer.is_office || viewer.departments.some((d) => d.slug === departmentSlug)
}
