/**
 * PR's lead works on their department's part of the demo launch with the mouse, as a lead would: resizes a task
 * by dragging its due end, draws a link from a bar's connector, deletes a task after confirming, drags a bar and
 * takes it back with Undo; another department's bar offers none of it. Each result is checked through the API.
 */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { apiGet, expectNoAxeViolations, openLaunchAs, shot as shotPage, useLiveApp } from './app.mjs'

useLiveApp()

const LEAD = 'pr.lead'
const DAY_MS = 86_400_000

function shot(page, name) {
  return shotPage(page, name, { fullPage: false })
}

/** Signed in as PR's lead, on the demo launch's timeline; with the launch's id. */
async function openTimeline(t) {
  const page = await openLaunchAs(LEAD, t)
  await page.getByRole('region', { name: /^Timeline:/ }).waitFor()
  const launchId = Number(page.url().match(/\/launches\/(\d+)/)[1])
  return { page, launchId }
}

function taskBar(page, title) {
  return page.locator(`button.task-bar[aria-label^="${title},"]`)
}

/** Scrolls the task's bar into the middle of the view with the finder (which opens its panel), then closes it. */
async function findBar(page, title) {
  const finder = page.getByLabel('Find a task')
  await finder.fill(title)
  await finder.press('Enter')
  const panel = page.getByRole('complementary', { name: title })
  await panel.waitFor()
  await finder.fill('')
  await panel.getByRole('button', { name: /^Close/ }).click()
  await panel.waitFor({ state: 'detached' })
  return taskBar(page, title)
}

async function planTask(page, launchId, title) {
  const timeline = await apiGet(page, `launches/${launchId}/timeline/`)
  return { timeline, task: timeline.tasks.find((task) => task.title === title) }
}

function addDays(isoDay, days) {
  return new Date(Date.parse(`${isoDay}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10)
}

/** Drags with the mouse from one point to another in small steps, as a hand would. */
async function drag(page, from, to) {
  await page.mouse.move(from.x, from.y)
  await page.mouse.down()
  await page.mouse.move(from.x + Math.sign(to.x - from.x) * 6, from.y, { steps: 2 })
  await page.mouse.move(to.x, to.y, { steps: 8 })
  await page.mouse.up()
}

const centre = (box) => ({ x: box.x + box.width / 2, y: box.y + box.height / 2 })

test('a lead resizes their task by dragging its due end', async (t) => {
  const title = 'Spokesperson media training'
  const { page, launchId } = await openTimeline(t)
  const { timeline, task: before } = await planTask(page, launchId, title)
  // The first later day (two at least) that the launch works, so the due day lands where it was dragged.
  const closed = new Set(timeline.calendar.closed_days.map((d) => d.date))
  const works = (day) => timeline.calendar.working_weekdays.includes(((new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7) + 1) && !closed.has(day)
  let days = 2
  while (!works(addDays(before.planned_due, days))) days += 1

  const bar = await findBar(page, title)
  await bar.hover()
  const handle = await bar.locator('.bar-handle-due').boundingBox()
  assert.ok(handle, 'the lead’s own bar has no resize handle')
  const from = centre(handle)
  const saved = page.waitForResponse((r) => r.request().method() === 'PATCH' && /\/tasks\/\d+\/$/.test(r.url()))
  await drag(page, from, { x: from.x + days * 28, y: from.y })
  const response = await saved
  assert.equal(response.status(), 200, await response.text())
  assert.deepEqual(response.request().postDataJSON(), { due_date: addDays(before.planned_due, days) })

  // The PATCH has answered: the server has the new due day.
  const { task: after } = await planTask(page, launchId, title)
  assert.equal(after.planned_due, addDays(before.planned_due, days))
  assert.equal(after.planned_start, before.planned_start)
  assert.ok(after.duration_days > before.duration_days)
  await page.waitForFunction(
    ([name, text]) => document.querySelector(`button.task-bar[aria-label^="${name},"]`)?.getAttribute('aria-label')?.includes(text),
    [title, ` to ${new Date(`${after.due}T00:00:00Z`).getUTCDate()} `],
  )
  await expectNoAxeViolations(page, 'the timeline after a resize (lead)')
  await shot(page, 'lead-1-resized')
})

test('a lead draws a link from their bar’s connector onto another of their bars', async (t) => {
  const predecessor = 'Spokesperson media training'
  const successor = 'Brief journalists under embargo'
  const { page, launchId } = await openTimeline(t)
  const source = await findBar(page, predecessor)
  const target = taskBar(page, successor)
  await source.hover()
  const from = await source.locator('.bar-connector').boundingBox()
  const to = await target.boundingBox()
  assert.ok(from && to, 'the bars are not on screen')
  await drag(page, centre(from), centre(to))
  await page
    .locator('.timeline-announcement[role="status"]')
    .filter({ hasText: `“${successor}” now starts after “${predecessor}” finishes.` })
    .waitFor()
  const { timeline } = await planTask(page, launchId, successor)
  const id = (title) => timeline.tasks.find((task) => task.title === title).id
  const link = timeline.dependencies.find((d) => d.predecessor === id(predecessor) && d.successor === id(successor))
  assert.ok(link, 'the drawn link is not in the plan')
  assert.equal(link.type, 'finish_to_start')
  assert.equal(link.lag_days, 0)
  // The successor's panel lists it.
  await target.click()
  const panel = page.getByRole('complementary', { name: successor })
  await panel.getByRole('region', { name: 'Dependencies' }).getByText(`Starts after “${predecessor}”`).waitFor()
  await expectNoAxeViolations(page, 'the task panel of a lead’s task')
  await shot(page, 'lead-2-drawn-link')
})

test('a lead deletes their task once they confirm', async (t) => {
  const title = 'Monitor coverage'
  const { page, launchId } = await openTimeline(t)
  const bar = await findBar(page, title)
  await bar.click()
  const panel = page.getByRole('complementary', { name: title })
  await panel.getByRole('button', { name: `Delete task “${title}”` }).click()
  const question = page.getByRole('alertdialog', { name: `Delete “${title}”?` })
  await question.getByText('Its links go too.').waitFor()
  await expectNoAxeViolations(page, 'the delete confirmation')
  await shot(page, 'lead-3-delete-question')
  // "Keep it" keeps it.
  await question.getByRole('button', { name: 'Keep it' }).click()
  await question.waitFor({ state: 'detached' })
  assert.ok((await planTask(page, launchId, title)).task, 'Keep it deleted the task')

  await panel.getByRole('button', { name: `Delete task “${title}”` }).click()
  const deleted = page.waitForResponse((r) => r.request().method() === 'DELETE' && /\/tasks\/\d+\/$/.test(r.url()))
  await question.getByRole('button', { name: 'Yes, delete it' }).click()
  assert.equal((await deleted).status(), 204)
  await panel.waitFor({ state: 'detached' })
  await bar.waitFor({ state: 'detached' })
  assert.equal((await planTask(page, launchId, title)).task, undefined)
  await page.getByRole('button', { name: `Undo: Delete “${title}”` }).waitFor()
})

test('a lead drags their bar two days later, then Undo puts it back', async (t) => {
  const title = 'Publish the press release'
  const { page, launchId } = await openTimeline(t)
  const { task: before } = await planTask(page, launchId, title)
  const bar = await findBar(page, title)
  const box = await bar.boundingBox()
  const from = centre(box)
  const moved = page.waitForResponse((r) => r.request().method() === 'PATCH' && /\/tasks\/\d+\/$/.test(r.url()))
  await drag(page, from, { x: from.x + 2 * 28, y: from.y })
  assert.equal((await moved).status(), 200)
  const { task: after } = await planTask(page, launchId, title)
  assert.equal(after.planned_start, addDays(before.planned_start, 2))
  assert.equal(after.duration_days, before.duration_days)

  const undo = page.getByRole('button', { name: `Undo: Move “${title}” 2 days later` })
  await undo.waitFor()
  await shot(page, 'lead-4-dragged')
  const undone = page.waitForResponse((r) => r.request().method() === 'POST' && r.url().endsWith(`/launches/${launchId}/undo/`))
  await undo.click()
  assert.equal((await undone).status(), 200)
  await page.getByRole('group', { name: 'Your changes' }).getByRole('status').filter({ hasText: `Undone: Move “${title}” 2 days later` }).waitFor()
  const { task: back } = await planTask(page, launchId, title)
  assert.equal(back.planned_start, before.planned_start)
  assert.equal(back.planned_due, before.planned_due)
  assert.equal(back.offset_days, before.offset_days)
  await page.getByRole('button', { name: `Redo: Move “${title}” 2 days later` }).waitFor()
  await expectNoAxeViolations(page, 'the timeline after an undo (lead)')
  await shot(page, 'lead-5-undone')
})

test("another department's bar offers the lead no handle, no keyboard move and no edit", async (t) => {
  const title = 'Campaign brief'
  const { page, launchId } = await openTimeline(t)
  const { task: before } = await planTask(page, launchId, title)
  const bar = await findBar(page, title)
  assert.equal(await bar.locator('.bar-handle').count(), 0)
  assert.equal(await bar.getAttribute('aria-keyshortcuts'), null)
  const writes = []
  page.on('request', (request) => {
    if (!['GET', 'HEAD'].includes(request.method())) writes.push(`${request.method()} ${request.url()}`)
  })
  // A drag across it moves nothing; a click opens its panel, read only.
  const box = await bar.boundingBox()
  await drag(page, centre(box), { x: centre(box).x + 3 * 28, y: centre(box).y })
  await bar.click()
  const panel = page.getByRole('complementary', { name: title })
  await panel.getByRole('note').filter({ hasText: /^Read only: only the office, Marketing's lead, the task's assignee or its collaborators/ }).waitFor()
  for (const name of ['Save changes', /^Delete/, 'Add dependency']) {
    assert.equal(await panel.getByRole('button', { name }).count(), 0, `the panel offers ${name}`)
  }
  assert.equal(await panel.getByText('Add a dependency').count(), 0)
  assert.equal(await panel.getByRole('textbox').count(), 0)
  assert.equal(await panel.getByRole('combobox').count(), 0)
  assert.deepEqual(writes, [])
  const { task: after } = await planTask(page, launchId, title)
  assert.equal(after.planned_start, before.planned_start)
  assert.equal(after.planned_due, before.planned_due)
  await expectNoAxeViolations(page, 'another department’s task panel (lead)')
  await shot(page, 'lead-6-other-department')
})
