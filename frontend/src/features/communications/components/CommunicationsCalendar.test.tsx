import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { mockFetch, type FakeResponse } from '../../../test/fetch'
import { renderWithProviders } from '../../../test/render'
import { CommunicationsCalendar } from './CommunicationsCalendar'

const item = (overrides: Record<string, unknown> = {}) => ({
  id: 5, launch: 1, kind: 'press_release', channel: 'Newswire', audience: 'Press', title: 'Aurora announced',
  body: '', author: 7, department: 2, schedule_mode: 'anchored', offset_days: 0, at: null,
  moment: '2027-03-16T09:00:00Z', embargo: 't_zero', embargo_gate: null, status: 'draft', published_at: null,
  embargo_task: null, destinations: [], email_recipients: '', share_until: null, 
  embargo_lifted: false, embargo_until: '', publications: [], approval: 'office', newsroom_url: null,
  decisions: [], created_at: '2027-01-01T00:00:00Z', updated_at: '2027-01-01T00:00:00Z', ...overrides,
})
const page = (results: unknown[]) => ({ count: results.length, next: null, previous: null, results })
const author = { id: 7, is_office: false, departments: [{ id: 2, role: 'member' as const }] }
const office = { id: 1, is_office: true, departments: [] }
const otherMember = { id: 8, is_office: false, departments: [{ id: 2, role: 'member' as const }] }
/** Signed in with the viewer role only: in no department, not the office. */
const viewerOnly = { id: 9, is_office: false, departments: [] }
const lead = { id: 3, is_office: false, departments: [{ id: 2, role: 'lead' as const }] }
/** The detail of an item as the server answers it: the item and its version's ETag. */
const detail = (body: unknown, etag = '"v1"'): FakeResponse => ({ body, headers: { ETag: etag } })
const ifMatch = (init: RequestInit | undefined) => new Headers(init?.headers).get('If-Match')
const conflict412 = {
  status: 412,
  body: { code: 'precondition_failed', message: 'This communication changed since you loaded it.', extra: {} },
}

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
      'GET /api/v1/communications/5/': () => detail(items[0], '"draft-1"'),
      'POST /api/v1/communications/5/submit/': (init) => {
        submittedWith = ifMatch(init)
        items = [item({ status: 'submitted' })]
        return { body: items[0] }
      },
    })
    let submittedWith: string | null = null
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
    expect(submittedWith).toBe('"draft-1"')
  })

  it('lets the office approve a submitted item, and shows an embargo conflict', async () => {
    let items = [item({ status: 'submitted' })]
    let sent: unknown = null
    let decidedWith: string | null = null
    mockFetch({
      'GET /api/v1/communications/': () => ({ body: page(items) }),
      'GET /api/v1/communications/5/': () => detail(items[0], '"submitted-1"'),
      'POST /api/v1/communications/5/decide/': (init) => {
        sent = JSON.parse(String(init?.body))
        decidedWith = ifMatch(init)
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
    expect(decidedWith).toBe('"submitted-1"')
  })

  it('says in plain words why a publish was refused by the embargo', async () => {
    mockFetch({
      'GET /api/v1/communications/': { body: page([item({ status: 'approved', embargo: 'gate', embargo_gate: 9 })]) },
      'GET /api/v1/communications/5/': detail(item({ status: 'approved', embargo: 'gate', embargo_gate: 9 })),
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

  it('lets the author edit a draft with If-Match, showing a refused field under its input', async () => {
    let items = [item({ schedule_mode: 'fixed', offset_days: null, at: '2027-03-10T14:30:00Z', moment: '2027-03-10T14:30:00Z' })]
    const patches: { body: unknown; ifMatch: string | null }[] = []
    mockFetch({
      'GET /api/v1/communications/': () => ({ body: page(items) }),
      'GET /api/v1/communications/5/': () => detail(items[0], '"v1"'),
      'PATCH /api/v1/communications/5/': (init) => {
        const body = JSON.parse(String(init?.body)) as Record<string, unknown>
        patches.push({ body, ifMatch: ifMatch(init) })
        if (body.channel === '') {
          return {
            status: 400,
            body: { code: 'invalid', message: 'A blog names its channel.', extra: { fields: { channel: ['A blog names its channel.'] } } },
          }
        }
        items = [item({ ...body, moment: items[0].moment })]
        return detail(items[0], '"v2"')
      },
    })
    renderWithProviders(<CommunicationsCalendar launchId={1} viewer={author} gates={[]} conflicts={[]} />)

    const card = await screen.findByRole('article', { name: 'Aurora announced' })
    fireEvent.click(within(card).getByRole('button', { name: 'Edit' }))
    const form = await within(card).findByRole('form', { name: 'Edit “Aurora announced”' })
    expect(within(form).getByLabelText('Title')).toHaveValue('Aurora announced')
    expect(within(form).getByLabelText('Kind')).toHaveValue('press_release')
    expect(within(form).getByLabelText('Publish at (your time zone)')).not.toHaveValue('')
    fireEvent.change(within(form).getByLabelText('Title'), { target: { value: 'Aurora is here' } })
    fireEvent.change(within(form).getByLabelText('Channel'), { target: { value: '' } })
    fireEvent.click(within(form).getByRole('button', { name: 'Save changes' }))

    const channel = within(form).getByLabelText('Channel')
    await waitFor(() => expect(channel).toHaveAttribute('aria-invalid', 'true'))
    expect(channel).toHaveAccessibleDescription('A blog names its channel.')
    expect(within(form).getByText('Not saved: check Channel.')).toBeInTheDocument()

    fireEvent.change(channel, { target: { value: 'Wire' } })
    fireEvent.click(within(form).getByRole('button', { name: 'Save changes' }))
    expect(await screen.findByRole('article', { name: 'Aurora is here' })).toBeInTheDocument()
    expect(screen.queryByRole('form', { name: /^Edit/ })).not.toBeInTheDocument()
    expect(patches).toHaveLength(2)
    expect(patches.map((p) => p.ifMatch)).toEqual(['"v1"', '"v1"'])
    expect(patches[1].body).toMatchObject({ title: 'Aurora is here', channel: 'Wire', schedule_mode: 'fixed', offset_days: null, at: '2027-03-10T14:30:00.000Z' })
    expect(patches[1].body).not.toHaveProperty('launch')
  })

  it('on a 412 while editing says someone else changed it and reloads their version into the form', async () => {
    let items = [item()]
    let version = 1
    const sentWith: (string | null)[] = []
    mockFetch({
      'GET /api/v1/communications/': () => ({ body: page(items) }),
      'GET /api/v1/communications/5/': () => detail(items[0], `"v${version}"`),
      'PATCH /api/v1/communications/5/': (init) => {
        sentWith.push(ifMatch(init))
        if (sentWith.length === 1) {
          // Meanwhile the office renamed it.
          items = [item({ title: 'Aurora, by the office' })]
          version = 2
          return conflict412
        }
        items = [item({ ...JSON.parse(String(init?.body)) })]
        return detail(items[0], '"v3"')
      },
    })
    renderWithProviders(<CommunicationsCalendar launchId={1} viewer={author} gates={[]} conflicts={[]} />)

    fireEvent.click(within(await screen.findByRole('article', { name: 'Aurora announced' })).getByRole('button', { name: 'Edit' }))
    let form = await screen.findByRole('form', { name: 'Edit “Aurora announced”' })
    fireEvent.change(within(form).getByLabelText('Title'), { target: { value: 'Mine' } })
    fireEvent.click(within(form).getByRole('button', { name: 'Save changes' }))

    form = await screen.findByRole('form', { name: 'Edit “Aurora, by the office”' })
    expect(within(form).getByRole('alert')).toHaveTextContent(/^Someone else changed this since you loaded it\. The current version is now shown/)
    expect(within(form).getByLabelText('Title')).toHaveValue('Aurora, by the office')
    fireEvent.click(within(form).getByRole('button', { name: 'Save changes' }))
    await screen.findByRole('article', { name: 'Aurora, by the office' })
    await waitFor(() => expect(sentWith).toEqual(['"v1"', '"v2"']))
  })

  it('does not send a step when the item changed since the calendar showed it, and reloads it', async () => {
    const shown = item()
    let items = [shown]
    const fetchMock = mockFetch({
      'GET /api/v1/communications/': () => ({ body: page(items) }),
      // Someone else already submitted it: the detail is no longer what the calendar shows.
      'GET /api/v1/communications/5/': () => detail(item({ status: 'submitted' }), '"v2"'),
      'POST /api/v1/communications/5/submit/': { body: shown },
    })
    renderWithProviders(<CommunicationsCalendar launchId={1} viewer={author} gates={[]} conflicts={[]} />)

    const card = await screen.findByRole('article', { name: 'Aurora announced' })
    items = [item({ status: 'submitted' })]
    fireEvent.click(within(card).getByRole('button', { name: 'Submit for approval' }))
    expect(await within(card).findByRole('alert')).toHaveTextContent(/^Someone else changed this since you loaded it/)
    expect(await within(card).findByText('Submitted for approval')).toBeInTheDocument()
    expect(fetchMock.mock.calls.some(([, init]) => init?.method === 'POST')).toBe(false)
  })

  it('shows the server\'s 412 on a step and reloads the list', async () => {
    let items = [item({ status: 'submitted' })]
    mockFetch({
      'GET /api/v1/communications/': () => ({ body: page(items) }),
      'GET /api/v1/communications/5/': () => detail(items[0]),
      'POST /api/v1/communications/5/decide/': () => {
        items = [item({ status: 'withdrawn' })]
        return conflict412
      },
    })
    renderWithProviders(<CommunicationsCalendar launchId={1} viewer={office} gates={[]} conflicts={[]} />)
    const card = await screen.findByRole('article', { name: 'Aurora announced' })
    fireEvent.click(within(card).getByRole('button', { name: 'Approve' }))
    expect(await within(card).findByText('Withdrawn')).toBeInTheDocument()
    expect(within(card).getByRole('alert')).toHaveTextContent(/^Someone else changed this since you loaded it/)
    expect(within(card).queryByRole('button', { name: 'Approve' })).not.toBeInTheDocument()
  })

  it('deletes a draft with If-Match after asking, and offers no delete once it was decided', async () => {
    let items = [item(), item({ id: 6, title: 'Teaser', status: 'rejected', decisions: [{ id: 1, decision: 'reject', actor: 1, comment: 'Too early.', created_at: '2027-01-02T00:00:00Z' }] })]
    let deletedWith: string | null = null
    mockFetch({
      'GET /api/v1/communications/': () => ({ body: page(items) }),
      'GET /api/v1/communications/5/': () => detail(items[0], '"d5"'),
      'DELETE /api/v1/communications/5/': (init) => {
        deletedWith = ifMatch(init)
        items = items.filter((i) => i.id !== 5)
        return { status: 204 }
      },
    })
    renderWithProviders(<CommunicationsCalendar launchId={1} viewer={author} gates={[]} conflicts={[]} />)

    const teaser = await screen.findByRole('article', { name: 'Teaser' })
    expect(within(teaser).getByText('Rejected: Too early.')).toBeInTheDocument()
    expect(within(teaser).getByRole('button', { name: 'Edit' })).toBeInTheDocument()
    expect(within(teaser).getByRole('button', { name: 'Submit for approval' })).toBeInTheDocument()
    expect(within(teaser).queryByRole('button', { name: 'Delete' })).not.toBeInTheDocument()

    const card = screen.getByRole('article', { name: 'Aurora announced' })
    fireEvent.click(within(card).getByRole('button', { name: 'Delete' }))
    const confirm = screen.getByRole('alertdialog', { name: 'Confirm deletion' })
    fireEvent.click(within(confirm).getByRole('button', { name: 'Keep it' }))
    expect(deletedWith).toBeNull()
    fireEvent.click(within(card).getByRole('button', { name: 'Delete' }))
    fireEvent.click(within(screen.getByRole('alertdialog', { name: 'Confirm deletion' })).getByRole('button', { name: 'Yes, delete it' }))
    await waitFor(() => expect(screen.queryByRole('article', { name: 'Aurora announced' })).not.toBeInTheDocument())
    expect(deletedWith).toBe('"d5"')
    expect(screen.getByRole('article', { name: 'Teaser' })).toBeInTheDocument()
  })

  it('offers edit and delete only to the author and the office, and only while the API allows', async () => {
    const items = [item(), item({ id: 6, title: 'Teaser', status: 'submitted' })]
    mockFetch({ 'GET /api/v1/communications/': () => ({ body: page(items) }) })
    const { unmount } = renderWithProviders(
      <CommunicationsCalendar launchId={1} viewer={otherMember} gates={[]} conflicts={[]} />,
    )
    const card = await screen.findByRole('article', { name: 'Aurora announced' })
    expect(within(card).queryByRole('button')).not.toBeInTheDocument()
    unmount()

    renderWithProviders(<CommunicationsCalendar launchId={1} viewer={office} gates={[]} conflicts={[]} />)
    const draft = await screen.findByRole('article', { name: 'Aurora announced' })
    expect(within(draft).getByRole('button', { name: 'Edit' })).toBeInTheDocument()
    expect(within(draft).getByRole('button', { name: 'Delete' })).toBeInTheDocument()
    const submitted = screen.getByRole('article', { name: 'Teaser' })
    expect(within(submitted).queryByRole('button', { name: 'Edit' })).not.toBeInTheDocument()
    expect(within(submitted).queryByRole('button', { name: 'Delete' })).not.toBeInTheDocument()
    expect(within(submitted).getByRole('button', { name: 'Approve' })).toBeInTheDocument()
  })

  it('offers drafting to the office, leads and members, and not to a viewer, who only reads', async () => {
    mockFetch({ 'GET /api/v1/communications/': () => ({ body: page([item({ author: 7 })]) }) })
    for (const who of [office, lead, author]) {
      const { unmount } = renderWithProviders(
        <CommunicationsCalendar launchId={1} viewer={who} gates={[]} conflicts={[]} />,
      )
      await screen.findByRole('article', { name: 'Aurora announced' })
      expect(screen.getByRole('button', { name: 'Draft a communication' })).toBeInTheDocument()
      unmount()
    }

    renderWithProviders(<CommunicationsCalendar launchId={1} viewer={viewerOnly} gates={[]} conflicts={[]} />)
    const card = await screen.findByRole('article', { name: 'Aurora announced' })
    expect(screen.queryByRole('button', { name: 'Draft a communication' })).not.toBeInTheDocument()
    expect(screen.queryByRole('form', { name: 'Draft a communication' })).not.toBeInTheDocument()
    expect(within(card).queryByRole('button')).not.toBeInTheDocument()
  })

  it('reads every page and groups entries of the same day from different pages under one day', async () => {
    const first = item({ id: 5, title: 'Morning post', moment: '2027-03-16T08:00:00Z' })
    const second = item({ id: 6, title: 'Evening post', moment: '2027-03-16T16:00:00Z' })
    const earlier = item({ id: 7, title: 'Teaser', moment: '2027-03-10T10:00:00Z' })
    const pages: Record<string, unknown> = {
      '1': { count: 3, next: '/api/v1/communications/?launch=1&page=2', previous: null, results: [second] },
      '2': { count: 3, next: null, previous: '/api/v1/communications/?launch=1', results: [earlier, first] },
    }
    const requested: string[] = []
    mockFetch({
      'GET /api/v1/communications/': (_init, url) => {
        requested.push(url.search)
        return { body: pages[url.searchParams.get('page') ?? '1'] }
      },
    })
    renderWithProviders(<CommunicationsCalendar launchId={1} viewer={author} gates={[]} conflicts={[]} />)

    await screen.findByRole('article', { name: 'Teaser' })
    expect(requested).toEqual(['?launch=1&page=1&page_size=500', '?launch=1&page=2&page_size=500'])
    const days = screen.getAllByRole('region').filter((r) => r.classList.contains('communication-day'))
    expect(days).toHaveLength(2)
    expect(within(days[0]).getAllByRole('article').map((a) => a.getAttribute('aria-labelledby'))).toEqual(['communication-7-title'])
    expect(within(days[1]).getAllByRole('heading', { level: 4 }).map((h) => h.textContent)).toEqual(['Morning post', 'Evening post'])
    expect(screen.queryByText(/^Showing/)).not.toBeInTheDocument()
  })
})
