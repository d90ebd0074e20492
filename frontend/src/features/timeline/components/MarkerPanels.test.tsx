import { fireEvent, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { mockFetch } from '../../../test/fetch'
import { renderWithProviders } from '../../../test/render'
import { dependency, makeTimeline } from '../../../test/timelineData'
import { LaunchTimeline } from './LaunchTimeline'

const office = { id: 1, is_office: true, departments: [] }
const prLead = { id: 6, is_office: false, departments: [{ id: 2, role: 'lead' as const }] }

async function flags() {
  return within(await screen.findByRole('list', { name: 'Gates and milestones' }))
}

describe('gates and milestones in the side panel', () => {
  it('a milestone flag opens its panel: when, what it waits for, and what waits for it', async () => {
    const timeline = makeTimeline()
    timeline.dependencies.push(
      dependency({ id: 5, predecessor: 200, successor_milestone: 3 }),
      dependency({ id: 6, predecessor_milestone: 3, successor: 201 }),
    )
    mockFetch({ 'GET /api/v1/launches/1/timeline/': { body: timeline } })
    renderWithProviders(<LaunchTimeline launchId={1} viewer={office} />)

    fireEvent.click((await flags()).getByRole('button', { name: /^Milestone: Embargo lifts, 14 Mar$/ }))
    const panel = screen.getByRole('complementary', { name: 'Embargo lifts' })
    expect(within(panel).getByText('Milestone')).toBeInTheDocument()
    expect(within(panel).getByText(/Sun 14 Mar 2027.*\(T-2\)/)).toBeInTheDocument()
    expect(within(panel).getByText('It moves with T-0')).toBeInTheDocument()
    const waitsFor = within(panel).getByRole('heading', { name: 'Waits for' }).nextElementSibling as HTMLElement
    expect(within(waitsFor).getByText('Draft the press release')).toBeInTheDocument()
    const waitedOn = within(panel).getByRole('heading', { name: 'Tasks that wait for it' }).nextElementSibling as HTMLElement
    expect(within(waitedOn).getByText('Publish')).toBeInTheDocument()
    expect(within(panel).getByRole('link', { name: 'Change milestones in Settings' })).toHaveAttribute(
      'href',
      '/launches/1/settings#milestones',
    )

    fireEvent.click(within(panel).getByRole('button', { name: /^Close/ }))
    expect(screen.queryByRole('complementary', { name: 'Embargo lifts' })).not.toBeInTheDocument()
  })

  it('only the office is sent to Settings from a milestone', async () => {
    mockFetch({ 'GET /api/v1/launches/1/timeline/': { body: makeTimeline() } })
    renderWithProviders(<LaunchTimeline launchId={1} viewer={prLead} />)
    fireEvent.click((await flags()).getByRole('button', { name: /^Milestone: Embargo lifts/ }))
    const panel = screen.getByRole('complementary', { name: 'Embargo lifts' })
    expect(within(panel).queryByRole('link')).not.toBeInTheDocument()
  })

  it('a gate flag opens the page’s gate panel beside the timeline instead of leaving it', async () => {
    mockFetch({ 'GET /api/v1/launches/1/timeline/': { body: makeTimeline() } })
    const jumped: number[] = []
    renderWithProviders(
      <LaunchTimeline
        launchId={1}
        viewer={office}
        onGateSelect={(id) => jumped.push(id)}
        renderGatePanel={(id) => <p>Decisions of gate {id}</p>}
      />,
    )
    fireEvent.click((await flags()).getByRole('button', { name: /^Gate: Go\/No-Go \(pending\)/ }))
    const panel = screen.getByRole('complementary', { name: 'Go/No-Go' })
    expect(within(panel).getByText('Decisions of gate 9')).toBeInTheDocument()
    expect(jumped).toEqual([])
  })

  it('without a gate panel, a gate flag still goes where the page says', async () => {
    mockFetch({ 'GET /api/v1/launches/1/timeline/': { body: makeTimeline() } })
    const jumped: number[] = []
    renderWithProviders(<LaunchTimeline launchId={1} viewer={office} onGateSelect={(id) => jumped.push(id)} />)
    fireEvent.click((await flags()).getByRole('button', { name: /^Gate: Go\/No-Go/ }))
    expect(jumped).toEqual([9])
    expect(screen.queryByRole('complementary')).not.toBeInTheDocument()
  })
})
