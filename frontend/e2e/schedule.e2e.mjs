/**
 * The schedule a planner can trust, in a real browser against the real server with the demo data (Monday to
 * Friday, Berlin's holidays, a company offsite, offsets in working days): the baseline under each bar, late
 * open work forecast from today, the days off shaded, T-0's forecast slip on the timeline, in readiness and
 * in the launch-day move's preview. `make test-e2e`; screenshots in test-artifacts/e2e/.
 */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { openLaunchAs, openTab, shot, useLiveApp } from './app.mjs'

useLiveApp()

const TASK = 'Launch-day staffing rota'

/** A request to the API from the page, with its session and CSRF token, as the app makes it. */
function apiFromPage(page, method, path, body) {
  return page.evaluate(
    async ([method, path, body]) => {
      const token = document.cookie.match(/(?:^|; )csrftoken=([^;]*)/)?.[1] ?? ''
      const response = await fetch(`/api/v1${path}`, {
        method,
        headers: { 'Content-Type': 'application/json', 'X-CSRFToken': decodeURIComponent(token) },
        body: body === undefined ? undefined : JSON.stringify(body),
      })
      return { status: response.status, body: await response.json() }
    },
    [method, path, body],
  )
}

function isoDay(date) {
  return date.toISOString().slice(0, 10)
}

/** A working day of the launch's calendar, `back` calendar days before today or the first one before that. */
function workingDayBefore(calendar, back) {
  const closed = new Set(calendar.closed_days.map((c) => c.date))
  const day = new Date(`${isoDay(new Date())}T00:00:00Z`)
  day.setUTCDate(day.getUTCDate() - back)
  for (;;) {
    const weekday = day.getUTCDay() || 7
    if (calendar.working_weekdays.includes(weekday) && !closed.has(isoDay(day))) return isoDay(day)
    day.setUTCDate(day.getUTCDate() - 1)
  }
}

test('a baseline, late work forecast from today and the days off show on the timeline, readiness and a move', async (t) => {
  const page = await openLaunchAs('csbo', t)
  await page.getByRole('region', { name: /^Timeline:/ }).waitFor()
  const launchId = Number(new URL(page.url()).pathname.match(/^\/launches\/(\d+)/)[1])

  // The office saves today's plan as the baseline.
  const saved = await apiFromPage(page, 'POST', '/baselines/', { launch: launchId, name: 'Plan of record' })
  assert.equal(saved.status, 201, JSON.stringify(saved.body))
  const { body: before } = await apiFromPage(page, 'GET', `/launches/${launchId}/timeline/`)
  assert.equal(before.calendar.offset_count, 'working')
  await page.reload()
  await page.getByRole('region', { name: /^Timeline:/ }).waitFor()

  // The HR lead's rota, needed for launch, is replanned to have started two weeks ago and to end the day
  // before launch day: it has not started, so the forecast runs it from today, past T-0.
  const plannedStart = workingDayBefore(before.calendar, 14)
  const tZero = new Date(`${before.launch.t_zero_date}T00:00:00Z`)
  tZero.setUTCDate(tZero.getUTCDate() - 1)
  const plannedDue = isoDay(tZero)
  await page.getByLabel('Find a task').fill(TASK)
  await page.getByLabel('Find a task').press('Enter')
  const dialog = page.getByRole('complementary', { name: TASK })
  await dialog.getByLabel('Start', { exact: true }).fill(plannedStart)
  await dialog.getByLabel('Due', { exact: true }).fill(plannedDue)
  await dialog.getByRole('button', { name: 'Save changes' }).click()
  await dialog.getByText('Saved. The timeline shows the change.').waitFor()

  // The panel: the offset it wrote counts working days, so the planned start is the day typed.
  const { body: after } = await apiFromPage(page, 'GET', `/launches/${launchId}/timeline/`)
  const task = after.tasks.find((item) => item.title === TASK)
  assert.equal(task.planned_start, plannedStart)
  assert.equal(task.forecast, true)
  assert.ok(task.variance_days > 0, `variance ${task.variance_days}`)
  assert.ok(after.forecast.t_zero_slip_days > 0, JSON.stringify(after.forecast))
  const fact = (term) => dialog.locator(`dt:text-is("${term}") + dd`)
  assert.match(await fact('Forecast').textContent(), /^Forecast from today/)
  assert.match(await fact('Baseline').textContent(), new RegExp(`· ${task.variance_days} days later than baseline$`))
  await shot(page, '6-forecast-task-panel', { fullPage: false })
  await dialog.getByRole('button', { name: 'Close' }).click()

  // The bar: hatched and dashed, named "forecast from today", its baseline a ghost bar under it.
  const bar = page.locator(`button.task-bar[aria-label^="${TASK},"]`)
  await page.waitForFunction(
    (title) => document.querySelector(`button.task-bar[aria-label^="${title},"]`)?.classList.contains('is-forecast'),
    TASK,
  )
  assert.match(await bar.getAttribute('aria-label'), /forecast from today, \d+ days later than baseline$/)
  const ghost = page.locator(`.task-baseline[data-baseline-of="${task.id}"]`)
  assert.match(await ghost.getAttribute('title'), /^Baseline of “Launch-day staffing rota”: /)
  const barBox = await bar.boundingBox()
  const ghostBox = await ghost.boundingBox()
  assert.ok(ghostBox.y >= barBox.y + barBox.height - 1, 'the baseline is drawn under the bar')
  assert.ok(ghostBox.x > barBox.x, 'the baseline was later than the forecast start')

  // What the forecast does to launch day, in one line; the days off shaded, the offsite's shade named.
  await page
    .locator('.forecast-notice')
    .filter({ hasText: `Forecast: work needed for launch finishes ${after.forecast.t_zero_slip_days} days after T-0.` })
    .waitFor()
  assert.ok((await page.locator('rect.day-off-weekly').count()) > 0)
  assert.ok((await page.locator('.timeline-day-off.day-off-closed[title$="(Company offsite)"]').count()) >= 1)
  await page.getByText(/^Days off \(shaded\): Saturday and Sunday each week · \d+ holidays? or closures?$/).waitFor()
  await shot(page, '6-forecast-baseline-days-off-timeline', { fullPage: false })
  await page.getByRole('group', { name: 'Zoom' }).getByRole('button', { name: 'Weeks' }).click()
  await bar.waitFor()
  await shot(page, '6-forecast-baseline-days-off-weeks', { fullPage: false })

  // Readiness says T-0 slips.
  await openTab(page, 'Readiness')
  await page
    .getByText(`Forecast: work needed for launch finishes ${after.forecast.t_zero_slip_days} days after T-0.`)
    .waitFor()
  await shot(page, '6-readiness-forecast-slip')

  // Moving launch day onto a Saturday: the preview warns, and says the slip before and after.
  await openTab(page, 'Timeline')
  await page.getByRole('button', { name: 'Move launch day' }).click()
  const move = page.getByRole('dialog', { name: 'Move launch day' })
  const input = move.getByLabel('New T-0 (your time zone)')
  const value = await input.inputValue()
  const local = new Date(value)
  local.setDate(local.getDate() + 4)
  const pad = (n) => String(n).padStart(2, '0')
  await input.fill(
    `${local.getFullYear()}-${pad(local.getMonth() + 1)}-${pad(local.getDate())}T${pad(local.getHours())}:${pad(local.getMinutes())}`,
  )
  await move.getByRole('button', { name: 'Preview' }).click()
  const preview = move.getByRole('region', { name: 'Preview' })
  await preview.getByText(/^Launch day moves by 4 days/).waitFor()
  await preview.getByRole('heading', { name: /^On a day off after the move \(\d+\)$/ }).waitFor()
  await preview.getByText(/^T-0 falls on \d{4}-\d{2}-\d{2}, a day off \(Saturday\)\.$/).waitFor()
  assert.match(
    await preview.locator('.forecast-notice').textContent(),
    /^Forecast: work needed for launch finishes \d+ days after T-0 now, (\d+ days? after T-0|by T-0) after the move\.$/,
  )
  await shot(page, '6-move-launch-day-onto-saturday-preview', { fullPage: false })
  await move.getByRole('button', { name: 'Cancel' }).click()
})
