import { fireEvent, screen, waitFor } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { mockFetch } from '../../../test/fetch'
import { renderWithProviders } from '../../../test/render'
import { shortcutDirection, UndoRedoButtons } from './UndoRedoButtons'

const move = { id: 7, label: 'Move “Draft the press release” 3 days later', created_at: '2027-01-01T10:00:00Z' }
const resize = { id: 6, label: 'Resize “Brief staff” to 4 days', created_at: '2027-01-01T09:00:00Z' }

/** The first answer of a test: a loaded machine may take over a second to render the first time. */
const findButton = (name: string | RegExp) => screen.findByRole('button', { name }, { timeout: 5000 })

describe('UndoRedoButtons', () => {
  it('names the step each button would apply, and disables the one with nothing to do', async () => {
    mockFetch({ 'GET /api/v1/launches/1/history/': { body: { undo: move, redo: null } } })
    renderWithProviders(<UndoRedoButtons launchId={1} />)
    const undo = await findButton('Undo: Move “Draft the press release” 3 days later')
    expect(undo).toBeEnabled()
    expect(undo).toHaveAttribute('title', 'Undo: Move “Draft the press release” 3 days later')
    expect(screen.getByRole('button', { name: 'Nothing to redo' })).toBeDisabled()
  })

  it('undoes on click, announces what was undone and offers to redo it', async () => {
    let undone = false
    const fetchMock = mockFetch({
      'GET /api/v1/launches/1/history/': () => ({ body: undone ? { undo: resize, redo: move } : { undo: move, redo: null } }),
      'POST /api/v1/launches/1/undo/': () => {
        undone = true
        return { body: { undo: resize, redo: move, applied: move } }
      },
    })
    renderWithProviders(<UndoRedoButtons launchId={1} />)
    fireEvent.click(await findButton(/^Undo: Move/))

    expect(await screen.findByRole('status')).toHaveTextContent('Undone: Move “Draft the press release” 3 days later')
    expect(await screen.findByRole('button', { name: 'Redo: Move “Draft the press release” 3 days later' })).toBeEnabled()
    expect(screen.getByRole('button', { name: 'Undo: Resize “Brief staff” to 4 days' })).toBeEnabled()
    const posts = fetchMock.mock.calls.filter(([, init]) => init?.method === 'POST')
    expect(posts.map(([url]) => String(url))).toEqual(['/api/v1/launches/1/undo/'])
  })

  it('says why when the server refuses (409: changed since), and shows the history as it is now', async () => {
    let refused = false
    mockFetch({
      'GET /api/v1/launches/1/history/': () => ({ body: refused ? { undo: null, redo: null } : { undo: move, redo: null } }),
      'POST /api/v1/launches/1/undo/': () => {
        refused = true
        return {
          status: 409,
          body: {
            code: 'changed_since',
            message: '“Draft the press release” was changed since by Mia Jones; undo was not applied.',
            extra: {},
          },
        }
      },
    })
    renderWithProviders(<UndoRedoButtons launchId={1} />)
    fireEvent.click(await findButton(/^Undo: Move/))
    expect(await screen.findByRole('status')).toHaveTextContent(
      '“Draft the press release” was changed since by Mia Jones; undo was not applied.',
    )
    expect(await screen.findByRole('button', { name: 'Nothing to undo' })).toBeDisabled()
  })

  it('undoes with Ctrl+Z and redoes with Ctrl+Shift+Z, but not while typing in a text field', async () => {
    const posted: string[] = []
    mockFetch({
      'GET /api/v1/launches/1/history/': { body: { undo: move, redo: resize } },
      'POST /api/v1/launches/1/undo/': () => {
        posted.push('undo')
        return { body: { undo: move, redo: resize, applied: move } }
      },
      'POST /api/v1/launches/1/redo/': () => {
        posted.push('redo')
        return { body: { undo: move, redo: resize, applied: resize } }
      },
    })
    renderWithProviders(
      <>
        <input aria-label="Title" />
        <UndoRedoButtons launchId={1} />
      </>,
    )
    await findButton(/^Undo: Move/)

    fireEvent.keyDown(screen.getByRole('textbox', { name: 'Title' }), { key: 'z', ctrlKey: true })
    expect(posted).toEqual([])

    fireEvent.keyDown(document.body, { key: 'z', ctrlKey: true })
    expect(await screen.findByRole('status')).toHaveTextContent('Undone: Move “Draft the press release” 3 days later')
    await waitFor(() => expect(screen.getByRole('button', { name: /^Redo:/ })).toBeEnabled())
    fireEvent.keyDown(document.body, { key: 'Z', metaKey: true, shiftKey: true })
    expect(await screen.findByRole('status')).toHaveTextContent('Redone: Resize “Brief staff” to 4 days')
    expect(posted).toEqual(['undo', 'redo'])
  })

  it('does nothing on Ctrl+Z when there is nothing to undo', async () => {
    const fetchMock = mockFetch({ 'GET /api/v1/launches/1/history/': { body: { undo: null, redo: resize } } })
    renderWithProviders(<UndoRedoButtons launchId={1} />)
    await findButton('Redo: Resize “Brief staff” to 4 days')
    expect(screen.getByRole('button', { name: 'Nothing to undo' })).toBeDisabled()
    fireEvent.keyDown(document.body, { key: 'z', ctrlKey: true })
    expect(fetchMock.mock.calls.some(([, init]) => init?.method === 'POST')).toBe(false)
    expect(screen.getByRole('status')).toHaveTextContent('')
  })
})

describe('shortcutDirection', () => {
  it('reads Ctrl/Cmd+Z as undo, Ctrl/Cmd+Shift+Z and Ctrl+Y as redo, and nothing else', () => {
    const key = (k: string, mods: Partial<KeyboardEvent> = {}) =>
      shortcutDirection({ key: k, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods })
    expect(key('z', { ctrlKey: true })).toBe('undo')
    expect(key('z', { metaKey: true })).toBe('undo')
    expect(key('Z', { ctrlKey: true, shiftKey: true })).toBe('redo')
    expect(key('y', { ctrlKey: true })).toBe('redo')
    expect(key('z')).toBeNull()
    expect(key('z', { ctrlKey: true, altKey: true })).toBeNull()
    expect(key('y', { metaKey: true })).toBeNull()
  })
})
