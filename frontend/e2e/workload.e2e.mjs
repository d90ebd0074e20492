/**
 * People's workload across launches (issue 21), in a real browser against the real server with the demo data: the
 * CSBO sees that Marco (marketing, capacity 2 tasks a week, on both demo launches) is over capacity, is warned
 * before putting more on him, and reassigns one of his tasks. `make test-e2e`; screenshots go to
 * test-artifacts/e2e/.
 */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { apiGet, baseUrl, expectNoAxeViolations, shot, signInAs, useLiveApp } from './app.mjs'

useLiveApp()

const OVER = 'Marco Bianchi'
const OTHER = 'Maya Lindqvist'

async function api(page, method, apiPath, data) {
  const csrf = (await page.context().cookies()).find((cookie) => cookie.name === 'csrftoken')?.value
  const response = await page.request.fetch(`${baseUrl()}/api/v1${apiPath}`, {
    method,
    data,
    headers: { 'X-CSRFToken': csrf ?? '', Referer: baseUrl() },
  })
  assert.ok(response.ok(), `${method} ${apiPath}: ${response.status()} ${await response.text()}`)
  return response.json()
}

test('the CSBO sees who is over capacity, is warned before adding work, and reassigns a task', async (t) => {
  const page = await signInAs('csbo', t)
  await page.getByRole('link', { name: 'Workload' }).click()
  await page.getByRole('heading', { name: 'Workload' }).waitFor()
  await page.getByLabel('Over-allocated only').check()
  // The unfiltered rows stay on screen, marked as updating, until the filtered answer arrives.
  await page.waitForURL(/over=1/)
  await page.getByRole('status').filter({ hasText: 'Updating…' }).waitFor({ state: 'detached' })
  const row = page.getByRole('row').filter({ has: page.getByRole('button', { name: OVER }) })
  await row.getByText('Over capacity').first().waitFor()
  // Nobody within capacity is listed with that filter.
  assert.equal(await page.getByRole('button', { name: OTHER }).count(), 0)
  await expectNoAxeViolations(page, 'the workload')
  await shot(page, 'workload-over-capacity', { fullPage: false })

  // His weeks as the API has them: the first week over capacity, and his tasks in it.
  const list = await apiGet(page, '/workload/?over=true')
  const marco = list.people.find((person) => person.person.full_name === OVER)
  const overWeek = marco.weeks.find((week) => week.over)
  assert.ok(overWeek.tasks > marco.capacity_tasks_per_week, 'over means more tasks than his capacity')
  const sunday = new Date(Date.parse(`${overWeek.week}T00:00:00Z`) + 6 * 86_400_000).toISOString().slice(0, 10)
  const detail = await apiGet(page, `/workload/${marco.person.id}/?from=${overWeek.week}&to=${sunday}`)
  const mine = detail.tasks.filter((task) => task.role === 'assignee')
  assert.ok(mine.length > 0)

  // Before putting more work on him, the task's form says he has enough that week.
  const chosen = mine[0]
  const timeline = await apiGet(page, `/launches/${chosen.launch}/timeline/`)
  const lane = timeline.lanes.find((item) => item.department.name === chosen.department_name)
  const extra = await api(page, 'POST', '/tasks/', {
    workstream: lane.id,
    title: 'Shoot the unboxing photos',
    schedule_mode: 'fixed',
    start_date: overWeek.week,
    duration_days: 3,
    assignee: lane.lead,
  })
  await page.goto(`${baseUrl()}/launches/${chosen.launch}?task=${extra.id}`)
  const extraPanel = page.getByRole('complementary', { name: 'Shoot the unboxing photos' })
  await extraPanel.waitFor()
  await extraPanel.getByLabel('Assignee').selectOption({ label: OVER })
  const warning = extraPanel.locator('.assignment-warning').filter({ hasText: `${OVER} already has` })
  await warning.waitFor()
  assert.match(await warning.textContent(), /capacity 2 a week/)
  await shot(page, 'workload-assignment-warning', { fullPage: false })

  // From the workload, his task opens on its launch's timeline, and goes to a colleague.
  await page.goto(`${baseUrl()}/workload`)
  await page.getByRole('button', { name: OVER }).click()
  await page.getByRole('heading', { name: OVER, level: 3 }).waitFor()
  await page.getByRole('link', { name: chosen.title }).first().click()
  const panel = page.getByRole('complementary', { name: chosen.title })
  await panel.waitFor()
  await panel.getByLabel('Assignee').selectOption({ label: OTHER })
  await panel.getByRole('button', { name: 'Save changes' }).click()
  await panel.getByRole('status').filter({ hasText: 'Saved.' }).waitFor()

  const after = await apiGet(page, `/workload/${marco.person.id}/?from=${overWeek.week}&to=${sunday}`)
  assert.ok(!after.tasks.some((task) => task.id === chosen.id && task.role === 'assignee'), 'no longer his')
  assert.equal(after.weeks[0].tasks, overWeek.tasks - (after.tasks.some((task) => task.id === chosen.id) ? 0 : 1))
  await page.goto(`${baseUrl()}/workload`)
  await page.getByRole('button', { name: OVER }).waitFor()
  await shot(page, 'workload-after-reassigning', { fullPage: false })
})
