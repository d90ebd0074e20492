/**
 * A launch from a playbook in a real browser against the real server with the demo data: `make test-e2e`.
 * Screenshots go to test-artifacts/e2e/ at the repository root.
 */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { chooseOption, shot, signInAs, useLiveApp } from './app.mjs'

useLiveApp()

test('the CSBO creates a launch from the standard playbook', async (t) => {
  const page = await signInAs('csbo', t)

  await page.getByRole('button', { name: 'New launch from playbook' }).click()
  const dialog = page.getByRole('dialog', { name: 'New launch from playbook' })
  const option = dialog.locator('option', { hasText: 'T-Minus standard launch' })
  await dialog.getByLabel('Playbook').selectOption(await option.getAttribute('value'))
  await dialog.getByLabel('Launch name').fill('Nova e2e launch')
  await dialog.getByLabel('T-0 (your time zone)').fill('2028-06-01T10:00')
  // A combobox (components/ui/TimeZoneInput): its list hides the rest of the dialog until a zone is chosen.
  await chooseOption(page, dialog.getByLabel(/Launch time zone/), 'Europe/Paris')
  await shot(page, '5-csbo-new-launch-from-playbook', { fullPage: false })
  await dialog.getByRole('button', { name: 'Create launch' }).click()

  await page.getByRole('heading', { name: 'Nova e2e launch' }).waitFor()
  assert.match(new URL(page.url()).pathname, /^\/launches\/\d+$/)
  await page.getByRole('region', { name: /^Timeline:/ }).waitFor()
  await shot(page, '5-csbo-launch-from-playbook-timeline', { fullPage: false })
})
