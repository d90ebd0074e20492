import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { mockFetch } from '../../../test/fetch'
import { renderWithProviders } from '../../../test/render'
import { GateApprovalPanel } from './GateApprovalPanel'

const grace = { id: 42, username: 'ceo', full_name: 'Grace Hopper' }
const cora = { id: 1, username: 'csbo', full_name: 'Cora Sandoval' }
/** A gate that needs the office and the CEO (a viewer with no department) by name. */
const gate = (ceoApproved: boolean, officeApproved = false) => ({
  id: 9, launch: 1, name: 'Go/No-Go', description: '', schedule_mode: 'anchored', offset_days: -1, at: null,
  moment: '2027-03-15T08:00:00Z', criteria: [], criteria_detail: [],
  approver_departments: [], approver_users: [42], approver_users_detail: [grace],
  status: ceoApproved && officeApproved ? 'approved' : 'pending', round: 1, approved_at: null,
  approvers: [
    {
      kind: 'office', department: null, department_name: null, user: null,
      decision: officeApproved ? 'approve' : null, actor: officeApproved ? cora : null,
      decided_at: officeApproved ? '2027-03-02T10:00:00Z' : null,
    },
    {
      kind: 'named', department: null, department_name: null, user: grace,
      decision: ceoApproved ? 'approve' : null, actor: ceoApproved ? grace : null,
      decided_at: ceoApproved ? '2027-03-01T10:00:00Z' : null,
    },
  ],
  created_at: '', updated_at: '',
})
const listOf = (...results: unknown[]) => ({ count: results.length, next: null, previous: null, results })
const ceoViewer = { id: 42, is_office: false, departments: [] }

describe('named approvers of a gate', () => {
  it('lets a named approver with no department approve under their own name (as_named)', async () => {
    let sent: unknown = null
    let approved = false
    mockFetch({
      'GET /api/v1/gates/': () => ({ body: listOf(gate(approved)) }),
      'GET /api/v1/gates/9/': () => ({ body: gate(approved), headers: { ETag: '"g1"' } }),
      'POST /api/v1/gates/9/decide/': (init) => {
        sent = JSON.parse(String(init?.body))
        approved = true
        return { body: gate(true), headers: { ETag: '"g2"' } }
      },
    })
    renderWithProviders(<GateApprovalPanel launchId={1} viewer={ceoViewer} />)
    const card = await screen.findByRole('article', { name: 'Go/No-Go' })
    const approvers = within(card).getByRole('list', { name: 'Required approvers' })
    expect(within(approvers).getByText('Grace Hopper')).toBeInTheDocument()
    expect(within(approvers).getByText('(named approver)')).toBeInTheDocument()
    // Only their own slot: the office's is not theirs.
    expect(within(card).getAllByRole('button', { name: 'Approve' })).toHaveLength(1)
    fireEvent.click(within(card).getByRole('button', { name: 'Approve' }))
    await waitFor(() => expect(sent).toEqual({ decision: 'approve', comment: '', department: null, as_named: true }))
    expect(await within(card).findByText(/✓ approved by Grace Hopper/)).toBeInTheDocument()
    expect(within(card).getByText('Pending')).toBeInTheDocument() // the office still has to approve
    expect(within(card).getByRole('button', { name: 'Approved by you' })).toBeDisabled()
  })

  it('lets the office approve for the office while the named approver has approved', async () => {
    let sent: unknown = null
    mockFetch({
      'GET /api/v1/gates/': { body: listOf(gate(true)) },
      'GET /api/v1/gates/9/': { body: gate(true), headers: { ETag: '"g1"' } },
      'POST /api/v1/gates/9/decide/': (init) => {
        sent = JSON.parse(String(init?.body))
        return { body: gate(true, true), headers: { ETag: '"g2"' } }
      },
    })
    renderWithProviders(<GateApprovalPanel launchId={1} viewer={{ id: 1, is_office: true, departments: [] }} />)
    const card = await screen.findByRole('article', { name: 'Go/No-Go' })
    expect(within(card).getByText(/✓ approved by Grace Hopper/)).toBeInTheDocument()
    fireEvent.click(within(card).getByRole('button', { name: 'Approve' }))
    await waitFor(() => expect(sent).toEqual({ decision: 'approve', comment: '', department: null }))
  })

  it('offers a viewer the gate names nobody a decision', async () => {
    mockFetch({ 'GET /api/v1/gates/': { body: listOf(gate(false)) } })
    renderWithProviders(<GateApprovalPanel launchId={1} viewer={{ id: 77, is_office: false, departments: [] }} />)
    const card = await screen.findByRole('article', { name: 'Go/No-Go' })
    expect(within(card).queryByRole('button', { name: /Approve|Reject/ })).not.toBeInTheDocument()
    expect(within(card).getAllByText('not decided yet')).toHaveLength(2)
  })
})
