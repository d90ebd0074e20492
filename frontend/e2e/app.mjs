/**
 * What every browser test file shares: one live server and one headless Chromium per file, people signed in
 * through the app's own form in fresh contexts, tabs and screenshots (in test-artifacts/e2e/). Every page runs
 * under the server's Content-Security-Policy, and a test fails if any of its pages reports a violation.
 */
import assert from 'node:assert/strict'
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

export function baseUrl() {
  return server.baseUrl
}

/** Violations each page has reported and no test has taken yet (see takeCspViolations). */
const violations = new WeakMap()

function record(page, violation) {
  if (!violations.has(page)) violations.set(page, [])
  violations.get(page).push(violation)
}

/**
 * A fresh browser context (no cookies) whose pages report every Content-Security-Policy violation: the
 * securitypolicyviolation event (what the policy blocked, and where) and Chromium's console message about it. The test fails after it ends if any page of the context reported one that it did not take.
 */
export async function newGuardedContext(t) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
  const pages = []
  await context.exposeBinding('__tminusCspViolation', ({ page }, violation) => record(page, violation))
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__tminusCspViolation({
        directive: event.effectiveDirective,
        blocked: event.blockedURI,
        source: `${event.sourceFile}:${event.lineNumber}`,
        sample: event.sample,
      })
    })
  })
  context.on('page', (page) => {
    pages.push(page)
    page.on('console', (message) => {
      // Chromium words it "Refused to ..." or "... violates the following Content Security Policy directive".
      if (/^Refused to |Content Security Policy/.test(message.text())) {
        record(page, { console: message.text(), url: page.url() })
      }
    })
  })
  t.after(async () => {
    try {
      const reported = pages.flatMap((page) => violations.get(page) ?? [])
      assert.deepEqual(reported, [], 'A page reported Content-Security-Policy violations')
    } finally {
      await context.close()
    }
  })
  return context
}

/** The violations a page has reported so far (and forgets them): for a test that provokes one on purpose. */
export function takeCspViolations(page) {
  const reported = violations.get(page) ?? []
  violations.delete(page)
  return reported
}

/** A fresh guarded context (no cookies), signed in through the app's own form, on the launches list. */
export async function signInAs(username, t) {
  const context = await newGuardedContext(t)
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
