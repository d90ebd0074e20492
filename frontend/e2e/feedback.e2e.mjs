/**
 * Developer feedback in a real browser against the real server with the demo data: `make test-e2e`.
 * Engineering's member adds items and triages one, readiness counts them (without a page reload: every feedback
 * write reloads readiness), a delete on a version someone else changed is refused (If-Match, 412), and the
 * office deletes an item. Screenshots go to test-artifacts/e2e/ at the repository root.
 */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { chooseOption, openLaunchAs, openTab, shot, useLiveApp } from './app.mjs'

const KEPT = 'Pairing with an Android phone takes three tries'
const DROPPED = 'The box says 2026 instead of 2027'

useLiveApp()

async function openFeedback(page) {
  await openTab(page, 'Feedback')
  await page.getByRole('heading', { name: 'Feedback', level: 2 }).waitFor()
}

/** Opens the readiness view and waits until its developer feedback block shows `total` and each count given. */
async function expectFeedbackReadiness(page, total, counts) {
  await openTab(page, 'Readiness')
  const block = page.getByRole('region', { name: `Developer feedback (${total})` })
  await block.waitFor()
  for (const [label, count] of Object.entries(counts)) {
    await block.getByRole('listitem').filter({ hasText: new RegExp(`^${label}: ${count}$`) }).waitFor()
  }
}

/** The list entry of the feedback item with this text. */
function item(page, text) {
  return page.locator('.feedback-list > li').filter({ hasText: text })
}

/** The item's id, from its "#12" label. */
async function itemId(page, text) {
  const label = await item(page, text).locator('strong').first().textContent()
  return Number(label.replace('#', ''))
}

async function addFeedback(page, { source, text, reportedBy, task }) {
  const form = page.getByRole('form', { name: 'Add feedback' })
  await form.getByLabel('Source').selectOption({ label: source })
  await form.getByLabel('Feedback', { exact: true }).fill(text)
  await form.getByLabel('Reported by (optional)').fill(reportedBy)
  if (task) await chooseOption(page, form.getByLabel('About task (optional)'), task)
  await form.getByRole('button', { name: 'Add feedback' }).click()
  await form.getByRole('status').filter({ hasText: /^Added feedback #\d+\.$/ }).waitFor()
  await item(page, text).waitFor()
}

test('Engineering adds and triages feedback, readiness counts it, the office deletes an item', async (t) => {
  // Engineering's member: readiness first (so a stale copy would be cached), then two items and a triage.
  const member = await openLaunchAs('eng.member', t)
  await expectFeedbackReadiness(member, 0, { New: 0, Accepted: 0 })
  await openFeedback(member)

  // A refused write shows the server's message under the field: a text of spaces is blank to the server.
  const form = member.getByRole('form', { name: 'Add feedback' })
  await form.getByLabel('Source').selectOption({ label: 'Survey' })
  await form.getByLabel('Feedback', { exact: true }).fill('   ')
  await form.getByRole('button', { name: 'Add feedback' }).click()
  const textField = form.getByLabel('Feedback', { exact: true })
  await member.waitForFunction((el) => el.getAttribute('aria-invalid') === 'true', await textField.elementHandle())
  assert.match(await form.getByRole('alert').textContent(), /blank|needs a text/i)
  await shot(member, '7-eng-member-feedback-field-error')

  await addFeedback(member, {
    source: 'Beta forum',
    text: KEPT,
    reportedBy: 'dana@example.com',
    task: 'Collect and triage beta feedback',
  })
  assert.match(await item(member, KEPT).textContent(), /Beta forum · from dana@example.com · task: Collect and triage beta feedback · New/)
  await addFeedback(member, { source: 'Support ticket', text: DROPPED, reportedBy: 'Ticket 4711' })
  assert.equal(await member.getByRole('button', { name: /^Delete feedback/ }).count(), 0, 'deleting is for the office and Engineering’s lead')

  const kept = item(member, KEPT)
  const triage = kept.getByRole('form', { name: /^Triage feedback/ })
  await triage.getByLabel('State').selectOption('accepted')
  await triage.getByRole('button', { name: 'Save' }).click()
  await kept.getByText(/· Accepted$/).waitFor()
  // The summary above the list counts it too.
  const counts = member.getByLabel('Feedback by state')
  await counts.locator('div').filter({ hasText: /^Accepted1$/ }).waitFor()
  await shot(member, '7-eng-member-feedback')
  await expectFeedbackReadiness(member, 2, { New: 1, Accepted: 1 })
  await shot(member, '7-eng-member-readiness-feedback')

  // Engineering's lead sees the list, then someone else triages the item before the lead's delete. The lead's
  // view gets no live updates (a dropped connection, say): it is stale when the lead deletes.
  const lead = await openLaunchAs('eng.lead', t, { live: false })
  await openFeedback(lead)
  await item(lead, DROPPED).waitFor()
  const droppedId = await itemId(lead, DROPPED)

  await openFeedback(member)
  const stale = item(member, DROPPED).getByRole('form', { name: `Triage feedback ${droppedId}` })
  await stale.getByLabel('State').selectOption('rejected')
  await stale.getByRole('button', { name: 'Save' }).click()
  await item(member, DROPPED).getByText(/· Rejected$/).waitFor()

  await lead.getByRole('button', { name: `Delete feedback #${droppedId}` }).click()
  await lead.getByRole('alertdialog', { name: `Delete feedback #${droppedId}?` }).getByRole('button', { name: 'Yes, delete it' }).click()
  await item(lead, DROPPED)
    .getByRole('alert')
    .filter({ hasText: `Not deleted: someone else changed feedback #${droppedId} since you loaded it.` })
    .waitFor()
  // The current version is shown, and the item is still there.
  await item(lead, DROPPED).getByText(/· Rejected$/).waitFor()
  await shot(lead, '7-eng-lead-feedback-delete-refused')

  // The office deletes it after confirming; readiness no longer counts it.
  const csbo = await openLaunchAs('csbo', t)
  await expectFeedbackReadiness(csbo, 2, { Rejected: 1, Accepted: 1 })
  await openFeedback(csbo)
  await csbo.getByRole('button', { name: `Delete feedback #${droppedId}` }).click()
  const confirm = csbo.getByRole('alertdialog', { name: `Delete feedback #${droppedId}?` })
  await confirm.getByText(`Delete feedback #${droppedId} for good?`).waitFor()
  await confirm.getByRole('button', { name: 'Yes, delete it' }).click()
  await item(csbo, DROPPED).waitFor({ state: 'detached' })
  await item(csbo, KEPT).waitFor()
  await shot(csbo, '7-csbo-feedback-deleted')
  await expectFeedbackReadiness(csbo, 1, { New: 0, Rejected: 0, Accepted: 1 })

  // Someone outside Engineering and the office only reads.
  const prLead = await openLaunchAs('pr.lead', t)
  await openFeedback(prLead)
  await item(prLead, KEPT).waitFor()
  assert.equal(await prLead.getByRole('form', { name: 'Add feedback' }).count(), 0)
  assert.equal(await prLead.getByRole('button', { name: /^Delete feedback/ }).count(), 0)
})
