import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { mockFetch } from '../../../test/fetch'
import { renderWithProviders } from '../../../test/render'
import { GateApprovalPanel, GateDetails } from './GateApprovalPanel'

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
/** Approved by both approvers in round 1; after a reopening, pending in round 2 with no decision yet. */
const approvedGate = (reopened: boolean) => ({
  ...gate(!reopened),
  status: reopened ? 'pending' : 'approved',
  round: reopened ? 2 : 1,
  approved_at: reopened ? null : '2027-03-02T10:00:00Z',
  criteria_detail: [{ id: 1, title: 'Release', status: 'done' }, { id: 2, title: 'Brief', status: 'done' }],
  approvers: reopened
    ? gate(false).approvers
    : [
        gate(true).approvers[0],
        { department: 2, department_name: 'PR', decision: 'approve', actor: { id: 8, username: 'pr', full_name: 'Pat Reed' }, decided_at: '2027-03-02T10:00:00Z' },
      ],
})
const listOf = (...results: unknown[]) => ({ count: results.length, next: null, previous: null, results })
const office = { id: 1, is_office: true, departments: [] }

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
    expect(card).toHaveAttribute('id', 'gate-9')
    expect(within(card).getByText('1/2')).toBeInTheDocument()
    expect(within(card).getByRole('progressbar', { name: 'Criteria done: 1 of 2' })).toHaveAttribute('value', '1')
    expect(within(card).getByText('Pending')).toBeInTheDocument()
    expect(within(card).getByText('PR lead')).toBeInTheDocument()
    fireEvent.click(within(card).getByRole('button', { name: 'Approve' }))

    expect(await within(card).findByText(/✓ approved by Cora Sandoval/)).toBeInTheDocument()
    expect(within(card).getByRole('button', { name: 'Approved by you' })).toBeDisabled()
    expect(sent).toEqual({ decision: 'approve', comment: '', department: null })
    expect(ifMatch).toBe('"g1"')
  })

  it('does not offer to approve again once the chosen approver has approved (issue 16)', async () => {
    mockFetch({ 'GET /api/v1/gates/': () => ({ body: page(true) }) })
    renderWithProviders(<GateApprovalPanel launchId={1} viewer={{ id: 1, is_office: true, departments: [] }} />)
    const card = await screen.findByRole('article', { name: 'Go/No-Go' })
    const approved = within(card).getByRole('button', { name: 'Approved by you' })
    expect(approved).toBeDisabled()
    expect(within(card).queryByRole('button', { name: 'Approve' })).not.toBeInTheDocument()
    // Rejecting stays possible (with a comment): the office may change its mind.
    fireEvent.click(within(card).getByRole('button', { name: 'Reject…' }))
    expect(within(card).getByRole('button', { name: 'Reject' })).toBeDisabled()
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
    fireEvent.click(within(card).getByRole('button', { name: 'Reject…' }))
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
    expect(within(card).queryByRole('button', { name: /Reject/ })).not.toBeInTheDocument()
    expect(within(card).getAllByText('not decided yet')).toHaveLength(2)
  })

  it("shows a lead their department's control: Approve and Reject… while undecided, with the reason sent", async () => {
    let sent: unknown = null
    mockFetch({
      'GET /api/v1/gates/': { body: page(false) },
      'GET /api/v1/gates/9/': { body: gate(false), headers: { ETag: '"g1"' } },
      'POST /api/v1/gates/9/decide/': (init) => {
        sent = JSON.parse(String(init?.body))
        return { body: gate(false), headers: { ETag: '"g2"' } }
      },
    })
    renderWithProviders(<GateApprovalPanel launchId={1} viewer={{ id: 8, is_office: false, departments: [{ id: 2, role: 'lead' }] }} />)
    const card = await screen.findByRole('article', { name: 'Go/No-Go' })
    const control = within(card).getByRole('group', { name: 'Decide on Go/No-Go' })
    expect(within(control).getByRole('button', { name: 'Approve' })).toBeEnabled()
    fireEvent.click(within(control).getByRole('button', { name: 'Reject…' }))
    const reject = within(control).getByRole('button', { name: 'Reject' })
    expect(reject).toBeDisabled()
    fireEvent.change(within(control).getByLabelText('Comment (needed to reject)'), { target: { value: 'Brief missing' } })
    fireEvent.click(reject)
    expect(await within(control).findByRole('status')).toHaveTextContent('Your decision is recorded.')
    expect(sent).toEqual({ decision: 'reject', comment: 'Brief missing', department: 2 })
    // The office's link to edit gates is the office's only.
    expect(screen.queryByRole('link', { name: /change gates/ })).not.toBeInTheDocument()
  })

  it('after a rejection says who rejected and offers to approve instead', async () => {
    const rejected = {
      ...gate(false),
      status: 'rejected',
      approvers: [
        { department: null, department_name: null, decision: null, actor: null, decided_at: null },
        { department: 2, department_name: 'PR', decision: 'reject', actor: { id: 8, username: 'pr', full_name: 'Pat Reed' }, decided_at: '2027-03-02T10:00:00Z' },
      ],
    }
    mockFetch({ 'GET /api/v1/gates/': { body: { count: 1, next: null, previous: null, results: [rejected] } } })
    renderWithProviders(<GateApprovalPanel launchId={1} viewer={{ id: 8, is_office: false, departments: [{ id: 2, role: 'lead' }] }} />)
    const card = await screen.findByRole('article', { name: 'Go/No-Go' })
    expect(within(card).getByText('Rejected')).toBeInTheDocument()
    expect(within(card).getByText('Rejected by you')).toBeInTheDocument()
    expect(within(card).getByRole('button', { name: 'Approve instead' })).toBeEnabled()
    expect(within(card).queryByRole('button', { name: 'Reject…' })).not.toBeInTheDocument()
  })

  it('gives the office a control per slot it holds, and a link to define gates', async () => {
    mockFetch({ 'GET /api/v1/gates/': { body: page(true) } })
    renderWithProviders(<GateApprovalPanel launchId={1} viewer={{ id: 1, is_office: true, departments: [{ id: 2, role: 'lead' }] }} />)
    const card = await screen.findByRole('article', { name: 'Go/No-Go' })
    const office = within(card).getByRole('group', { name: 'Decide as Social Business Office' })
    expect(within(office).getByRole('button', { name: 'Approved by you' })).toBeDisabled()
    const pr = within(card).getByRole('group', { name: 'Decide as PR lead' })
    expect(within(pr).getByRole('button', { name: 'Approve' })).toBeEnabled()
    expect(screen.getByRole('link', { name: 'Add or change gates in Settings' })).toHaveAttribute('href', '/launches/1/settings#gates')
  })

  describe('reopening a decided gate (office)', () => {
    it('asks why, sends the reason with If-Match, and the row shows the new round as pending', async () => {
      let reopened = false
      let sent: unknown = null
      let ifMatch: string | null = null
      mockFetch({
        'GET /api/v1/gates/': () => ({ body: listOf(approvedGate(reopened)) }),
        'GET /api/v1/gates/9/': () => ({ body: approvedGate(reopened), headers: { ETag: reopened ? '"r2"' : '"r1"' } }),
        'POST /api/v1/gates/9/reopen/': (init) => {
          sent = JSON.parse(String(init?.body))
          ifMatch = new Headers(init?.headers).get('If-Match')
          reopened = true
          return { body: approvedGate(true), headers: { ETag: '"r2"' } }
        },
      })
      renderWithProviders(<GateApprovalPanel launchId={1} viewer={office} />)
      const card = await screen.findByRole('article', { name: 'Go/No-Go' })
      expect(within(card).getByText('Approved')).toBeInTheDocument()
      fireEvent.click(within(card).getByRole('button', { name: 'Reopen…' }))

      const dialog = screen.getByRole('dialog', { name: 'Reopen “Go/No-Go”' })
      const submit = within(dialog).getByRole('button', { name: 'Reopen gate' })
      expect(submit).toBeDisabled() // a reason is needed
      fireEvent.change(within(dialog).getByLabelText('Why reopen it?'), { target: { value: '  Press kit changed  ' } })
      fireEvent.click(submit)

      await waitFor(() => expect(dialog).not.toBeInTheDocument())
      expect(sent).toEqual({ reason: 'Press kit changed' })
      expect(ifMatch).toBe('"r1"')
      expect(await within(card).findByText('Pending')).toBeInTheDocument()
      expect(within(card).getByText(/· round 2$/)).toBeInTheDocument()
      expect(within(card).getByRole('status')).toHaveTextContent('Gate reopened: round 2 awaits its approvers.')
      expect(within(card).getAllByText('not decided yet')).toHaveLength(2)
      // A pending gate has nothing to reopen; the office decides again instead.
      expect(within(card).queryByRole('button', { name: 'Reopen…' })).not.toBeInTheDocument()
      expect(within(card).getByRole('button', { name: 'Approve' })).toBeEnabled()
    })

    it('offers Reopen… on a rejected gate too, and none on a pending one', async () => {
      const rejected = { ...gate(false), id: 10, name: 'Readiness', status: 'rejected' }
      mockFetch({ 'GET /api/v1/gates/': { body: listOf(gate(false), rejected) } })
      renderWithProviders(<GateApprovalPanel launchId={1} viewer={office} />)
      const pending = await screen.findByRole('article', { name: 'Go/No-Go' })
      expect(within(pending).queryByRole('button', { name: 'Reopen…' })).not.toBeInTheDocument()
      const card = screen.getByRole('article', { name: 'Readiness' })
      expect(within(card).getByRole('button', { name: 'Reopen…' })).toBeEnabled()
    })

    it("shows the server's refusal plainly and keeps the reason", async () => {
      mockFetch({
        'GET /api/v1/gates/': { body: listOf(approvedGate(false)) },
        'GET /api/v1/gates/9/': { body: approvedGate(false), headers: { ETag: '"r1"' } },
        'POST /api/v1/gates/9/reopen/': {
          status: 409,
          body: { code: 'launch_already_launched', message: 'Gate “Go/No-Go” cannot reopen: its launch is launched, so its gates stay as decided.', extra: { launch_status: 'launched' } },
        },
      })
      renderWithProviders(<GateApprovalPanel launchId={1} viewer={office} />)
      const card = await screen.findByRole('article', { name: 'Go/No-Go' })
      fireEvent.click(within(card).getByRole('button', { name: 'Reopen…' }))
      const dialog = screen.getByRole('dialog', { name: 'Reopen “Go/No-Go”' })
      fireEvent.change(within(dialog).getByLabelText('Why reopen it?'), { target: { value: 'Press kit changed' } })
      fireEvent.click(within(dialog).getByRole('button', { name: 'Reopen gate' }))
      expect(await within(dialog).findByRole('alert')).toHaveTextContent(
        'Not reopened: Gate “Go/No-Go” cannot reopen: its launch is launched, so its gates stay as decided.',
      )
      expect(within(dialog).getByLabelText('Why reopen it?')).toHaveValue('Press kit changed')
    })

    it('shows a refused reason under its field', async () => {
      mockFetch({
        'GET /api/v1/gates/': { body: listOf(approvedGate(false)) },
        'GET /api/v1/gates/9/': { body: approvedGate(false), headers: { ETag: '"r1"' } },
        'POST /api/v1/gates/9/reopen/': {
          status: 400,
          body: { code: 'invalid', message: 'Ensure this field has no more than 5000 characters.', extra: { fields: { reason: ['Ensure this field has no more than 5000 characters.'] } } },
        },
      })
      renderWithProviders(<GateApprovalPanel launchId={1} viewer={office} />)
      const card = await screen.findByRole('article', { name: 'Go/No-Go' })
      fireEvent.click(within(card).getByRole('button', { name: 'Reopen…' }))
      const dialog = screen.getByRole('dialog', { name: 'Reopen “Go/No-Go”' })
      const reason = within(dialog).getByLabelText('Why reopen it?')
      fireEvent.change(reason, { target: { value: 'Too long, says the server' } })
      fireEvent.click(within(dialog).getByRole('button', { name: 'Reopen gate' }))
      expect(await within(dialog).findByRole('alert')).toHaveTextContent('Ensure this field has no more than 5000 characters.')
      expect(reason).toHaveAttribute('aria-invalid', 'true')
    })

    it('sends nothing when the gate changed since it was shown, and says so', async () => {
      const fetchMock = mockFetch({
        'GET /api/v1/gates/': { body: listOf(approvedGate(false)) },
        'GET /api/v1/gates/9/': { body: approvedGate(true), headers: { ETag: '"r2"' } },
      })
      renderWithProviders(<GateApprovalPanel launchId={1} viewer={office} />)
      const card = await screen.findByRole('article', { name: 'Go/No-Go' })
      fireEvent.click(within(card).getByRole('button', { name: 'Reopen…' }))
      const dialog = screen.getByRole('dialog', { name: 'Reopen “Go/No-Go”' })
      fireEvent.change(within(dialog).getByLabelText('Why reopen it?'), { target: { value: 'Press kit changed' } })
      fireEvent.click(within(dialog).getByRole('button', { name: 'Reopen gate' }))
      expect(await within(dialog).findByRole('alert')).toHaveTextContent(/^Not reopened: this gate was changed by someone else/)
      expect(fetchMock.mock.calls.some(([, init]) => init?.method === 'POST')).toBe(false)
    })

    it.each([
      ['a lead who approves it', { id: 8, is_office: false, departments: [{ id: 2, role: 'lead' as const }] }],
      ['another lead', { id: 7, is_office: false, departments: [{ id: 3, role: 'lead' as const }] }],
      ['a member', { id: 6, is_office: false, departments: [{ id: 2, role: 'member' as const }] }],
      ['a viewer', { id: 5, is_office: false, departments: [] }],
    ])('offers no Reopen to %s', async (_who, viewer) => {
      mockFetch({ 'GET /api/v1/gates/': { body: listOf(approvedGate(false), { ...gate(false), id: 10, name: 'Readiness', status: 'rejected' }) } })
      renderWithProviders(<GateApprovalPanel launchId={1} viewer={viewer} />)
      await screen.findByRole('article', { name: 'Go/No-Go' })
      expect(screen.queryByRole('button', { name: 'Reopen…' })).not.toBeInTheDocument()
    })
  })
})

describe('GateDetails', () => {
  const prLead = { id: 6, is_office: false, departments: [{ id: 2, role: 'lead' as const }] }

  it('shows one gate for a side panel: its status, progress, decisions and the viewer’s control, with no row id', async () => {
    mockFetch({ 'GET /api/v1/gates/': { body: page(false) } })
    const { container } = renderWithProviders(<GateDetails launchId={1} gateId={9} viewer={prLead} />)
    expect(await screen.findByText('1/2')).toBeInTheDocument()
    expect(screen.getByText('Pending')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: /^Approve/ })).toBeEnabled()
    // The rows below the timeline keep id="gate-9" (the jump target); the panel must not repeat it.
    expect(container.querySelector('#gate-9')).toBeNull()
  })

  it('says so when the gate is gone', async () => {
    mockFetch({ 'GET /api/v1/gates/': { body: listOf() } })
    renderWithProviders(<GateDetails launchId={1} gateId={9} viewer={office} />)
    expect(await screen.findByText('This gate was deleted.')).toBeInTheDocument()
  })
})
