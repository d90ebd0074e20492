/**
 * What every browser test file shares: one live server and one headless Chromium per file, people signed in
 * through the app's own form in fresh contexts, tabs and screenshots (in test-artifacts/e2e/). Every page runs
 * under the server's Content-Security-Policy, and a test fails if any of its pages reports a violation.
 */
import assert from 'node:assert/strict'
import { mkdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
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

/** The file's running server (startServer's answer): its manage helper, its log, restart(). */
export function liveServer() {
  return server
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
export async function newGuardedContext(t, { live = true, ...contextOptions } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...contextOptions })
  // `live: false`: the live socket opens but never hears from the server, so the page stays as it was loaded
  // (a test of what happens to someone working on a stale view).
  if (!live) await context.routeWebSocket(/\/ws\/live\//, () => {})
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

/**
 * A fresh guarded context (no cookies), signed in through the app's own form, on the launches list;
 * `contextOptions` go to browser.newContext (a phone's viewport, isMobile, hasTouch).
 */
export async function signInAs(username, t, contextOptions = {}) {
  const context = await newGuardedContext(t, contextOptions)
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
export async function openLaunchAs(username, t, contextOptions = {}) {
  const page = await signInAs(username, t, contextOptions)
  await page.getByRole('link', { name: LAUNCH }).click()
  await page.getByRole('heading', { name: LAUNCH }).waitFor()
  return page
}

/**
 * Chooses an option of a combobox (components/ui TaskSelect, TimeZoneInput): types its text, which filters the
 * list, and clicks the option. The list is a pop-up at the end of the page, outside any form.
 */
export async function chooseOption(page, combobox, name) {
  await combobox.fill(name)
  await page.getByRole('option', { name, exact: true }).click()
}

export async function openTab(page, name) {
  await page.getByRole('navigation', { name: 'Launch views' }).getByRole('link', { name }).click()
}

export async function shot(page, name, { fullPage = true } = {}) {
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage })
}

const require = createRequire(import.meta.url)
/** axe-core's source, injected into the page under test (page.evaluate is not subject to the page's CSP). */
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8')

/** One axe violation as a line a reader can act on: rule, impact, what it means, and where (CSS targets). */
function describeViolation(violation) {
  const where = violation.nodes.map((node) => `    ${node.target.join(' ')}${node.failureSummary ? `: ${node.failureSummary.replace(/\s+/g, ' ')}` : ''}`)
  return `  ${violation.id} (${violation.impact}): ${violation.help} ${violation.helpUrl}\n${where.join('\n')}`
}

/**
 * Runs axe-core (every rule it runs by default: WCAG 2 A/AA and best practices) on the whole document and fails
 * with each violation's rule, impact and targets if there is any. `label` names the screen in the message.
 */
export async function expectNoAxeViolations(page, label) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE)
  const results = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }))
  const message = `axe-core found ${results.violations.length} violation(s) on ${label}:\n${results.violations.map(describeViolation).join('\n')}`
  assert.equal(results.violations.length, 0, message)
}

/** GET /api/v1/<path> with the page's session (its context's cookies), as JSON; fails on a non-2xx answer. */
export async function apiGet(page, apiPath) {
  const response = await page.request.get(`${server.baseUrl}/api/v1/${apiPath.replace(/^\//, '')}`)
  assert.ok(response.ok(), `GET ${apiPath}: ${response.status()} ${await response.text()}`)
  return response.json()
}
