/**
 * Communications in a real browser against the real server with the demo data: `make test-e2e`.
 * A member drafts, edits and deletes; the office approves; a step on a version someone else changed is
 * refused with a reload (If-Match). Screenshots go to test-artifacts/e2e/ at the repository root.
 */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { openLaunchAs, openTab, shot, useLiveApp } from './app.mjs'

useLiveApp()

/** Signed in (a fresh context), on the demo launch's communications. */
async function openCommunicationsAs(username, t, contextOptions = {}) {
  const page = await openLaunchAs(username, t, contextOptions)
  await openTab(page, 'Communications')
  await page.getByRole('heading', { name: 'Communications', level: 2 }).waitFor()
  return page
}

/** Drafts a social post T-days from T-0 through the form, and waits for its card. */
async function draft(page, title, channel) {
  await page.getByRole('button', { name: 'Draft a communication' }).click()
  const form = page.getByRole('form', { name: 'Draft a communication' })
  await form.getByLabel('Kind').selectOption('social_post')
  await form.getByLabel('Title').fill(title)
  await form.getByLabel('Channel').fill(channel)
  await form.getByLabel('Days from T-0 (-1 is T-1)').fill('-3')
  await form.getByRole('button', { name: 'Save draft' }).click()
  const card = page.getByRole('article', { name: title })
  await card.waitFor()
  return card
}


test('a member drafts a communication, edits it and deletes it', async (t) => {
  const page = await openCommunicationsAs('pr.member', t)
  const card = await draft(page, 'Aurora teaser', 'LinkedIn')
  await card.getByText('Draft', { exact: true }).waitFor()
  assert.match(await card.textContent(), /Social post · LinkedIn/)
  assert.match(await card.textContent(), /\(T-3\)/)
  await shot(page, '6-member-drafted-communication')

  await card.getByRole('button', { name: 'Edit' }).click()
  const form = card.getByRole('form', { name: 'Edit “Aurora teaser”' })
  assert.equal(await form.getByLabel('Title').inputValue(), 'Aurora teaser')
  assert.equal(await form.getByLabel('Channel').inputValue(), 'LinkedIn')
  await form.getByLabel('Title').fill('Aurora teaser, take two')
  await form.getByLabel('Channel').fill('Mastodon')
  await shot(page, '6-member-editing-communication')
  await form.getByRole('button', { name: 'Save changes' }).click()

  const edited = page.getByRole('article', { name: 'Aurora teaser, take two' })
  await edited.waitFor()
  assert.match(await edited.textContent(), /Social post · Mastodon/)
  assert.equal(await page.getByRole('article', { name: 'Aurora teaser', exact: true }).count(), 0)

  await edited.getByRole('button', { name: 'Delete' }).click()
  await page.getByRole('alertdialog', { name: 'Confirm deletion' }).getByRole('button', { name: 'Yes, delete it' }).click()
  await edited.waitFor({ state: 'detached' })
  await shot(page, '6-member-deleted-communication')
})

test('the office approves a communication a member submitted', async (t) => {
  const member = await openCommunicationsAs('pr.member', t)
  const mine = await draft(member, 'Pre-orders open at T-0', 'Newsletter')
  await mine.getByRole('button', { name: 'Submit for approval' }).click()
  await mine.getByText('Submitted for approval').waitFor()
  assert.equal(await mine.getByRole('button', { name: 'Edit' }).count(), 0)
  assert.equal(await mine.getByRole('button', { name: 'Approve' }).count(), 0)

  const office = await openCommunicationsAs('csbo', t)
  const card = office.getByRole('article', { name: 'Pre-orders open at T-0' })
  await card.getByRole('button', { name: 'Approve' }).click()
  await card.getByText('Approved', { exact: true }).waitFor()
  await shot(office, '6-office-approved-communication')

  // The member sees the decision after a reload, and may now publish (no embargo).
  await member.reload()
  const approved = member.getByRole('article', { name: 'Pre-orders open at T-0' })
  await approved.getByText('Approved', { exact: true }).waitFor()
  await approved.getByRole('button', { name: 'Publish' }).waitFor()
})

test('a step on a communication someone else changed is refused and the current version shown', async (t) => {
  const member = await openCommunicationsAs('pr.member', t)
  const mine = await draft(member, 'Spokesperson quote', 'Blog')
  await mine.getByRole('button', { name: 'Submit for approval' }).click()
  await mine.getByText('Submitted for approval').waitFor()

  // The office's view gets no live updates (a dropped connection, say): it is stale when the office approves.
  const office = await openCommunicationsAs('csbo', t, { live: false })
  const seen = office.getByRole('article', { name: 'Spokesperson quote' })
  await seen.getByRole('button', { name: 'Approve' }).waitFor()

  // While the office looks at it, its author withdraws it.
  await mine.getByRole('button', { name: 'Withdraw' }).click()
  await mine.getByText('Withdrawn', { exact: true }).waitFor()

  await seen.getByRole('button', { name: 'Approve' }).click()
  await seen.getByRole('alert').filter({ hasText: /^Someone else changed this since you loaded it/ }).waitFor()
  await seen.getByText('Withdrawn', { exact: true }).waitFor()
  assert.equal(await seen.getByRole('button', { name: 'Approve' }).count(), 0)
  await shot(office, '6-office-stale-approval-refused')
})
