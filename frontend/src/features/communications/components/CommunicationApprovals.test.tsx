import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { communicationPage, makeCommunication } from '../../../test/communicationData'
import { mockFetch } from '../../../test/fetch'
import { renderWithProviders } from '../../../test/render'
import { CommunicationsCalendar } from './CommunicationsCalendar'

const grace = { id: 42, username: 'ceo', full_name: 'Grace Hopper' }
const cora = { id: 1, username: 'csbo', full_name: 'Cora Sandoval' }
const submitted = (graceDecided = false) =>
  makeCommunication({
    status: 'submitted',
    approvers: [42],
    approvers_detail: [grace],
    approvals: [
      { kind: 'approver', user: null, decision: 'approve', actor: cora, decided_at: '2027-03-01T10:00:00Z' },
      {
        kind: 'named', user: grace, decision: graceDecided ? 'approve' : null, actor: graceDecided ? grace : null,
        decided_at: graceDecided ? '2027-03-02T10:00:00Z' : null,
      },
    ],
  })

describe('named approvers of a communication', () => {
  it('shows each approval and lets a named approver with no department approve under their name', async () => {
    let sent: unknown = null
    mockFetch({
      'GET /api/v1/communications/': { body: communicationPage([submitted()]) },
      'GET /api/v1/communications/5/': { body: submitted(), headers: { ETag: '"c1"' } },
      'POST /api/v1/communications/5/decide/': (init) => {
        sent = JSON.parse(String(init?.body))
        return { body: submitted(true), headers: { ETag: '"c2"' } }
      },
    })
    const viewer = { id: 42, is_office: false, departments: [] }
    renderWithProviders(<CommunicationsCalendar launchId={1} viewer={viewer} gates={[]} conflicts={[]} />)
    const card = await screen.findByRole('article', { name: 'Aurora announced' })
    const approvals = within(card).getByRole('list', { name: 'Approvals' })
    expect(within(approvals).getByText(/✓ approved by Cora Sandoval/)).toBeInTheDocument()
    expect(within(approvals).getByText('Grace Hopper')).toBeInTheDocument()
    expect(within(approvals).getByText('not decided yet')).toBeInTheDocument()
    expect(within(card).queryByRole('button', { name: 'Approve' })).not.toBeInTheDocument()
    fireEvent.click(within(card).getByRole('button', { name: 'Approve under your name' }))
    await waitFor(() => expect(sent).toEqual({ decision: 'approve', comment: '', as_named: true }))
  })

  it('offers the office both its own decision and, when it is named too, its named one', async () => {
    mockFetch({
      'GET /api/v1/communications/': {
        body: communicationPage([makeCommunication({ ...submitted(), approvers: [1], approvers_detail: [cora] })]),
      },
    })
    renderWithProviders(
      <CommunicationsCalendar launchId={1} viewer={{ id: 1, is_office: true, departments: [] }} gates={[]} conflicts={[]} />,
    )
    const card = await screen.findByRole('article', { name: 'Aurora announced' })
    expect(within(card).getByRole('button', { name: 'Approve' })).toBeInTheDocument()
    expect(within(card).getByRole('button', { name: 'Approve as named approver' })).toBeInTheDocument()
  })

  it('offers someone it does not name no decision', async () => {
    mockFetch({ 'GET /api/v1/communications/': { body: communicationPage([submitted()]) } })
    renderWithProviders(
      <CommunicationsCalendar launchId={1} viewer={{ id: 77, is_office: false, departments: [] }} gates={[]} conflicts={[]} />,
    )
    const card = await screen.findByRole('article', { name: 'Aurora announced' })
    expect(within(card).queryByRole('button', { name: /Approve|Reject/ })).not.toBeInTheDocument()
  })
})
