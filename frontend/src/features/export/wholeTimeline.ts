/**
 * The timeline draws only the rows in view (docs/performance.md, "Timeline first render"). For an image or a
 * print, `html.is-exporting` (index.css) lets its scroll box grow to the whole plan, and a resize event makes it
 * measure again and draw every row; afterwards the class goes and it measures back.
 */

export const TIMELINE_SELECTOR = '.timeline-scroll'
const EXPORTING_CLASS = 'is-exporting'

function frames(n: number): Promise<void> {
  return new Promise((resolve) => {
    const step = (left: number) => (left === 0 ? resolve() : requestAnimationFrame(() => step(left - 1)))
    step(n)
  })
}

/** Grows the timeline to its whole plan and waits until React drew it (two frames: the measure, the render). */
export async function expandTimeline(): Promise<void> {
  document.documentElement.classList.add(EXPORTING_CLASS)
  window.dispatchEvent(new Event('resize'))
  await frames(2)
}

export function collapseTimeline(): void {
  document.documentElement.classList.remove(EXPORTING_CLASS)
  window.dispatchEvent(new Event('resize'))
}

// Canvas limits: browsers refuse a canvas much over 16,384 px a side or ~268 M pixels; html-to-image scales a
// larger one down itself, and a big plan is drawn at its own size rather than twice it.
const SHARP_AREA_PX = 4_000_000

/** The whole timeline as a PNG (html-to-image, loaded on first use); null when no timeline is on the page. */
export async function timelinePng(): Promise<Blob | null> {
  const node = document.querySelector<HTMLElement>(TIMELINE_SELECTOR)
  if (!node) return null
  const { toBlob } = await import('html-to-image')
  await expandTimeline()
  try {
    const width = node.scrollWidth
    const height = node.scrollHeight
    return await toBlob(node, {
      width,
      height,
      backgroundColor: '#ffffff',
      pixelRatio: width * height <= SHARP_AREA_PX ? 2 : 1,
      // Only the page's own styles: nothing to fetch from elsewhere (and the CSP allows nothing else).
      skipFonts: true,
    })
  } finally {
    collapseTimeline()
  }
}

// The width a landscape A4 or Letter page prints at 96 px an inch, inside index.css's @page margins.
const PRINT_WIDTH_PX = 1000

/**
 * Prints the page (the browser's "Save as PDF" included) with the whole timeline drawn, zoomed out to the
 * page's width when it is wider (index.css reads --timeline-print-zoom). Some browsers return from print()
 * before the dialog closes: the timeline shrinks back on afterprint.
 */
export async function printWithWholeTimeline(): Promise<void> {
  await expandTimeline()
  const node = document.querySelector<HTMLElement>(TIMELINE_SELECTOR)
  const zoom = node && node.scrollWidth > PRINT_WIDTH_PX ? PRINT_WIDTH_PX / node.scrollWidth : 1
  document.documentElement.style.setProperty('--timeline-print-zoom', zoom.toFixed(3))
  window.addEventListener(
    'afterprint',
    () => {
      document.documentElement.style.removeProperty('--timeline-print-zoom')
      collapseTimeline()
    },
    { once: true },
  )
  window.print()
}
