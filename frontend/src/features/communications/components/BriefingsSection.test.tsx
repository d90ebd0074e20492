import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { makeCommunication } from '../../../test/communicationData'
import { mockFetch } from '../../../test/fetch'
import { renderWithProviders } from '../../../test/render'
import { BriefingsSection } from './BriefingsSection'

const office = { id: 1, is_office: true, departments: [] }
const prMember = { id: 7, is_office: false, departments: [{ id: 2, role: 'member' as const }] }
const outsider = { id: 8, is_office: false, departments: [{ id: 5, role: 'member' as const }] }
const item = makeCommunication({ status: 'approved' })

const briefing = (overrides: Record<string, unknown> = {}) => ({
  id: 31, communication: 5, name: 'Jo Reporter', email: 'jo@example.com', outlet: 'Tech Daily', time_zone: 'Europe/Paris',
  created_at: '2027-03-01T10:00:00Z', created_by_name: 'Pat PR', revoked_at: null,
  last_opened_at: '2027-03-02T08:30:00Z', opens_count: 2, url: null, ...overrides,
})

afterEach(() => {
  vi.unstubAllGlobals()
})

describe('BriefingsSection', () => {
  it('lists the briefings: who, for which outlet, when briefed and opened, how often, revoked', async () => {
    mockFetch({
      'GET /api/v1/briefings/': (_init, url) => {
        expect(url.searchParams.get('communication')).toBe('5')
        return {
          body: [briefing(), briefing({ id: 32, name: 'Sam Analyst', outlet: '', last_opened_at: null, opens_count: 0, revoked_at: '2027-03-03T09:00:00Z' })],
        }
      },
    })
    renderWithProviders(<BriefingsSection launchId={1} item={item} viewer={office} />)

    const section = await screen.findByRole('region', { name: 'Press briefings' })
    const [jo, sam] = within(section).getAllByRole('listitem')
    expect(jo).toHaveTextContent('Jo Reporter (Tech Daily)')
    expect(jo).toHaveTextContent('Briefed Mon 1 Mar 2027, 10:00 by Pat PR · last opened Tue 2 Mar 2027, 08:30 · opened 2 times')
    expect(within(jo!).getByRole('button', { name: 'Revoke' })).toBeInTheDocument()
    expect(sam).toHaveTextContent('Sam Analyst')
    expect(sam).toHaveTextContent('Revoked')
    expect(sam).toHaveTextContent('not opened yet · opened 0 times · revoked Wed 3 Mar 2027, 09:00')
    expect(within(sam!).queryByRole('button', { name: 'Revoke' })).not.toBeInTheDocument()
  })

  it('briefs a journalist and shows the link once, with a Copy button', async () => {
    const writeText = vi.fn(async () => {})
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } })
    let list: unknown[] = []
    let sent: unknown = null
    mockFetch({
      'GET /api/v1/briefings/': () => ({ body: list }),
      'POST /api/v1/briefings/': (init) => {
        sent = JSON.parse(String(init?.body))
        list = [briefing({ opens_count: 0, last_opened_at: null })]
        return { status: 201, body: briefing({ url: 'https://t-minus.example/briefings/s3cret/' }) }
      },
    })
    renderWithProviders(<BriefingsSection launchId={1} item={item} viewer={prMember} />)

    const section = await screen.findByRole('region', { name: 'Press briefings' })
    expect(within(section).getByText('No journalist briefed yet.')).toBeInTheDocument()
    fireEvent.click(within(section).getByRole('button', { name: 'Brief a journalist' }))
    const form = within(section).getByRole('form', { name: 'Brief a journalist' })
    fireEvent.change(within(form).getByLabelText('Name'), { target: { value: 'Jo Reporter' } })
    fireEvent.change(within(form).getByLabelText('Email'), { target: { value: 'jo@example.com' } })
    fireEvent.change(within(form).getByLabelText('Outlet'), { target: { value: 'Tech Daily' } })
    fireEvent.change(within(form).getByRole('combobox', { name: /Their time zone/ }), { target: { value: 'Europe/Paris' } })
    fireEvent.click(within(form).getByRole('button', { name: 'Make their link' }))

    expect(await within(section).findByText('https://t-minus.example/briefings/s3cret/')).toBeInTheDocument()
    expect(sent).toEqual({ communication: 5, name: 'Jo Reporter', email: 'jo@example.com', outlet: 'Tech Daily', time_zone: 'Europe/Paris' })
    expect(within(section).getByText('Shown once: copy it now and send it to the journalist.')).toBeInTheDocument()
    fireEvent.click(within(section).getByRole('button', { name: 'Copy' }))
    expect(await within(section).findByText('Copied.')).toBeInTheDocument()
    expect(writeText).toHaveBeenCalledWith('https://t-minus.example/briefings/s3cret/')
    expect(await within(section).findByText('Jo Reporter (Tech Daily)')).toBeInTheDocument()

    fireEvent.click(within(section).getByRole('button', { name: 'Done' }))
    expect(within(section).queryByText('https://t-minus.example/briefings/s3cret/')).not.toBeInTheDocument()
  })

  it('revokes a link after asking, and shows who opened it', async () => {
    let revoked = false
    mockFetch({
      'GET /api/v1/briefings/': () => ({ body: [briefing(revoked ? { revoked_at: '2027-03-04T12:00:00Z' } : {})] }),
      'POST /api/v1/briefings/31/revoke/': () => {
        revoked = true
        return { body: briefing({ revoked_at: '2027-03-04T12:00:00Z' }) }
      },
      'GET /api/v1/briefings/31/opens/': {
        body: [
          { opened_at: '2027-03-02T08:30:00Z', ip_address: '203.0.113.9', user_agent: 'Firefox', embargoed: true },
          { opened_at: '2027-03-01T11:00:00Z', ip_address: null, user_agent: '', embargoed: false },
        ],
      },
    })
    renderWithProviders(<BriefingsSection launchId={1} item={item} viewer={office} />)

    const section = await screen.findByRole('region', { name: 'Press briefings' })
    fireEvent.click(within(section).getByRole('button', { name: 'Who opened it' }))
    const opens = await within(section).findByRole('list', { name: "Who opened Jo Reporter's link" })
    expect(within(opens).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Tue 2 Mar 2027, 08:30 · saw the embargoed version · from 203.0.113.9 · Firefox',
      'Mon 1 Mar 2027, 11:00 · saw the public version',
    ])

    fireEvent.click(within(section).getByRole('button', { name: 'Revoke' }))
    const confirm = within(section).getByRole('group', { name: "Revoke Jo Reporter's link" })
    fireEvent.click(within(confirm).getByRole('button', { name: 'Keep it' }))
    expect(revoked).toBe(false)
    fireEvent.click(within(section).getByRole('button', { name: 'Revoke' }))
    fireEvent.click(within(section).getByRole('button', { name: 'Yes, revoke it' }))
    await waitFor(() => expect(within(section).getByText('Revoked')).toBeInTheDocument())
    expect(revoked).toBe(true)
    expect(within(section).queryByRole('button', { name: 'Revoke' })).not.toBeInTheDocument()
  })

  it('is not shown when the API refuses, and not asked for outside the item’s department', async () => {
    const fetchMock = mockFetch({
      'GET /api/v1/briefings/': { status: 403, body: { code: 'permission_denied', message: 'PR only.', extra: {} } },
    })
    const { unmount } = renderWithProviders(<BriefingsSection launchId={1} item={item} viewer={prMember} />)
    await waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(1))
    expect(screen.queryByRole('region', { name: 'Press briefings' })).not.toBeInTheDocument()
    unmount()

    fetchMock.mockClear()
    renderWithProviders(<BriefingsSection launchId={1} item={item} viewer={outsider} />)
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(fetchMock).not.toHaveBeenCalled()
    expect(screen.queryByRole('region', { name: 'Press briefings' })).not.toBeInTheDocument()
  })
})
