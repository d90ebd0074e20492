import { describe, expect, it } from 'vitest'
import type { Approval, CommunicationStatus } from './api/communications'
import { communicationSteps, mayAskForBriefings } from './model'

const author = { id: 7, is_office: false, departments: [{ id: 2, role: 'member' as const }] }
const lead = { id: 9, is_office: false, departments: [{ id: 2, role: 'lead' as const }] }
const office = { id: 1, is_office: true, departments: [] }
const decided = [
  { id: 1, decision: 'reject' as const, actor: 1, named: false, submission: 1, comment: 'Too early.', created_at: '2027-01-02T00:00:00Z' },
]
const item = (status: CommunicationStatus, decisions: typeof decided = [], approval: Approval = 'office') => ({
  author: 7,
  status,
  decisions,
  approval,
  department: 2,
})

/** The names of the steps allowed. */
const allowed = (steps: ReturnType<typeof communicationSteps>) =>
  Object.entries(steps)
    .filter(([, ok]) => ok)
    .map(([name]) => name)

describe('communicationSteps', () => {
  it('lets the author edit, submit, withdraw and delete a fresh draft', () => {
    expect(allowed(communicationSteps(author, item('draft')))).toEqual(['edit', 'delete', 'submit', 'withdraw'])
  })

  it('keeps a draft that was once decided (rejected, then edited): it is withdrawn, not deleted', () => {
    expect(allowed(communicationSteps(author, item('draft', decided)))).toEqual(['edit', 'submit', 'withdraw'])
  })

  it('lets the author re-edit and resubmit a rejected item', () => {
    expect(allowed(communicationSteps(author, item('rejected', decided)))).toEqual(['edit', 'submit', 'withdraw'])
  })

  it('freezes the text once submitted: the office decides, the author may only withdraw', () => {
    expect(allowed(communicationSteps(author, item('submitted')))).toEqual(['withdraw'])
    expect(allowed(communicationSteps(office, item('submitted')))).toEqual(['decide', 'withdraw'])
  })

  it('publishes an approved item, and leaves published and withdrawn ones alone', () => {
    expect(allowed(communicationSteps(author, item('approved')))).toEqual(['publish', 'withdraw'])
    expect(allowed(communicationSteps(author, item('published')))).toEqual([])
    expect(allowed(communicationSteps(office, item('withdrawn')))).toEqual([])
  })

  it("gives others nothing, not even their department's lead; the office everything the author has", () => {
    expect(allowed(communicationSteps(lead, item('draft')))).toEqual([])
    expect(allowed(communicationSteps(office, item('draft')))).toEqual(['edit', 'delete', 'submit', 'withdraw'])
  })

  it("lets the department's lead decide where the kind's policy says so, and only then", () => {
    expect(allowed(communicationSteps(lead, item('submitted', [], 'lead')))).toEqual(['decide'])
    expect(allowed(communicationSteps(lead, item('submitted', [], 'office')))).toEqual([])
    const otherLead = { id: 10, is_office: false, departments: [{ id: 3, role: 'lead' as const }] }
    expect(allowed(communicationSteps(otherLead, item('submitted', [], 'lead')))).toEqual([])
    // A member of the department is no lead.
    expect(allowed(communicationSteps(author, item('submitted', [], 'lead')))).toEqual(['withdraw'])
    expect(allowed(communicationSteps(office, item('submitted', [], 'none')))).toEqual(['decide', 'withdraw'])
  })
})

describe('named approvers', () => {
  it('lets a named approver decide a submitted item whatever their role, under their name', () => {
    const viewer = { id: 42, is_office: false, departments: [] }
    const named = { ...item('submitted'), approvers: [42] }
    expect(allowed(communicationSteps(viewer, named))).toEqual(['decideAsNamed'])
    expect(allowed(communicationSteps(viewer, { ...named, status: 'draft' }))).toEqual([])
    expect(allowed(communicationSteps(viewer, { ...named, approvers: [] }))).toEqual([])
  })
})

describe('mayAskForBriefings', () => {
  it("asks for the office and the item's department, nobody else", () => {
    expect(mayAskForBriefings(office, { department: null })).toBe(true)
    expect(mayAskForBriefings(author, { department: 2 })).toBe(true)
    expect(mayAskForBriefings(author, { department: 3 })).toBe(false)
    expect(mayAskForBriefings(author, { department: null })).toBe(false)
    expect(mayAskForBriefings({ id: 4, is_office: false, departments: [] }, { department: 2 })).toBe(false)
  })
})
