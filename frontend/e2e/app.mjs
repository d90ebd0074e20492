/**
 * What every browser test file shares: one live server and one headless Chromium per file, people signed in
 * through the app's own form in fresh contexts, tabs and screenshots (in test-artifacts/e2e/).
 */
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { after, before } from 'node:test'
import { launchChromium, REPO_DIR, startServer } from './server.mjs'

export const ARTIFACTS = path.join(REPO_DIR, 'test-artifacts/e2e')
export const PASSWORD = 'tminus-demo'
/** The demo launch the seed makes. */
export const LAUNCH = 'Aurora smart speaker'

let server
let browser

/** Starts the server and the browser before the file's tests and stops them after: call once per file. */
export function useLiveApp() {
  before(async () => {
    mkdirSync(ARTIFACTS, { recursive: true })
    server = await startServer()
    browser = await launchChromium()
  })
  after(async () => {
    await browser?.close()
    await server?.stop()
  })
}

/** A fresh browser context (no cookies), signed in through the app's own form, on the launches list. */
export async function signInAs(username, t) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
  t.after(() => context.close())
  const page = await context.newPage()
  page.setDefaultTimeout(15_000)
  await page.goto(`${server.baseUrl}/`)
  await page.getByLabel('Username').fill(username)
  await page.getByLabel('Password').fill(PASSWORD)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await page.getByText(/^Signed in as/).waitFor()
  return page
}

/** signInAs, then the demo launch opened from the list. */
export async function openLaunchAs(username, t) {
  const page = await signInAs(username, t)
  await page.getByRole('link', { name: LAUNCH }).click()
  await page.getByRole('heading', { name: LAUNCH }).waitFor()
  return page
}

export async function openTab(page, name) {
  await page.getByRole('navigation', { name: 'Launch views' }).getByRole('link', { name }).click()
}

export async function shot(page, name, { fullPage = true } = {}) {
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage })
}
