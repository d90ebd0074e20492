import { screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { mockFetch } from '../../../test/fetch'
import { renderWithProviders } from '../../../test/render'
import { communicationsQueryKey } from '../api/communications'
import { CommunicationsCalendar, type CommunicationFocus } from './CommunicationsCalendar'

const item = (overrides: Record<string, unknown> = {}) => ({
  id: 5, launch: 1, kind: 'press_release', channel: 'Newswire', audience: 'Press', title: 'Aurora announced',
  body: '', author: 7, department: 2, schedule_mode: 'anchored', offset_days: 0, at: null,
  moment: '2027-03-16T09:00:00Z', embargo: 't_zero', embargo_gate: null, status: 'draft', published_at: null,
  embargo_task: null, destinations: [], email_recipients: '', share_until: null, 
  embargo_lifted: false, embargo_until: '', publications: [], approval: 'office', newsroom_url: null,
  decisions: [], created_at: '2027-01-01T00:00:00Z', updated_at: '2027-01-01T00:00:00Z', ...overrides,
})
const page = (results: unknown[], next: string | null = null) => ({ count: results.length, next, previous: null, results })
const office = { id: 1, is_office: true, departments: [] }
const items = [item(), item({ id: 6, title: 'Hint for employees', kind: 'employee_hint', moment: '2027-03-10T09:00:00Z' })]

const scrolled: Element[] = []
beforeEach(() => {
  scrolled.length = 0
  Element.prototype.scrollIntoView = vi.fn(function (this: Element) {
    scrolled.push(this)
  })
})
afterEach(() => {
  delete (Element.prototype as Partial<Element>).scrollIntoView
})

function render(focus: CommunicationFocus | null, body: unknown = page(items)) {
  mockFetch({ 'GET /api/v1/communications/': () => ({ body }) })
  return renderWithProviders(
    <CommunicationsCalendar launchId={1} viewer={office} gates={[]} conflicts={[]} focus={focus} />,
  )
}

describe('CommunicationsCalendar opened on one communication (?communication=)', () => {
  it('marks that card, scrolls it into view and gives it the focus; the others are left alone', async () => {
    render({ id: 5, key: 'visit-1' })
    const card = await screen.findByRole('article', { name: 'Aurora announced' })
    expect(card).toHaveAttribute('aria-current', 'true')
    expect(card).toHaveClass('is-linked')
    expect(card).toHaveFocus()
    expect(scrolled).toEqual([card])
    expect(screen.getByRole('article', { name: 'Hint for employees' })).not.toHaveAttribute('aria-current')
    expect(screen.queryByRole('status')).not.toBeInTheDocument()
  })

  it('does not take the view back when the list reloads during the same visit', async () => {
    const { queryClient } = render({ id: 5, key: 'visit-1' })
    await screen.findByRole('article', { name: 'Aurora announced' })
    // Planned a day later: the card is drawn again under another day.
    mockFetch({ 'GET /api/v1/communications/': { body: page([item({ moment: '2027-03-17T09:00:00Z' }), items[1]]) } })
    await queryClient.invalidateQueries({ queryKey: communicationsQueryKey(1) })
    expect(await screen.findByRole('heading', { name: /17 Mar/ })).toBeInTheDocument()
    expect(scrolled).toHaveLength(1)
  })

  it('says quietly that a communication is no longer in the launch', async () => {
    render({ id: 77, key: 'visit-1' })
    expect(await screen.findByText('This communication is no longer in the launch.')).toHaveAttribute('role', 'status')
    expect(scrolled).toEqual([])
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
  })

  it('when the list is not complete, says the communication is not among those shown rather than gone', async () => {
    render({ id: 77, key: 'visit-1' }, page(items, 'http://localhost/api/v1/communications/?page=21'))
    expect(await screen.findByText('This communication is not among the 2 shown.')).toHaveAttribute('role', 'status')
  })
})
