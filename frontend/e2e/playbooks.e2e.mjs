/**
 * A launch from a playbook in a real browser against the real server with the demo data: `make test-e2e`.
 * Screenshots go to test-artifacts/e2e/ at the repository root.
 */
import assert from 'node:assert/strict'
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { after, before, test } from 'node:test'
import { launchChromium, REPO_DIR, startServer } from './server.mjs'

const ARTIFACTS = path.join(REPO_DIR, 'test-artifacts/e2e')
const PASSWORD = 'tminus-demo'

let server
let browser

before(async () => {
  mkdirSync(ARTIFACTS, { recursive: true })
  server = await startServer()
  browser = await launchChromium()
})

after(async () => {
  await browser?.close()
  await server?.stop()
})

test('the CSBO creates a launch from the standard playbook', async (t) => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
  t.after(() => context.close())
  const page = await context.newPage()
  page.setDefaultTimeout(15_000)
  await page.goto(`${server.baseUrl}/`)
  await page.getByLabel('Username').fill('csbo')
  await page.getByLabel('Password').fill(PASSWORD)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await page.getByText(/^Signed in as/).waitFor()

  await page.getByRole('button', { name: 'New launch from playbook' }).click()
  const dialog = page.getByRole('dialog', { name: 'New launch from playbook' })
  const option = dialog.locator('option', { hasText: 'T-Minus standard launch' })
  await dialog.getByLabel('Playbook').selectOption(await option.getAttribute('value'))
  await dialog.getByLabel('Launch name').fill('Nova e2e launch')
  await dialog.getByLabel('T-0 (your time zone)').fill('2028-06-01T10:00')
  await dialog.getByLabel(/Launch time zone/).fill('Europe/Paris')
  await page.screenshot({ path: path.join(ARTIFACTS, '5-csbo-new-launch-from-playbook.png') })
  await dialog.getByRole('button', { name: 'Create launch' }).click()

  await page.getByRole('heading', { name: 'Nova e2e launch' }).waitFor()
  assert.match(new URL(page.url()).pathname, /^\/launches\/\d+$/)
  await page.getByRole('region', { name: /^Timeline:/ }).waitFor()
  await page.screenshot({ path: path.join(ARTIFACTS, '5-csbo-launch-from-playbook-timeline.png') })
})
