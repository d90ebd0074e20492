import { fireEvent, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { mockFetch } from '../../../test/fetch'
import { renderWithProviders } from '../../../test/render'
import { GateApprovalPanel } from './GateApprovalPanel'

const gate = (decided: boolean) => ({
  id: 9, launch: 1, name: 'Go/No-Go', description: '', moment: '2027-03-15T08:00:00Z',
  criteria: [1, 2], criteria_detail: [{ id: 1, title: 'Release', status: 'done' }, { id: 2, title: 'Brief', status: 'todo' }],
  approver_departments: [2], status: 'pending', round: 1, approved_at: null,
  approvers: [
    { department: null, department_name: null, decision: decided ? 'approve' : null, actor: decided ? { id: 1, username: 'csbo', full_name: 'Cora Sandoval' } : null, decided_at: decided ? '2027-03-01T10:00:00Z' : null },
    { department: 2, department_name: 'PR', decision: null, actor: null, decided_at: null },
  ],
})
const page = (decided: boolean) => ({ count: 1, next: null, previous: null, results: [gate(decided)] })

describe('GateApprovalPanel', () => {
  it('shows criteria progress and approvers, and lets the office approve', async () => {
    let decided = false
    let sent: unknown = null
    mockFetch({
      'GET /api/v1/gates/': () => ({ body: page(decided) }),
      'POST /api/v1/gates/9/decide/': (init) => {
        sent = JSON.parse(String(init?.body))
        decided = true
        return { body: gate(true) }
      },
    })
    renderWithProviders(<GateApprovalPanel launchId={1} viewer={{ id: 1, is_office: true, departments: [] }} />)

    const card = await screen.findByRole('article', { name: 'Go/No-Go' })
    expect(within(card).getByText(/Criteria done: 1 of 2/)).toBeInTheDocument()
    expect(within(card).getByText('PR lead')).toBeInTheDocument()
    expect(within(card).getByRole('button', { name: 'Reject' })).toBeDisabled()
    fireEvent.click(within(card).getByRole('button', { name: 'Approve' }))

    expect(await within(card).findByText(/✓ approved by Cora Sandoval/)).toBeInTheDocument()
    expect(sent).toEqual({ decision: 'approve', comment: '', department: null })
  })

  it('offers no decision to someone who is not a required approver', async () => {
    mockFetch({ 'GET /api/v1/gates/': { body: page(false) } })
    renderWithProviders(<GateApprovalPanel launchId={1} viewer={{ id: 8, is_office: false, departments: [{ id: 3, role: 'lead' }] }} />)
    const card = await screen.findByRole('article', { name: 'Go/No-Go' })
    expect(within(card).queryByRole('button', { name: 'Approve' })).not.toBeInTheDocument()
  })
})
