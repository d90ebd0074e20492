import { describe, expect, it } from 'vitest'
import {
  canAddDependency,
  canDecideFor,
  canEditDependency,
  canDeleteFeedback,
  canPlanDeliverables,
  canPlanLaunch,
  canTriageFeedback,
  taskEditLevel,
  type Viewer,
} from './permissions'

const office: Viewer = { id: 1, is_office: true, departments: [] }
const prLead: Viewer = { id: 2, is_office: false, departments: [{ id: 20, role: 'lead' }] }
const prMember: Viewer = { id: 3, is_office: false, departments: [{ id: 20, role: 'member' }] }
const viewer: Viewer = { id: 4, is_office: false, departments: [] }

describe('taskEditLevel', () => {
  it('lets the office and the department lead change everything', () => {
    expect(taskEditLevel(office, { departmentId: 30, assignee: null })).toBe('all')
    expect(taskEditLevel(prLead, { departmentId: 20, assignee: 3 })).toBe('all')
  })

  it("keeps a lead out of another department's task", () => {
    expect(taskEditLevel(prLead, { departmentId: 30, assignee: null })).toBe('none')
  })

  it('lets the assignee change only the status, and nobody else', () => {
    expect(taskEditLevel(prMember, { departmentId: 20, assignee: 3 })).toBe('status')
    expect(taskEditLevel(prMember, { departmentId: 20, assignee: 2 })).toBe('none')
    expect(taskEditLevel(prMember, { departmentId: 20, assignee: 2, collaborators: [3] })).toBe('status')
    expect(taskEditLevel(prMember, { departmentId: 20, assignee: null, collaborators: [2, 4] })).toBe('none')
    expect(taskEditLevel(viewer, { departmentId: 20, assignee: null })).toBe('none')
  })
})

describe('other rules', () => {
  it('adds dependencies for the successor department lead or the office', () => {
    expect(canAddDependency(prLead, 20)).toBe(true)
    expect(canAddDependency(prLead, 30)).toBe(false)
    expect(canAddDependency(prMember, 20)).toBe(false)
    expect(canAddDependency(office, 30)).toBe(true)
  })

  it("edits a link as its successor's department lead; a milestone's link only as the office", () => {
    expect(canEditDependency(prLead, 20)).toBe(true)
    expect(canEditDependency(prLead, 30)).toBe(false)
    expect(canEditDependency(prMember, 20)).toBe(false)
    expect(canEditDependency(prLead, null)).toBe(false)
    expect(canEditDependency(office, null)).toBe(true)
  })

  it('moves launch day for the office only', () => {
    expect(canPlanLaunch(office)).toBe(true)
    expect(canPlanLaunch(prLead)).toBe(false)
  })

  it("decides a gate for the office slot as office, for a department's slot as its lead only", () => {
    expect(canDecideFor(office, null)).toBe(true)
    expect(canDecideFor(office, 20)).toBe(false)
    expect(canDecideFor(prLead, 20)).toBe(true)
    expect(canDecideFor(prLead, null)).toBe(false)
    expect(canDecideFor(prMember, 20)).toBe(false)
  })
})

describe('canPlanDeliverables', () => {
  const care = (role: 'lead' | 'member') => ({ is_office: false, departments: [{ slug: 'customer-care', role }] })

  it("lets the office and the department's lead and members plan its deliverables", () => {
    expect(canPlanDeliverables({ is_office: true, departments: [] }, 'hr')).toBe(true)
    expect(canPlanDeliverables(care('lead'), 'customer-care')).toBe(true)
    expect(canPlanDeliverables(care('member'), 'customer-care')).toBe(true)
  })

  it('keeps other departments and viewers out', () => {
    expect(canPlanDeliverables(care('lead'), 'hr')).toBe(false)
    expect(canPlanDeliverables({ is_office: false, departments: [] }, 'customer-care')).toBe(false)
  })
})

describe('feedback', () => {
  const engineering = (role: 'lead' | 'member') => ({ is_office: false, departments: [{ slug: 'engineering', role }] })
  const office = { is_office: true, departments: [] }
  const prLead = { is_office: false, departments: [{ slug: 'pr', role: 'lead' as const }] }

  it("lets the office and Engineering's lead and members record, import and triage feedback", () => {
    expect(canTriageFeedback(office)).toBe(true)
    expect(canTriageFeedback(engineering('lead'))).toBe(true)
    expect(canTriageFeedback(engineering('member'))).toBe(true)
    expect(canTriageFeedback(prLead)).toBe(false)
    expect(canTriageFeedback({ is_office: false, departments: [] })).toBe(false)
  })

  it("lets only the office and Engineering's lead delete feedback", () => {
    expect(canDeleteFeedback(office)).toBe(true)
    expect(canDeleteFeedback(engineering('lead'))).toBe(true)
    expect(canDeleteFeedback(engineering('member'))).toBe(false)
    expect(canDeleteFeedback(prLead)).toBe(false)
  })
})
