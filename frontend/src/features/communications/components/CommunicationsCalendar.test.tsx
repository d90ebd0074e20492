import { fireEvent, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { mockFetch } from '../../../test/fetch'
import { renderWithProviders } from '../../../test/render'
import { CommunicationsCalendar } from './CommunicationsCalendar'

const item = (overrides: Record<string, unknown> = {}) => ({
  id: 5, launch: 1, kind: 'press_release', channel: 'Newswire', audience: 'Press', title: 'Aurora announced',
  body: '', author: 7, department: 2, schedule_mode: 'anchored', offset_days: 0, at: null,
  moment: '2027-03-16T09:00:00Z', embargo: 't_zero', embargo_gate: null, status: 'draft', published_at: null,
  decisions: [], created_at: '2027-01-01T00:00:00Z', updated_at: '2027-01-01T00:00:00Z', ...overrides,
})
const page = (results: unknown[]) => ({ count: results.length, next: null, previous: null, results })
const author = { id: 7, is_office: false, departments: [{ id: 2, role: 'member' as const }] }
const office = { id: 1, is_office: true, departments: [] }

describe('CommunicationsCalendar', () => {
  it('lets a member draft a communication and submit it', async () => {
    let items: ReturnType<typeof item>[] = []
    let drafted: unknown = null
    mockFetch({
      'GET /api/v1/communications/': () => ({ body: page(items) }),
      'POST /api/v1/communications/': (init) => {
        drafted = JSON.parse(String(init?.body))
        items = [item()]
        return { status: 201, body: items[0] }
      },
      'POST /api/v1/communications/5/submit/': () => {
        items = [item({ status: 'submitted' })]
        return { body: items[0] }
      },
    })
    renderWithProviders(<CommunicationsCalendar launchId={1} viewer={author} gates={[]} conflicts={[]} />)

    fireEvent.click(await screen.findByRole('button', { name: 'Draft a communication' }))
    const form = screen.getByRole('form', { name: 'Draft a communication' })
    fireEvent.change(within(form).getByLabelText('Kind'), { target: { value: 'press_release' } })
    fireEvent.change(within(form).getByLabelText('Title'), { target: { value: 'Aurora announced' } })
    fireEvent.change(within(form).getByLabelText('Channel'), { target: { value: 'Newswire' } })
    fireEvent.change(within(form).getByLabelText('Embargo'), { target: { value: 't_zero' } })
    fireEvent.click(within(form).getByRole('button', { name: 'Save draft' }))

    const card = await screen.findByRole('article', { name: 'Aurora announced' })
    expect(drafted).toMatchObject({
      launch: 1, kind: 'press_release', title: 'Aurora announced', channel: 'Newswire',
      schedule_mode: 'anchored', offset_days: 0, at: null, embargo: 't_zero', embargo_gate: null,
    })
    expect(within(card).getByText('Draft')).toBeInTheDocument()
    expect(within(card).getByText('Embargo: Not before T-0')).toBeInTheDocument()
    expect(within(card).queryByRole('button', { name: 'Approve' })).not.toBeInTheDocument()
    fireEvent.click(within(card).getByRole('button', { name: 'Submit for approval' }))
    expect(await within(card).findByText('Submitted for approval')).toBeInTheDocument()
  })

  it('lets the office approve a submitted item, and shows an embargo conflict', async () => {
    let items = [item({ status: 'submitted' })]
    let sent: unknown = null
    mockFetch({
      'GET /api/v1/communications/': () => ({ body: page(items) }),
      'POST /api/v1/communications/5/decide/': (init) => {
        sent = JSON.parse(String(init?.body))
        items = [item({ status: 'approved' })]
        return { body: items[0] }
      },
    })
    const conflicts = [{ communication: 5, message: '“Aurora announced” is planned 2 days before T-0.' }]
    renderWithProviders(<CommunicationsCalendar launchId={1} viewer={office} gates={[]} conflicts={conflicts} />)

    const card = await screen.findByRole('article', { name: 'Aurora announced' })
    expect(within(card).getByText(/Embargo conflict:/)).toBeInTheDocument()
    expect(within(card).getByRole('button', { name: 'Reject' })).toBeDisabled()
    fireEvent.click(within(card).getByRole('button', { name: 'Approve' }))
    expect(await within(card).findByText('Approved')).toBeInTheDocument()
    expect(sent).toEqual({ decision: 'approve', comment: '' })
  })

  it('says in plain words why a publish was refused by the embargo', async () => {
    mockFetch({
      'GET /api/v1/communications/': { body: page([item({ status: 'approved', embargo: 'gate', embargo_gate: 9 })]) },
      'POST /api/v1/communications/5/publish/': {
        status: 409,
        body: {
          code: 'embargo_not_lifted',
          message: '“Aurora announced” is embargoed until the gate “Go/No-Go” is approved.',
          extra: { embargo: 'gate', embargo_gate: 9 },
        },
      },
    })
    renderWithProviders(
      <CommunicationsCalendar launchId={1} viewer={author} gates={[{ id: 9, name: 'Go/No-Go' }]} conflicts={[]} />,
    )
    const card = await screen.findByRole('article', { name: 'Aurora announced' })
    expect(within(card).getByText('Embargo: Not before “Go/No-Go” is approved')).toBeInTheDocument()
    fireEvent.click(within(card).getByRole('button', { name: 'Publish' }))
    expect(await within(card).findByRole('alert')).toHaveTextContent(
      'Not published: “Aurora announced” is embargoed until the gate “Go/No-Go” is approved. Publish it once the embargo lifts.',
    )
  })
})
