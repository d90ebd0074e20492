import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { mockFetch } from '../../../test/fetch'
import { ExportMenu } from './ExportMenu'

const toBlob = vi.fn(async () => new Blob(['png'], { type: 'image/png' }))
vi.mock('html-to-image', () => ({ toBlob: (...args: unknown[]) => toBlob(...(args as [])) }))

/** Every file the page saves: its name and its content. */
let saved: { name: string; blob: Blob }[]

beforeEach(() => {
  saved = []
  const blobs = new Map<string, Blob>()
  // jsdom has no object URLs: these stand in for them, and go after each test.
  URL.createObjectURL = (blob: Blob) => {
    const url = `blob:test/${blobs.size}`
    blobs.set(url, blob)
    return url
  }
  URL.revokeObjectURL = () => {}
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    saved.push({ name: this.download, blob: blobs.get(this.href)! })
  })
  toBlob.mockClear()
})

afterEach(() => {
  document.documentElement.classList.remove('is-exporting')
  Reflect.deleteProperty(URL, 'createObjectURL')
  Reflect.deleteProperty(URL, 'revokeObjectURL')
})

function choose(label: string) {
  fireEvent.click(screen.getByRole('button', { name: 'Export' }))
  fireEvent.click(screen.getByRole('menuitem', { name: label }))
}

describe('ExportMenu', () => {
  it('offers the four exports in a menu', () => {
    render(<ExportMenu launchId={7} launchName="Aurora" />)
    fireEvent.click(screen.getByRole('button', { name: 'Export' }))
    expect(screen.getAllByRole('menuitem').map((item) => item.textContent)).toEqual([
      'Timeline as PNG',
      'Print / PDF',
      'Plan as CSV',
      'Plan as Excel (XLSX)',
    ])
  })

  it.each([
    ['Plan as CSV', 'csv', 'aurora-plan.csv'],
    ['Plan as Excel (XLSX)', 'xlsx', 'aurora-plan.xlsx'],
  ])('%s fetches the launch’s export and saves it under the server’s name', async (label, format, name) => {
    const fetchMock = mockFetch({
      [`GET /api/v1/launches/7/export.${format}`]: {
        body: 'Department,Task\r\n',
        headers: { 'Content-Type': 'text/csv', 'Content-Disposition': `attachment; filename="${name}"` },
      },
    })
    render(<ExportMenu launchId={7} launchName="Aurora Café" />)
    choose(label)
    expect(await screen.findByText(`Saved ${name}.`)).toBeInTheDocument()
    expect(fetchMock).toHaveBeenCalledTimes(1)
    expect(String(fetchMock.mock.calls[0][0])).toBe(`/api/v1/launches/7/export.${format}`)
    expect(saved.map((file) => file.name)).toEqual([name])
    expect(await saved[0].blob.text()).toBe('Department,Task\r\n')
  })

  it('shows the server’s message when the export is refused, and saves nothing', async () => {
    mockFetch({
      'GET /api/v1/launches/7/export.csv': {
        status: 401,
        body: { code: 'not_authenticated', message: 'Authentication credentials were not provided.', extra: {} },
      },
    })
    render(<ExportMenu launchId={7} launchName="Aurora" />)
    choose('Plan as CSV')
    expect(await screen.findByRole('alert')).toHaveTextContent('Authentication credentials were not provided.')
    expect(saved).toEqual([])
  })

  it('saves the whole timeline as a PNG, drawn with every row', async () => {
    document.body.insertAdjacentHTML('beforeend', '<section class="timeline"><div class="timeline-scroll"></div></section>')
    const resized = vi.fn()
    window.addEventListener('resize', resized)
    let expandedWhileDrawn = false
    toBlob.mockImplementationOnce(async () => {
      expandedWhileDrawn = document.documentElement.classList.contains('is-exporting')
      return new Blob(['png'], { type: 'image/png' })
    })
    render(<ExportMenu launchId={7} launchName="Aurora Café" />)
    choose('Timeline as PNG')
    expect(await screen.findByText('Saved aurora-cafe-timeline.png.')).toBeInTheDocument()
    expect(toBlob).toHaveBeenCalledTimes(1)
    expect((toBlob.mock.calls[0] as unknown[])[0]).toBe(document.querySelector('.timeline-scroll'))
    expect(expandedWhileDrawn).toBe(true)
    // Grown for the image, then back: the timeline measured itself twice.
    expect(resized).toHaveBeenCalledTimes(2)
    expect(document.documentElement).not.toHaveClass('is-exporting')
    expect(saved.map((file) => file.name)).toEqual(['aurora-cafe-timeline.png'])
    window.removeEventListener('resize', resized)
    document.querySelector('.timeline')?.remove()
  })

  it('says to open the timeline when there is none to draw', async () => {
    render(<ExportMenu launchId={7} launchName="Aurora" />)
    choose('Timeline as PNG')
    expect(await screen.findByRole('alert')).toHaveTextContent('Open the Timeline tab to save it as an image.')
    expect(toBlob).not.toHaveBeenCalled()
  })

  it('prints with the whole timeline drawn, and shrinks it back after printing', async () => {
    const print = vi.fn(() => {
      expect(document.documentElement).toHaveClass('is-exporting')
    })
    vi.stubGlobal('print', print)
    render(<ExportMenu launchId={7} launchName="Aurora" />)
    choose('Print / PDF')
    await waitFor(() => expect(print).toHaveBeenCalledTimes(1))
    act(() => {
      window.dispatchEvent(new Event('afterprint'))
    })
    expect(document.documentElement).not.toHaveClass('is-exporting')
  })
})
