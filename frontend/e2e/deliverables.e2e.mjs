/**
 * Department deliverables and "Save as playbook" in a real browser against the real server with the demo
 * data: `make test-e2e`. Screenshots go to test-artifacts/e2e/ at the repository root.
 */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { chooseOption, openLaunchAs, openTab, shot, useLiveApp } from './app.mjs'

useLiveApp()

/** Opens the readiness view and waits until a block ("Knowledge base", "Recruiting") says `expected`. */
async function expectReadiness(page, block, expected) {
  await openTab(page, 'Readiness')
  await page.getByRole('region', { name: block }).getByText(expected).waitFor()
}

test('Customer Care writes an article, HR plans a role, readiness counts both, the office saves a playbook', async (t) => {
  // Customer Care's member: add an article, then mark it published.
  const care = await openLaunchAs('care.member', t)
  await expectReadiness(care, 'Knowledge base', /0 of 0 articles published/)
  await openTab(care, 'Deliverables')
  assert.equal(await care.getByRole('form', { name: 'Add a role' }).count(), 0, 'recruiting is HR’s')
  const addArticle = care.getByRole('form', { name: 'Add an article' })
  await addArticle.getByLabel('Title').fill('Pairing the speaker with a phone')
  await addArticle.getByLabel(/^Link/).fill('https://kb.example.com/aurora/pairing')
  await addArticle.getByLabel('Reviewer').selectOption({ label: 'Carla Nunes' })
  // The timeline task that schedules the writing.
  await chooseOption(care, addArticle.getByLabel('Task (optional)'), 'Write and update knowledge base articles')
  await addArticle.getByRole('button', { name: 'Add article' }).click()
  const row = care.getByRole('row', { name: /Pairing the speaker with a phone/ })
  await row.getByText('Carla Nunes').waitFor()
  await row.getByRole('button', { name: 'Edit “Pairing the speaker with a phone”' }).click()
  const editArticle = care.getByRole('form', { name: 'Edit article “Pairing the speaker with a phone”' })
  const linkedTask = editArticle.getByLabel('Task (optional)')
  await care.waitForFunction(
    (input) => input.value === 'Write and update knowledge base articles',
    await linkedTask.elementHandle(),
  )
  await editArticle.getByRole('button', { name: 'Cancel' }).click()
  const status = care.getByLabel('Status of “Pairing the speaker with a phone”')
  await status.selectOption('published')
  // Saved when the list, reloaded from the server, shows it published and the select is enabled again.
  await care.waitForFunction(
    (select) => select.value === 'published' && !select.disabled,
    await status.elementHandle(),
  )
  await shot(care, '6-care-member-deliverables')
  await expectReadiness(care, 'Knowledge base', /1 of 1 articles published/)

  // HR's lead: three support agents to recruit.
  const hr = await openLaunchAs('hr.lead', t)
  await expectReadiness(hr, 'Recruiting', /0 of 0 positions filled over 0 roles/)
  await openTab(hr, 'Deliverables')
  assert.equal(await hr.getByRole('form', { name: 'Add an article' }).count(), 0, 'the knowledge base is Customer Care’s')
  const addRole = hr.getByRole('form', { name: 'Add a role' })
  await addRole.getByLabel('Skill').fill('Support agent (German)')
  await addRole.getByLabel('People to recruit').fill('3')
  await addRole.getByRole('button', { name: 'Add role' }).click()
  await hr.getByRole('rowheader', { name: 'Support agent (German)' }).waitFor()
  await shot(hr, '6-hr-lead-deliverables')
  await expectReadiness(hr, 'Recruiting', /0 of 3 positions filled over 1 role\b/)
  assert.equal(await hr.getByRole('button', { name: 'Save as playbook' }).count(), 0, 'playbooks are the office’s')

  // The CSBO saves the launch as a playbook and finds it offered for a new launch.
  const csbo = await openLaunchAs('csbo', t)
  await csbo.getByRole('button', { name: 'Save as playbook' }).click()
  const dialog = csbo.getByRole('dialog', { name: 'Save as playbook' })
  await dialog.getByLabel('Playbook name').fill('Aurora e2e playbook')
  await dialog.getByLabel(/^Description/).fill('Saved from the Aurora launch by the e2e test.')
  await dialog.getByRole('button', { name: 'Save playbook' }).click()
  await dialog.getByRole('status').filter({ hasText: 'Saved playbook “Aurora e2e playbook”' }).waitFor()
  await shot(csbo, '6-csbo-saved-playbook')
  await dialog.getByRole('button', { name: 'Done' }).click()

  await csbo.getByRole('link', { name: 'T-Minus' }).click()
  await csbo.getByRole('button', { name: 'New launch from playbook' }).click()
  const create = csbo.getByRole('dialog', { name: 'New launch from playbook' })
  await create.locator('option', { hasText: 'Aurora e2e playbook' }).waitFor({ state: 'attached' })
  await shot(csbo, '6-csbo-playbook-offered')
})
