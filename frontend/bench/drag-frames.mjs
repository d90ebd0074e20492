/**
 * `make bench`: frame times while a bar is dragged on a 1,000-task timeline in headless Chromium. Starts the
 * real server on its own SQLite database, builds the launch (manage.py seed_bench_launch), signs in as the CSBO,
 * opens the timeline, and drags a bar sideways with the mouse in small steps, one step per animation frame,
 * while a requestAnimationFrame loop in the page records the time between frames. Releases the bar back where
 * it started (no save). Prints the median and 95th percentile frame interval and the share of frames slower
 * than 60 fps (16.7 ms), over RUNS drags.
 */
import { launchChromium, startServer } from '../e2e/server.mjs'
import { onBenchTimeline } from './bench-page.mjs'

const TASKS = Number(process.env.BENCH_TASKS ?? 1000)
const RUNS = Number(process.env.BENCH_RUNS ?? 5)
const STEPS = 90 // about 1.5 s of dragging at 60 fps

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]
}

const server = await startServer()
const browser = await launchChromium()
try {
  const { page } = await onBenchTimeline(server, browser, TASKS)

  const intervals = []
  for (let run = 0; run < RUNS; run++) {
    // A bar fully in view, wide enough to grab in its middle (not on a resize handle).
    const box = await page.evaluate(async (run) => {
      const scroller = document.querySelector('.timeline-scroll')
      const view = () => scroller.getBoundingClientRect()
      const inRows = [...document.querySelectorAll('button.task-bar')].filter((bar) => {
        const r = bar.getBoundingClientRect()
        return r.width >= 40 && r.top > view().top + 80 && r.bottom < view().bottom - 20
      })
      const bar = inRows[run % Math.max(1, inRows.length)]
      if (!bar) return null
      // Bring it into the middle of the view horizontally, then wait for the frame.
      scroller.scrollLeft += bar.getBoundingClientRect().left - view().left - view().width / 3
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))
      const r = bar.getBoundingClientRect()
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 }
    }, run)
    if (!box) throw new Error('No bar in view to drag')
    await page.evaluate(() => {
      window.__frames = []
      let last = performance.now()
      const tick = (now) => {
        window.__frames.push(now - last)
        last = now
        if (window.__recording) requestAnimationFrame(tick)
      }
      window.__recording = true
      requestAnimationFrame(tick)
    })
    await page.mouse.move(box.x, box.y)
    await page.mouse.down()
    for (let step = 1; step <= STEPS; step++) {
      // Out 120 px and back, so the release is where it started and nothing is saved.
      const dx = step <= STEPS / 2 ? (step / (STEPS / 2)) * 120 : ((STEPS - step) / (STEPS / 2)) * 120
      await page.mouse.move(box.x + dx, box.y)
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve())))
    }
    await page.mouse.up()
    const frames = await page.evaluate(() => {
      window.__recording = false
      return window.__frames.slice(1)
    })
    intervals.push(...frames)
  }
  const slow = intervals.filter((ms) => ms > 1000 / 60 + 0.5).length
  process.stdout.write(
    `Timeline drag, ${TASKS} tasks, headless Chromium, ${RUNS} drags of ${STEPS} steps: frame interval median ` +
      `${percentile(intervals, 50).toFixed(1)} ms, p95 ${percentile(intervals, 95).toFixed(1)} ms; ` +
      `${((100 * slow) / intervals.length).toFixed(1)}% of ${intervals.length} frames slower than 60 fps\n`,
  )
} finally {
  await browser.close()
  await server.stop()
}
