import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { mockFetch } from '../../../test/fetch'
import { renderWithProviders } from '../../../test/render'
import { HintsList } from './HintsList'

const hint = (overrides: Record<string, unknown> = {}) => ({
  id: 9, title: 'Aurora is coming', body: 'Tell your network: <b>soon</b>.', launch: 1, launch_name: 'Aurora smart speaker',
  share_until: '2027-03-20T18:00:00Z', share_text: 'Something is coming from us. #Aurora',
  share_url: 'https://t-minus.example/newsroom/1/', shared_by_me: [], ...overrides,
})

afterEach(() => {
  vi.unstubAllGlobals()
})

describe('HintsList', () => {
  it('shows each hint with its launch, window and share links that open in a new tab', async () => {
    mockFetch({ 'GET /api/v1/hints/': { body: [hint()] } })
    renderWithProviders(<HintsList />)

    const card = await screen.findByRole('article', { name: 'Aurora is coming' })
    expect(card).toHaveTextContent('Aurora smart speaker · Share until Sat 20 Mar 2027, 18:00')
    // The body is text: markup in it is shown, not rendered.
    expect(within(card).getByText('Tell your network: <b>soon</b>.')).toBeInTheDocument()
    const links = within(card).getAllByRole('link')
    expect(links.map((a) => a.textContent)).toEqual(['LinkedIn', 'X', 'Mastodon', 'Email'])
    for (const link of links) {
      expect(link).toHaveAttribute('target', '_blank')
      expect(link).toHaveAttribute('rel', 'noopener noreferrer')
    }
    expect(links[0]).toHaveAttribute(
      'href',
      'https://www.linkedin.com/sharing/share-offsite/?url=https%3A%2F%2Ft-minus.example%2Fnewsroom%2F1%2F',
    )
    expect(links[1]!.getAttribute('href')).toMatch(/^https:\/\/x\.com\/intent\/post\?text=Something%20is%20coming/)
    expect(links[3]!.getAttribute('href')).toMatch(/^mailto:\?subject=Aurora%20is%20coming&body=/)
    expect(within(card).queryByRole('status')).not.toBeInTheDocument()
  })

  it('records a share on click and then says where it was shared, from shared_by_me', async () => {
    let shared: string[] = []
    const posts: unknown[] = []
    mockFetch({
      'GET /api/v1/hints/': () => ({ body: [hint({ shared_by_me: shared })] }),
      'POST /api/v1/hints/9/share/': (init) => {
        const body = JSON.parse(String(init?.body)) as { network: string }
        posts.push(body)
        shared = [...shared, body.network]
        return { status: 201, body: { network: body.network, shared_at: '2027-03-16T10:00:00Z' } }
      },
    })
    renderWithProviders(<HintsList />)
    const card = await screen.findByRole('article', { name: 'Aurora is coming' })
    const linkedIn = within(card).getByRole('link', { name: 'LinkedIn' })
    // jsdom does not navigate; the click's handler is what is tested.
    linkedIn.addEventListener('click', (e) => e.preventDefault())
    fireEvent.click(linkedIn)
    expect(await within(card).findByRole('status')).toHaveTextContent('Shared on LinkedIn')
    const x = within(card).getByRole('link', { name: 'X' })
    x.addEventListener('click', (e) => e.preventDefault())
    fireEvent.click(x)
    await waitFor(() => expect(within(card).getByRole('status')).toHaveTextContent('Shared on LinkedIn and X'))
    expect(posts).toEqual([{ network: 'linkedin' }, { network: 'x' }])
  })

  it('copies the words and the link, and records the copy', async () => {
    const writeText = vi.fn(async () => {})
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } })
    let shared: string[] = []
    mockFetch({
      'GET /api/v1/hints/': () => ({ body: [hint({ shared_by_me: shared })] }),
      'POST /api/v1/hints/9/share/': () => {
        shared = ['copy']
        return { status: 201, body: { network: 'copy', shared_at: '2027-03-16T10:00:00Z' } }
      },
    })
    renderWithProviders(<HintsList />)
    const card = await screen.findByRole('article', { name: 'Aurora is coming' })
    fireEvent.click(within(card).getByRole('button', { name: 'Copy' }))
    expect(await within(card).findByRole('status')).toHaveTextContent('Copied')
    expect(writeText).toHaveBeenCalledWith('Something is coming from us. #Aurora https://t-minus.example/newsroom/1/')
  })

  it('says when the clipboard refused, and records nothing', async () => {
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText: vi.fn(async () => Promise.reject(new Error('denied'))) } })
    const fetchMock = mockFetch({ 'GET /api/v1/hints/': { body: [hint()] } })
    renderWithProviders(<HintsList />)
    const card = await screen.findByRole('article', { name: 'Aurora is coming' })
    fireEvent.click(within(card).getByRole('button', { name: 'Copy' }))
    expect(await within(card).findByRole('alert')).toHaveTextContent('Could not copy')
    expect(fetchMock.mock.calls.filter(([, init]) => init?.method === 'POST')).toEqual([])
  })

  it('says when there is nothing to share', async () => {
    mockFetch({ 'GET /api/v1/hints/': { body: [] } })
    renderWithProviders(<HintsList />)
    expect(await screen.findByText('No hints to share right now.')).toBeInTheDocument()
  })
})
