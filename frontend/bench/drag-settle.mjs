/**
 * `make bench`: how long a dropped bar takes to come to rest on its new days, on a 5,000-task timeline in
 * headless Chromium. Starts the real server on its own SQLite database, builds the launch (manage.py
 * seed_bench_launch), signs in as the CSBO, opens the timeline, and RUNS times drags a bar a week later with the
 * mouse (a week keeps it on the same weekdays, and later is never refused by its predecessors). A
 * requestAnimationFrame loop in the page notes the mouse-up and every frame after it: "at rest" is the first
 * frame from which the bar stays on its new days (a bar that goes back in between, and comes again with the
 * server's answer, counts from its second arrival); "settled" is the first frame it is no longer marked as
 * saving. The same is measured for Alt+ArrowRight (a day later) from its key press. Between two moves the page
 * is left idle. A bar that ends where it started (its predecessors hold it) or re-sorted into a row out of the
 * rendered window is counted apart. Prints the medians (BENCH_VERBOSE=1: each move too).
 */
import { launchChromium, startServer } from '../e2e/server.mjs'
import { onBenchTimeline } from './bench-page.mjs'

const TASKS = Number(process.env.BENCH_TASKS ?? 5000)
const RUNS = Number(process.env.BENCH_RUNS ?? 5)
const PX_PER_DAY = 28 // the Days zoom the timeline opens on
const DRAG_DAYS = 7
/** How long the page keeps watching after the bar settled, to catch a late reload that moves it back. */
const WATCH_AFTER_SETTLED_MS = 1500

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

/**
 * In the page: from the next `eventType` (the mouse-up, or the arrow key's press) on, notes the bar's left edge
 * and whether it is marked as saving at every frame, until it has been unmarked for `watchAfterMs`.
 */
function watchBar({ taskId, eventType, watchAfterMs }) {
  window.__settle = new Promise((resolve) => {
    let start = null
    let unmarkedAt = null
    const samples = []
    const note = (event) => {
      if (eventType === 'keydown' && event.key !== 'ArrowRight') return
      start ??= performance.now()
      window.removeEventListener(eventType, note, { capture: true })
    }
    window.addEventListener(eventType, note, { capture: true })
    const tick = (now) => {
      if (start !== null) {
        const el = document.querySelector(`button.task-bar[data-task-id="${taskId}"]`)
        const moving = !el || el.classList.contains('is-dragging') || !!el.style.transform
        const saving = !!el && (el.dataset.saving === 'true' || el.classList.contains('is-saving'))
        samples.push({ t: now - start, left: moving ? null : Math.round(el.getBoundingClientRect().left), saving })
        if (saving || moving) unmarkedAt = null
        else unmarkedAt ??= now
        if ((unmarkedAt !== null && now - unmarkedAt > watchAfterMs) || now - start > 30_000) {
          resolve(samples)
          return
        }
      }
      requestAnimationFrame(tick)
    }
    requestAnimationFrame(tick)
  })
}

/**
 * From the frames after the gesture: when the bar came to rest where it ends (the first frame from which it
 * stays there), when it was last marked as saving, and how often it left that place again in between.
 */
function restTimes(samples, startLeft) {
  const last = samples.at(-1)
  // Rows are sorted by start day: a bar moved past many others can land in a row out of the rendered window.
  if (last && last.left === null && samples.some((s) => s.left === null && !s.saving)) return { moved: false, outOfView: true }
  if (!last || last.left === null || last.saving) return null
  const final = last.left
  if (Math.abs(final - startLeft) < 2) return { moved: false }
  let rest = 0
  let wentBack = 0
  let there = false
  for (const sample of samples) {
    const at = sample.left !== null && Math.abs(sample.left - final) < 2
    if (at && !there) rest = sample.t
    if (!at && there) wentBack++
    there = at
  }
  const settled = samples.findLast((s) => s.saving)?.t ?? rest
  return { moved: true, rest, settled: Math.max(rest, settled), wentBack }
}

const server = await startServer()
const browser = await launchChromium()
try {
  const { page } = await onBenchTimeline(server, browser, TASKS)

  /** A bar fully in view (another one each run), wide enough to grab in its middle, scrolled to a third across. */
  const pickBar = (run) =>
    page.evaluate(async (run) => {
      const scroller = document.querySelector('.timeline-scroll')
      const view = () => scroller.getBoundingClientRect()
      const inRows = [...document.querySelectorAll('button.task-bar')].filter((bar) => {
        const r = bar.getBoundingClientRect()
        return r.width >= 40 && r.top > view().top + 80 && r.bottom < view().bottom - 20
      })
      const bar = inRows[(run * 7) % Math.max(1, inRows.length)]
      if (!bar) return null
      scroller.scrollLeft += bar.getBoundingClientRect().left - view().left - view().width / 3
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))
      const r = bar.getBoundingClientRect()
      return { taskId: bar.dataset.taskId, left: r.left, x: r.left + r.width / 2, y: r.top + r.height / 2 }
    }, run)

  // Between two moves the page is left idle: nothing saving, no request on its way (the reloads after a save
  // included), so that one move's work on the server does not make the next one wait or refuse.
  let inFlight = 0
  let lastRequestEnd = 0
  page.on('request', (request) => request.url().includes('/api/') && inFlight++)
  const done = (request) => {
    if (!request.url().includes('/api/')) return
    inFlight--
    lastRequestEnd = Date.now()
  }
  page.on('requestfinished', done)
  page.on('requestfailed', done)
  const waitIdle = async () => {
    await page.waitForFunction(() => !document.querySelector('button.task-bar.is-saving'), null, { timeout: 30_000 })
    const deadline = Date.now() + 30_000
    while ((inFlight > 0 || Date.now() - lastRequestEnd < 500) && Date.now() < deadline) await page.waitForTimeout(100)
  }

  const results = { drag: [], key: [] }
  const unmoved = { drag: 0, key: 0 }
  const outOfView = { drag: 0, key: 0 }
  for (let run = 0; run < RUNS + 1; run++) {
    for (const kind of ['drag', 'key']) {
      const box = await pickBar(run + (kind === 'key' ? 3 : 0))
      if (!box) throw new Error('No bar in view to move')
      await page.evaluate(watchBar, {
        taskId: box.taskId,
        eventType: kind === 'drag' ? 'pointerup' : 'keydown',
        watchAfterMs: WATCH_AFTER_SETTLED_MS,
      })
      if (kind === 'drag') {
        await page.mouse.move(box.x, box.y)
        await page.mouse.down()
        for (let step = 1; step <= 10; step++) await page.mouse.move(box.x + (step / 10) * DRAG_DAYS * PX_PER_DAY, box.y)
        await page.mouse.up()
      } else {
        await page.locator(`button.task-bar[data-task-id="${box.taskId}"]`).focus()
        await page.keyboard.press('Alt+ArrowRight')
      }
      const samples = await page.evaluate(() => window.__settle)
      const result = restTimes(samples, Math.round(box.left))
      if (!result) {
        throw new Error(
          `The ${kind === 'drag' ? 'dropped' : 'moved'} bar never came to rest: ${JSON.stringify(samples.slice(0, 5))} … ` +
            JSON.stringify(samples.slice(-3)),
        )
      }
      await waitIdle()
      if (process.env.BENCH_VERBOSE) {
        console.error(kind, box.taskId, JSON.stringify(result), await page.locator('.timeline-announcement').textContent())
      }
      if (!result.moved) {
        if (run > 0) (result.outOfView ? outOfView : unmoved)[kind]++
        continue
      }
      if (run === 0) continue // warm-up: Django's first writes import and compile
      results[kind].push(result)
    }
  }
  const fmt = (v) => `${v.toFixed(0)} ms`
  const line = (label, kind) => {
    const rows = results[kind]
    if (rows.length === 0) return `${label}: no bar moved`
    return (
      `${label}: at rest on its new days after median ${fmt(median(rows.map((r) => r.rest)))} ` +
      `(max ${fmt(Math.max(...rows.map((r) => r.rest)))}), settled (saved, no longer marked) after median ` +
      `${fmt(median(rows.map((r) => r.settled)))}; left its new place again ${rows.reduce((n, r) => n + r.wentBack, 0)} ` +
      `times${unmoved[kind] ? `; ${unmoved[kind]} bars ended where they started (held by their predecessors), not counted` : ''}` +
      `${outOfView[kind] ? `; ${outOfView[kind]} bars re-sorted into a row out of view, not counted` : ''}`
    )
  }
  process.stdout.write(
    `Timeline drop to rest, ${TASKS} tasks, headless Chromium, ${RUNS} runs:\n` +
      `  ${line(`mouse-up after a ${DRAG_DAYS}-day drag`, 'drag')}\n` +
      `  ${line('Alt+ArrowRight', 'key')}\n`,
  )
} finally {
  await browser.close()
  await server.stop()
}
