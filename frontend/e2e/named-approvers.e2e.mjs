/**
 * Named approvers (issue 21), in a real browser against the real server with the demo data: the office makes a
 * gate that needs an executive by name (a person with no department), the executive approves it under their
 * own name, and the gate waits for the office's approval too. `make test-e2e`; screenshots go to
 * test-artifacts/e2e/.
 */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { apiGet, baseUrl, expectNoAxeViolations, openLaunchAs, shot, useLiveApp } from './app.mjs'

useLiveApp()

const GATE = 'Executive sign-off'
// The demo's executive: an active user in no department (a viewer anywhere else), named on the Go/No-Go too.
const EXECUTIVE = { username: 'ceo', name: 'Nadia Okoro' }

function gateCard(page) {
  return page.getByRole('region', { name: 'Gates' }).getByRole('article', { name: GATE })
}

test('an executive named on a gate approves it under their own name; the office still approves after', async (t) => {
  // The office makes the gate in the launch's settings and names the executive.
  const office = await openLaunchAs('csbo', t)
  const launchPath = new URL(office.url()).pathname.replace(/\/$/, '')
  await office.goto(`${baseUrl()}${launchPath}/settings`)
  await office.getByRole('button', { name: 'Add a gate' }).click()
  const form = office.getByRole('form', { name: 'New gate' })
  await form.getByLabel('Gate name').fill(GATE)
  await form.getByLabel('Days from T-0 (negative: before launch day)').fill('-3')
  const named = form.getByRole('group', { name: 'Named approvers' })
  await named.getByLabel('Add a named approver').selectOption({ label: `${EXECUTIVE.name} (${EXECUTIVE.username})` })
  await named.getByRole('button', { name: `Remove ${EXECUTIVE.name} from the named approvers` }).waitFor()
  await expectNoAxeViolations(office, 'the New gate form with a named approver')
  await shot(office, 'named-approvers-1-settings-form', { fullPage: false })
  await form.getByRole('button', { name: 'Add gate' }).click()
  await form.waitFor({ state: 'detached' })
  const row = office.getByRole('region', { name: 'Gates' }).getByRole('listitem').filter({ hasText: GATE })
  await row.getByText(`Approvers: Social Business Office, ${EXECUTIVE.name}`).waitFor()
  const gate = (await apiGet(office, `gates/?launch=${launchPath.split('/').pop()}`)).results.find((g) => g.name === GATE)
  assert.equal(gate.approver_users_detail[0].full_name, EXECUTIVE.name)

  // The executive signs in, opens the launch and approves under their own name.
  const executive = await openLaunchAs(EXECUTIVE.username, t)
  const card = gateCard(executive)
  await card.waitFor()
  const approvers = card.getByRole('list', { name: 'Required approvers' })
  await approvers.getByRole('listitem').filter({ hasText: EXECUTIVE.name }).getByText('not decided yet').waitFor()
  await card.getByRole('button', { name: 'Approve' }).click()
  await card.getByRole('status').filter({ hasText: 'Your decision is recorded.' }).waitFor()
  await approvers.getByRole('listitem').filter({ hasText: EXECUTIVE.name }).getByText(new RegExp(`approved by ${EXECUTIVE.name}`)).waitFor()
  await card.getByRole('button', { name: 'Approved by you' }).waitFor()
  // The office has not approved: the gate is pending.
  await approvers.getByRole('listitem').filter({ hasText: 'Social Business Office' }).getByText('not decided yet').waitFor()
  await card.getByText('Pending', { exact: true }).waitFor()
  await expectNoAxeViolations(executive, 'the launch, the executive having approved by name')
  await shot(executive, 'named-approvers-2-executive-approved')

  // The office sees "approved by Nadia Okoro", approves for the office, and the gate is approved.
  await office.goto(`${baseUrl()}${launchPath}`)
  const officeCard = gateCard(office)
  await officeCard.getByText(new RegExp(`approved by ${EXECUTIVE.name}`)).waitFor()
  await officeCard.getByText('Pending', { exact: true }).waitFor()
  await officeCard.getByRole('button', { name: 'Approve' }).click()
  await officeCard.getByText('Approved', { exact: true }).waitFor()
  await shot(office, 'named-approvers-3-gate-approved')

  const decided = await apiGet(office, `gates/${gate.id}/`)
  assert.equal(decided.status, 'approved')
  const slots = decided.approvers.map((a) => [a.kind, a.user?.username ?? null, a.decision, a.actor?.username])
  assert.deepEqual(slots, [
    ['office', null, 'approve', 'csbo'],
    ['named', EXECUTIVE.username, 'approve', EXECUTIVE.username],
  ])
  const history = await apiGet(office, `gate-decisions/?gate=${gate.id}`)
  assert.deepEqual(
    history.results.map((d) => [d.actor.username, d.named]).sort(),
    [[EXECUTIVE.username, true], ['csbo', false]],
  )
})
