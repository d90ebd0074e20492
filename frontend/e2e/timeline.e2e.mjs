/**
 * The timeline in a real browser against the real server with the demo data: `make test-e2e`.
 * Screenshots go to test-artifacts/e2e/ at the repository root.
 */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { openLaunchAs, shot as shotPage, useLiveApp } from './app.mjs'

useLiveApp()

/** Signed in (a fresh context), on the demo launch's timeline. */
async function openTimelineAs(username, t) {
  const page = await openLaunchAs(username, t)
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
  const page = await openTimelineAs('pr.lead', t)
  // PR's lane is below the fold (only rows in view are rendered): find the task by its title.
  await page.getByLabel('Find a task').fill('Draft the press release')
  const bar = taskBar(page, 'Draft the press release')
  assert.match(await bar.getAttribute('aria-label'), /To do/)
  const dialog = page.getByRole('dialog', { name: 'Draft the press release' })
  await dialog.getByLabel('Status').selectOption('in_progress')
  await dialog.getByRole('button', { name: 'Save changes' }).click()
  await dialog.getByText('Saved. The timeline shows the change.').waitFor()
  await shot(page, '1-lead-updated-task-dialog')
  await dialog.getByRole('button', { name: 'Close' }).click()
  await page.waitForFunction(
    (title) => document.querySelector(`button.task-bar[aria-label^="${title},"]`)?.getAttribute('aria-label')?.includes('In progress'),
    'Draft the press release',
  )
  assert.ok((await bar.getAttribute('class')).includes('task-in_progress'))
  await shot(page, '1-lead-updated-task-timeline')
})

test("a lead cannot edit another department's task", async (t) => {
  const page = await openTimelineAs('pr.lead', t)
  await taskBar(page, 'Campaign brief').click()
  const dialog = page.getByRole('dialog', { name: 'Campaign brief' })
  await dialog.getByRole('note').filter({ hasText: /^Read only/ }).waitFor()
  assert.equal(await dialog.getByRole('button', { name: 'Save changes' }).count(), 0)
  assert.equal(await dialog.getByLabel('Status').count(), 0)
  assert.equal(await dialog.getByRole('form', { name: 'Add a dependency' }).count(), 0)
  await shot(page, '2-lead-read-only-other-department')
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
  await card.getByLabel('Comment (needed to reject)').fill('Office is happy with the plan.')
  await card.getByRole('button', { name: 'Approve' }).click()
  await card.getByText('Your decision is recorded.').waitFor()
  await card.getByText(/✓ approved by Cora Sandoval/).waitFor()
  await shot(page, '4-csbo-approved-gate')
})

test('a gate decision on a version someone else changed is refused and the gate reloaded', async (t) => {
  // Otto (office) loads the gates; then the CSBO approves the office's part of Go/No-Go.
  const otto = await openTimelineAs('office', t)
  const stale = otto.getByRole('article', { name: 'Go/No-Go' })
  await stale.scrollIntoViewIfNeeded()
  await stale.getByText('Social Business Office not decided yet').waitFor()

  const csbo = await openTimelineAs('csbo', t)
  const card = csbo.getByRole('article', { name: 'Go/No-Go' })
  await card.scrollIntoViewIfNeeded()
  await card.getByRole('button', { name: 'Approve' }).click()
  await card.getByText('Your decision is recorded.').waitFor()

  // Otto's decision carries the version Otto saw (If-Match): refused, and the gate reloaded with the CSBO's.
  await stale.getByLabel('Comment (needed to reject)').fill('Not ready: the brief is late.')
  await stale.getByRole('button', { name: 'Reject' }).click()
  await stale
    .getByRole('alert')
    .filter({ hasText: /^Not recorded: this gate was changed by someone else since you loaded it/ })
    .waitFor()
  await stale.getByText(/✓ approved by Cora Sandoval/).waitFor()
  assert.equal(await stale.getByLabel('Comment (needed to reject)').inputValue(), 'Not ready: the brief is late.')
  assert.equal(await stale.getByText('Your decision is recorded.').count(), 0)
  await shot(otto, '4-office-stale-gate-decision')
})
