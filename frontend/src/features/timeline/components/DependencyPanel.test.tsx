import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import type { Viewer } from '../../../lib/permissions'
import { mockFetch } from '../../../test/fetch'
import { renderWithProviders } from '../../../test/render'
import { dependency, makeTimeline } from '../../../test/timelineData'
import { DependencyPanel } from './DependencyPanel'

const office: Viewer = { id: 1, is_office: true, departments: [] }
const prLead = { id: 6, is_office: false, departments: [{ id: 2, role: 'lead' as const }] }
const engLead = { id: 5, is_office: false, departments: [{ id: 1, role: 'lead' as const }] }

// Link 1 of the fixture: "Freeze features" (Engineering) → "Draft the press release" (PR), finish to start.
const link = {
  id: 1, launch: 1, predecessor: 100, predecessor_milestone: null, predecessor_gate: null, successor: 200,
  successor_milestone: null, type: 'finish_to_start', lag_days: 0, lag_count: 'working',
  created_at: '2027-01-01T00:00:00Z', updated_at: '2027-01-01T00:00:00Z',
}

function setup(viewer: Viewer, routes: Parameters<typeof mockFetch>[0] = {}, timeline = makeTimeline(), dependencyId = 1) {
  const fetchMock = mockFetch({ 'GET /api/v1/dependencies/1/': { body: link, headers: { ETag: '"d1"' } }, ...routes })
  const onClose = vi.fn()
  renderWithProviders(<DependencyPanel timeline={timeline} dependencyId={dependencyId} viewer={viewer} onClose={onClose} />)
  return { fetchMock, onClose }
}

const sent = (fetchMock: ReturnType<typeof mockFetch>, method: string) =>
  fetchMock.mock.calls.filter(([, init]) => init?.method === method)

describe('DependencyPanel', () => {
  it('shows the link as A → B with its type in plain words, beside the timeline', async () => {
    setup(prLead)
    const panel = screen.getByRole('complementary', { name: '“Freeze features” → “Draft the press release”' })
    expect(panel).toHaveTextContent('Finish to start: starts after it finishes')
    expect(await within(panel).findByLabelText('How')).toHaveValue('finish_to_start')
    expect(within(panel).getByLabelText(/^Lag \(days/)).toHaveValue(0)
    expect(within(panel).getByLabelText('Lag counts')).toHaveValue('working')
  })

  it("saves the successor's lead's change of type and lag with If-Match", async () => {
    const { fetchMock } = setup(prLead, {
      'PATCH /api/v1/dependencies/1/': { body: { ...link, type: 'start_to_start', lag_days: -1, lag_count: 'calendar' }, headers: { ETag: '"d2"' } },
    })
    fireEvent.change(await screen.findByLabelText('How'), { target: { value: 'start_to_start' } })
    fireEvent.change(screen.getByLabelText(/^Lag \(days/), { target: { value: '-1' } })
    fireEvent.change(screen.getByLabelText('Lag counts'), { target: { value: 'calendar' } })
    fireEvent.click(screen.getByRole('button', { name: 'Save link' }))
    await waitFor(() => expect(sent(fetchMock, 'PATCH')).toHaveLength(1))
    const [url, init] = sent(fetchMock, 'PATCH')[0]!
    expect(String(url)).toBe('/api/v1/dependencies/1/')
    expect(new Headers(init?.headers).get('If-Match')).toBe('"d1"')
    expect(JSON.parse(String(init?.body))).toEqual({ type: 'start_to_start', lag_days: -1, lag_count: 'calendar' })
    expect(await screen.findByRole('status')).toHaveTextContent('Link saved.')
  })

  it('on a 412 names the link and says the change was not saved', async () => {
    setup(prLead, {
      'PATCH /api/v1/dependencies/1/': { status: 412, body: { code: 'precondition_failed', message: 'This dependency changed.', extra: {} } },
    })
    fireEvent.change(await screen.findByLabelText(/^Lag \(days/), { target: { value: '3' } })
    fireEvent.click(screen.getByRole('button', { name: 'Save link' }))
    expect(await screen.findByRole('alert')).toHaveTextContent(
      '“Freeze features → Draft the press release” was changed by someone else since you opened it: your change was not saved.',
    )
  })

  it('refuses a lag that is no whole number, sending nothing', async () => {
    const { fetchMock } = setup(prLead)
    fireEvent.change(await screen.findByLabelText(/^Lag \(days/), { target: { value: '1.5' } })
    expect(screen.getByText('A lag is a whole number of days, from -365 to 365.')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Save link' })).toBeDisabled()
    expect(sent(fetchMock, 'PATCH')).toHaveLength(0)
  })

  it('deletes the link after a confirmation, with If-Match, and closes', async () => {
    const { fetchMock, onClose } = setup(prLead, { 'DELETE /api/v1/dependencies/1/': { status: 204 } })
    await screen.findByLabelText('How')
    fireEvent.click(screen.getByRole('button', { name: 'Delete the link “Freeze features” → “Draft the press release”' }))
    expect(sent(fetchMock, 'DELETE')).toHaveLength(0)
    const question = await screen.findByRole('alertdialog', { name: 'Remove the link “Freeze features” → “Draft the press release”?' })
    fireEvent.click(within(question).getByRole('button', { name: 'Yes, remove it' }))
    await waitFor(() => expect(onClose).toHaveBeenCalled())
    expect(new Headers(sent(fetchMock, 'DELETE')[0]![1]?.headers).get('If-Match')).toBe('"d1"')
  })

  it("is read only for the predecessor's lead, and reads nothing more", () => {
    const { fetchMock } = setup(engLead)
    expect(screen.getByRole('note')).toHaveTextContent("Read only: only the office or PR's lead can change this link.")
    expect(screen.queryByLabelText('How')).not.toBeInTheDocument()
    expect(screen.queryByRole('button', { name: /^Delete/ })).not.toBeInTheDocument()
    expect(fetchMock).not.toHaveBeenCalled()
  })

  it("keeps a milestone's link to the office", async () => {
    const timeline = makeTimeline()
    timeline.dependencies.push(dependency({ id: 8, predecessor: 201, successor_milestone: 3 }))
    setup(prLead, {}, timeline, 8)
    expect(screen.getByRole('complementary', { name: '“Publish” → milestone “Embargo lifts”' })).toBeInTheDocument()
    expect(screen.getByRole('note')).toHaveTextContent('only the office (it ends at a milestone)')
    setup(office, { 'GET /api/v1/dependencies/8/': { body: { ...link, id: 8 }, headers: { ETag: '"d8"' } } }, timeline, 8)
    expect(await screen.findByLabelText('How')).toBeInTheDocument()
  })

  it('says so when the link is gone from the plan', () => {
    setup(prLead, {}, makeTimeline(), 99)
    expect(screen.getByRole('complementary', { name: 'Link' })).toHaveTextContent('This link is no longer in the plan.')
  })
})
