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
  it('shows criteria progress and approvers, and lets the office approve the version it saw (If-Match)', async () => {
    let decided = false
    let sent: unknown = null
    let ifMatch: string | null = null
    mockFetch({
      'GET /api/v1/gates/': () => ({ body: page(decided) }),
      'GET /api/v1/gates/9/': () => ({ body: gate(decided), headers: { ETag: decided ? '"g2"' : '"g1"' } }),
      'POST /api/v1/gates/9/decide/': (init) => {
        sent = JSON.parse(String(init?.body))
        ifMatch = new Headers(init?.headers).get('If-Match')
        decided = true
        return { body: gate(true), headers: { ETag: '"g2"' } }
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
    expect(ifMatch).toBe('"g1"')
  })

  it('does not offer to approve again once the chosen approver has approved (issue 16)', async () => {
    mockFetch({ 'GET /api/v1/gates/': () => ({ body: page(true) }) })
    renderWithProviders(<GateApprovalPanel launchId={1} viewer={{ id: 1, is_office: true, departments: [] }} />)
    const card = await screen.findByRole('article', { name: 'Go/No-Go' })
    const approved = within(card).getByRole('button', { name: 'Approved' })
    expect(approved).toBeDisabled()
    expect(within(card).queryByRole('button', { name: 'Approve' })).not.toBeInTheDocument()
    // Rejecting stays possible (with a comment): the office may change its mind.
    expect(within(card).getByRole('button', { name: 'Reject' })).toBeInTheDocument()
  })

  it('on a 412 says someone else changed the gate, reloads it and keeps the comment', async () => {
    let decided = false
    let listReads = 0
    mockFetch({
      'GET /api/v1/gates/': () => {
        listReads += 1
        return { body: page(decided) }
      },
      'GET /api/v1/gates/9/': { body: gate(false), headers: { ETag: '"g1"' } },
      'POST /api/v1/gates/9/decide/': () => {
        // Another office member approved in between.
        decided = true
        return { status: 412, body: { code: 'precondition_failed', message: 'This gate changed since you loaded it; reload it and apply your change again.', extra: { current_etag: '"g2"' } } }
      },
    })
    renderWithProviders(<GateApprovalPanel launchId={1} viewer={{ id: 1, is_office: true, departments: [] }} />)
    const card = await screen.findByRole('article', { name: 'Go/No-Go' })
    fireEvent.change(within(card).getByLabelText('Comment (needed to reject)'), { target: { value: 'Brief is late' } })
    fireEvent.click(within(card).getByRole('button', { name: 'Reject' }))

    expect(await within(card).findByRole('alert')).toHaveTextContent(
      /^Not recorded: this gate was changed by someone else since you loaded it .* It has been reloaded: check it and decide again\.$/,
    )
    expect(await within(card).findByText(/✓ approved by Cora Sandoval/)).toBeInTheDocument()
    expect(listReads).toBe(2)
    expect(within(card).getByLabelText('Comment (needed to reject)')).toHaveValue('Brief is late')
    expect(within(card).queryByRole('status')).not.toBeInTheDocument()
  })

  it('sends no decision when the gate is no longer the version shown', async () => {
    const fetchMock = mockFetch({
      'GET /api/v1/gates/': { body: page(false) },
      'GET /api/v1/gates/9/': { body: gate(true), headers: { ETag: '"g2"' } },
    })
    renderWithProviders(<GateApprovalPanel launchId={1} viewer={{ id: 1, is_office: true, departments: [] }} />)
    const card = await screen.findByRole('article', { name: 'Go/No-Go' })
    fireEvent.click(within(card).getByRole('button', { name: 'Approve' }))
    expect(await within(card).findByRole('alert')).toHaveTextContent(/^Not recorded: this gate was changed by someone else/)
    expect(fetchMock.mock.calls.some(([, init]) => init?.method === 'POST')).toBe(false)
  })

  it('offers no decision to someone who is not a required approver', async () => {
    mockFetch({ 'GET /api/v1/gates/': { body: page(false) } })
    renderWithProviders(<GateApprovalPanel launchId={1} viewer={{ id: 8, is_office: false, departments: [{ id: 3, role: 'lead' }] }} />)
    const card = await screen.findByRole('article', { name: 'Go/No-Go' })
    expect(within(card).queryByRole('button', { name: 'Approve' })).not.toBeInTheDocument()
  })
})
