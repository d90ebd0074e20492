/**
 * `make bench`: time to first render of the timeline with 1,000 tasks in headless Chromium. Starts the real
 * server on its own SQLite database, builds the launch (manage.py seed_bench_launch), signs in as the CSBO,
 * opens the launch's timeline RUNS times in a fresh page and reads the `timeline:first-render` measure the
 * timeline component records (navigation start to the first painted frame with bars). Prints the median.
 */
import { launchChromium, startServer } from '../e2e/server.mjs'
import { signedInOnBenchLaunch } from './bench-page.mjs'

const TASKS = Number(process.env.BENCH_TASKS ?? 1000)
const RUNS = Number(process.env.BENCH_RUNS ?? 7)

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

const server = await startServer()
const browser = await launchChromium()
try {
  const { launchId, page } = await signedInOnBenchLaunch(server, browser, TASKS)

  const firstRender = []
  const dataLoaded = []
  for (let run = 0; run < RUNS + 1; run++) {
    const fresh = await page.context().newPage()
    await fresh.goto(`${server.baseUrl}/launches/${launchId}`)
    const handle = await fresh.waitForFunction(
      () => {
        const m = performance.getEntriesByName('timeline:first-render')[0]
        const r = performance.getEntriesByType('resource').find((e) => e.name.includes('/timeline/'))
        return m && r ? { render: m.duration, timelineResponse: r.responseEnd } : null
      },
      null,
      { timeout: 60_000 },
    )
    const { render, timelineResponse } = await handle.jsonValue()
    const bars = await fresh.locator('button.task-bar').count()
    if (bars === 0) throw new Error('The timeline rendered no bars')
    await fresh.close()
    if (run === 0) continue // warm-up: Django's first request imports and compiles
    firstRender.push(render)
    dataLoaded.push(timelineResponse)
  }
  const fmt = (v) => `${v.toFixed(0)} ms`
  process.stdout.write(
    `Timeline first render, ${TASKS} tasks, headless Chromium, ${RUNS} runs: median ${fmt(median(firstRender))} ` +
      `(min ${fmt(Math.min(...firstRender))}, max ${fmt(Math.max(...firstRender))}); ` +
      `timeline response received at median ${fmt(median(dataLoaded))}\n`,
  )
} finally {
  await browser.close()
  await server.stop()
}
