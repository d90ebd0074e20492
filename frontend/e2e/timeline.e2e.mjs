/**
 * The timeline in a real browser against the real server with the demo data: `make test-e2e`.
 * Screenshots go to test-artifacts/e2e/ at the repository root.
 */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { openLaunchAs, shot as shotPage, useLiveApp } from './app.mjs'

useLiveApp()

/** Signed in (a fresh context), on the demo launch's timeline. */
async function openTimelineAs(username, t, contextOptions = {}) {
  const page = await openLaunchAs(username, t, contextOptions)
  await page.getByRole('region', { name: /^Timeline:/ }).waitFor()
  return page
}

function taskBar(page, title) {
  return page.locator(`button.task-bar[aria-label^="${title},"]`)
}

function shot(page, name) {
  return shotPage(page, name, { fullPage: false })
}

test('a lead updates a task and the timeline shows it', async (t) => {
  // A task still ahead (T-10 working days; T-0 is a month or more away): work before today is done in the demo.
  const title = 'Brief journalists under embargo'
  const page = await openTimelineAs('pr.lead', t)
  // PR's lane is below the fold (only rows in view are rendered): find the task by its title.
  await page.getByLabel('Find a task').fill(title)
  await page.getByLabel('Find a task').press('Enter')
  const bar = taskBar(page, title)
  assert.match(await bar.getAttribute('aria-label'), /To do/)
  const dialog = page.getByRole('complementary', { name: title })
  await dialog.getByLabel('Status').selectOption('in_progress')
  await dialog.getByRole('button', { name: 'Save changes' }).click()
  await dialog.getByText('Saved. The timeline shows the change.').waitFor()
  await shot(page, '1-lead-updated-task-dialog')
  await dialog.getByRole('button', { name: 'Close' }).click()
  await page.waitForFunction(
    (name) => document.querySelector(`button.task-bar[aria-label^="${name},"]`)?.getAttribute('aria-label')?.includes('In progress'),
    title,
  )
  assert.ok((await bar.getAttribute('class')).includes('task-in_progress'))
  await shot(page, '1-lead-updated-task-timeline')
})

test("a lead cannot edit another department's task", async (t) => {
  const page = await openTimelineAs('pr.lead', t)
  await taskBar(page, 'Campaign brief').click()
  const dialog = page.getByRole('complementary', { name: 'Campaign brief' })
  await dialog.getByRole('note').filter({ hasText: /^Read only/ }).waitFor()
  assert.equal(await dialog.getByRole('button', { name: 'Save changes' }).count(), 0)
  assert.equal(await dialog.getByLabel('Status').count(), 0)
  assert.equal(await dialog.getByRole('form', { name: 'Add a dependency' }).count(), 0)
  await shot(page, '2-lead-read-only-other-department')
})

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/** The panel's "Mon 3 Mar 2027 (T-16) to Tue 4 Mar 2027 (T-15)" as days (UTC midnights) and T-labels. */
function panelDates(text) {
  const match = text.match(/^\w{3} (\d+) (\w{3}) (\d{4}) \((T[-+]\d+)\) to \w{3} (\d+) (\w{3}) (\d{4}) \((T[-+]\d+)\)/)
  assert.ok(match, `unexpected dates: ${text}`)
  const day = (d, m, y) => Date.UTC(Number(y), MONTHS.indexOf(m), Number(d))
  return { start: day(match[1], match[2], match[3]), startT: match[4], due: day(match[5], match[6], match[7]), dueT: match[8] }
}

/** The bar's "..., 3 Mar to 4 Mar, ..." as it should read `days` later. */
function shortDay(utcMidnight) {
  const date = new Date(utcMidnight)
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]}`
}

const DAY_MS = 86_400_000

test('a lead moves their task a day later with Alt+ArrowRight on its bar', async (t) => {
  const title = 'Spokesperson media training'
  const page = await openTimelineAs('pr.lead', t)
  // The finder scrolls to the bar (rows out of view are not rendered) and opens its panel: read the dates.
  await page.getByLabel('Find a task').fill(title)
  await page.getByLabel('Find a task').press('Enter')
  const dialog = page.getByRole('complementary', { name: title })
  const dates = dialog.locator('dt:text-is("Dates") + dd')
  const before = panelDates(await dates.textContent())
  await dialog.getByRole('button', { name: 'Close' }).click()
  await dialog.waitFor({ state: 'detached' })

  const bar = taskBar(page, title)
  assert.equal(await bar.getAttribute('aria-keyshortcuts'), 'Alt+ArrowRight Alt+ArrowLeft Alt+Shift+ArrowRight Alt+Shift+ArrowLeft')
  const hint = await page.evaluate((id) => document.getElementById(id)?.textContent, await bar.getAttribute('aria-describedby'))
  assert.match(hint, /^Alt\+Right Arrow moves the task one day later/)
  const url = page.url()
  await bar.focus()
  await page.keyboard.press('Alt+ArrowRight')

  const moved = `${shortDay(before.start + DAY_MS)} to ${shortDay(before.due + DAY_MS)}`
  await page.waitForFunction(
    ([name, text]) => document.querySelector(`button.task-bar[aria-label^="${name},"]`)?.getAttribute('aria-label')?.includes(text),
    [title, moved],
  )
  const announcement = page.locator('.timeline-announcement[role="status"][aria-live="polite"]')
  await announcement.filter({ hasText: new RegExp(`^Moved “${title}” to T-\\d+, `) }).waitFor()
  // Focus stays on the bar after the timeline reloads; Alt+Arrow did not go through the browser's history.
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('aria-label')?.split(',')[0]), title)
  assert.equal(page.url(), url)
  await shot(page, '5-lead-moved-task-by-keyboard')

  // Enter opens the panel: both dates one day later, one day closer to T-0.
  await page.keyboard.press('Enter')
  const after = panelDates(await dialog.locator('dt:text-is("Dates") + dd').textContent())
  assert.equal(after.start - before.start, DAY_MS)
  assert.equal(after.due - before.due, DAY_MS)
  const tNumber = (label) => Number(label.slice(1))
  assert.equal(tNumber(after.startT) - tNumber(before.startT), 1)
  assert.ok((await announcement.textContent()).includes(`to ${after.startT}, `))
  await dialog.getByRole('button', { name: 'Close' }).click()

  // And back with Alt+ArrowLeft.
  await bar.focus()
  await page.keyboard.press('Alt+ArrowLeft')
  await page.waitForFunction(
    ([name, text]) => document.querySelector(`button.task-bar[aria-label^="${name},"]`)?.getAttribute('aria-label')?.includes(text),
    [title, `${shortDay(before.start)} to ${shortDay(before.due)}`],
  )
  await announcement.filter({ hasText: `Moved “${title}” to ${before.startT}, ` }).waitFor()
  assert.equal(page.url(), url)
})

test('a keyboard move shows at once, marked as saving, and a refused one goes back with the reason', async (t) => {
  const title = 'Spokesperson media training'
  const page = await openTimelineAs('pr.lead', t)
  await page.getByLabel('Find a task').fill(title)
  await page.getByLabel('Find a task').press('Enter')
  const dialog = page.getByRole('complementary', { name: title })
  const before = panelDates(await dialog.locator('dt:text-is("Dates") + dd').textContent())
  await dialog.getByRole('button', { name: 'Close' }).click()
  await dialog.waitFor({ state: 'detached' })
  const bar = taskBar(page, title)
  const onDays = (start, due) => `${shortDay(start)} to ${shortDay(due)}`
  const label = async () => (await bar.getAttribute('aria-label')) ?? ''

  // The PATCH is held until the test lets it go: the bar is on its new days, marked as saving, before then.
  let release
  const held = new Promise((resolve) => (release = resolve))
  let answer = (route) => route.continue()
  await page.route('**/api/v1/tasks/*/', async (route) => {
    if (route.request().method() !== 'PATCH') return route.continue()
    await held
    return answer(route)
  })
  await bar.focus()
  await page.keyboard.press('Alt+ArrowRight')
  const later = onDays(before.start + DAY_MS, before.due + DAY_MS)
  await page.locator(`button.task-bar[data-saving="true"][aria-label^="${title},"][aria-label*=", ${later},"]`).waitFor()
  assert.equal(await bar.getAttribute('aria-busy'), 'true')
  await page.getByRole('status').filter({ hasText: 'Saving the new dates…' }).waitFor()
  await shot(page, '5b-lead-move-saving')
  release()
  await page.locator(`button.task-bar:not([data-saving])[aria-label^="${title},"][aria-label*=", ${later},"]`).waitFor()
  const announcement = page.locator('.timeline-announcement[role="status"]')
  await announcement.filter({ hasText: new RegExp(`^Moved “${title}” to T-\\d+, `) }).waitFor()

  // The server refuses the next one (as it does for a closed launch): back on the days it had, with the reason.
  answer = (route) =>
    route.fulfill({
      status: 409,
      contentType: 'application/json',
      body: JSON.stringify({ code: 'launch_closed', message: 'This launch is closed: its plan cannot change.', extra: {} }),
    })
  await bar.focus()
  await page.keyboard.press('Alt+ArrowLeft')
  await announcement.filter({ hasText: `“${title}” was not moved. This launch is closed: its plan cannot change.` }).waitFor()
  assert.ok((await label()).includes(later), await label())
  assert.equal(await bar.getAttribute('data-saving'), null)
  await shot(page, '5c-lead-move-refused')

  // Back where the test found it, for the tests after this one.
  await page.unroute('**/api/v1/tasks/*/')
  await bar.focus()
  await page.keyboard.press('Alt+ArrowLeft')
  await page.locator(`button.task-bar:not([data-saving])[aria-label^="${title},"][aria-label*=", ${onDays(before.start, before.due)},"]`).waitFor()
  await announcement.filter({ hasText: `Moved “${title}” to ${before.startT}, ` }).waitFor()
})

test('a member cannot move a task with the keyboard', async (t) => {
  const page = await openTimelineAs('pr.member', t)
  await page.getByLabel('Find a task').fill('Draft the press release')
  await page.getByLabel('Find a task').press('Enter')
  const dialog = page.getByRole('complementary', { name: 'Draft the press release' })
  await dialog.getByRole('button', { name: 'Close' }).click()
  const bar = taskBar(page, 'Draft the press release')
  const label = await bar.getAttribute('aria-label')
  assert.equal(await bar.getAttribute('aria-keyshortcuts'), null)
  assert.equal(await bar.getAttribute('aria-describedby'), null)
  let patched = false
  page.on('request', (request) => {
    if (request.method() === 'PATCH') patched = true
  })
  await bar.focus()
  await bar.press('Alt+ArrowRight')
  await page.waitForTimeout(500)
  assert.equal(patched, false)
  assert.equal(await bar.getAttribute('aria-label'), label)
})

function plusDays(localValue, days) {
  const date = new Date(localValue)
  date.setDate(date.getDate() + days)
  const pad = (n) => String(n).padStart(2, '0')
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`
}

test('the CSBO previews and moves launch day', async (t) => {
  const page = await openTimelineAs('csbo', t)
  const before = await page.locator('.launch-header time').textContent()
  await page.getByRole('button', { name: 'Move launch day' }).click()
  const dialog = page.getByRole('dialog', { name: 'Move launch day' })
  const input = dialog.getByLabel('New T-0 (your time zone)')
  await input.fill(plusDays(await input.inputValue(), 7))
  await dialog.getByRole('button', { name: 'Preview' }).click()
  await dialog.getByText(/Launch day moves by 7 days/).waitFor()
  assert.match(await dialog.getByRole('region', { name: 'Preview' }).textContent(), /tasks? and \d+ milestones? or gates? move with it/)
  await shot(page, '3-csbo-move-launch-day-preview')
  await dialog.getByRole('button', { name: 'Move launch day' }).click()
  await dialog.waitFor({ state: 'detached' })
  await page.waitForFunction((old) => document.querySelector('.launch-header time')?.textContent !== old, before)
  const afterText = await page.locator('.launch-header time').textContent()
  assert.notEqual(afterText, before)
  await shot(page, '3-csbo-moved-launch-day')
})

test('the CSBO approves a gate', async (t) => {
  const page = await openTimelineAs('csbo', t)
  const card = page.getByRole('article', { name: 'Readiness review' })
  await card.scrollIntoViewIfNeeded()
  await card.getByText('Social Business Office not decided yet').waitFor()
  await card.getByRole('button', { name: 'Approve' }).click()
  await card.getByText('Your decision is recorded.').waitFor()
  await card.getByText(/✓ approved by Cora Sandoval/).waitFor()
  // Approving again is not offered (issue 16: "Approve" stayed enabled after approving).
  assert.ok(await card.getByRole('button', { name: 'Approved by you' }).isDisabled())
  await shot(page, '4-csbo-approved-gate')
})

test('a gate decision on a version someone else changed is refused and the gate reloaded', async (t) => {
  // Otto (office) loads the gates; then the CSBO approves the office's part of Go/No-Go. Otto's view gets no live
  // updates (a dropped connection, say): it is stale when he decides.
  const otto = await openTimelineAs('office', t, { live: false })
  const stale = otto.getByRole('article', { name: 'Go/No-Go' })
  await stale.scrollIntoViewIfNeeded()
  await stale.getByText('Social Business Office not decided yet').waitFor()

  const csbo = await openTimelineAs('csbo', t)
  const card = csbo.getByRole('article', { name: 'Go/No-Go' })
  await card.scrollIntoViewIfNeeded()
  await card.getByRole('button', { name: 'Approve' }).click()
  await card.getByText('Your decision is recorded.').waitFor()

  // Otto's decision carries the version Otto saw (If-Match): refused, and the gate reloaded with the CSBO's.
  await stale.getByRole('button', { name: 'Reject…' }).click()
  await stale.getByLabel('Comment (needed to reject)').fill('Not ready: the brief is late.')
  await stale.getByRole('button', { name: 'Reject', exact: true }).click()
  await stale
    .getByRole('alert')
    .filter({ hasText: /^Not recorded: this gate was changed by someone else since you loaded it/ })
    .waitFor()
  await stale.getByText(/✓ approved by Cora Sandoval/).waitFor()
  assert.equal(await stale.getByLabel('Comment (needed to reject)').inputValue(), 'Not ready: the brief is late.')
  assert.equal(await stale.getByText('Your decision is recorded.').count(), 0)
  await shot(otto, '4-office-stale-gate-decision')
})
