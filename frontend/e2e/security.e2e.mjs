/**
 * The security headers in a real browser: the app runs under its Content-Security-Policy, which refuses injected
 * script and style, and the API docs and the admin render under theirs. `make test-e2e`.
 */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { baseUrl, newGuardedContext, openLaunchAs, PASSWORD, shot, takeCspViolations, useLiveApp } from './app.mjs'

useLiveApp()

test('the app refuses injected inline script and style, and the browser tests hear of it', async (t) => {
  const page = await openLaunchAs('csbo', t)
  await page.getByRole('region', { name: /^Timeline:/ }).waitFor()
  const ran = await page.evaluate(async () => {
    const script = document.createElement('script')
    script.textContent = 'window.__injected = true'
    document.head.append(script)
    const style = document.createElement('style')
    style.textContent = 'body { display: none }'
    document.head.append(style)
    await new Promise((resolve) => setTimeout(resolve, 100))
    return { script: window.__injected === true, style: getComputedStyle(document.body).display === 'none' }
  })
  assert.deepEqual(ran, { script: false, style: false })
  // The reports reach the test through a binding, a moment after the page sent them.
  const directives = new Set()
  for (let tries = 0; tries < 50 && !(directives.has('script-src-elem') && directives.has('style-src-elem')); tries++) {
    for (const violation of takeCspViolations(page)) if (violation.directive) directives.add(violation.directive)
    await page.waitForTimeout(100)
  }
  assert.deepEqual([...directives].sort(), ['script-src-elem', 'style-src-elem'])
  takeCspViolations(page) // the console's copies of the same two
})

test('the sign-in page loads without a console error or a refused request, and so does signing in', async (t) => {
  const context = await newGuardedContext(t)
  const page = await context.newPage()
  page.setDefaultTimeout(15_000)
  const errors = []
  const refused = []
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()))
  page.on('pageerror', (error) => errors.push(String(error)))
  page.on('response', (response) => response.status() >= 400 && refused.push(`${response.status()} ${response.url()}`))
  await page.goto(`${baseUrl()}/`)
  await page.getByLabel('Username').waitFor()
  // The session check answers "nobody" with a 200 (issue 16: /me/ answered 401 and the console logged it).
  await page.waitForLoadState('networkidle')
  assert.deepEqual({ errors, refused }, { errors: [], refused: [] })
  await page.getByLabel('Username').fill('csbo')
  await page.getByLabel('Password').fill(PASSWORD)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await page.getByText(/^Signed in as/).waitFor()
  await page.waitForLoadState('networkidle')
  assert.deepEqual({ errors, refused }, { errors: [], refused: [] })
})

test('the API docs (Swagger UI and Redoc) render under their policy', async (t) => {
  const context = await newGuardedContext(t)
  const page = await context.newPage()
  page.setDefaultTimeout(15_000)
  await page.goto(`${baseUrl()}/api/docs/`)
  await page.locator('.swagger-ui .info .title').filter({ hasText: 'T-Minus API' }).waitFor()
  await page.locator('.opblock-summary-path').first().waitFor()
  await shot(page, 'security-swagger-ui', { fullPage: false })
  await page.goto(`${baseUrl()}/api/redoc/`)
  await page.getByRole('heading', { name: 'T-Minus API (1.0.0)' }).waitFor()
  await page.getByRole('heading', { name: 'v1_launches_list' }).waitFor()
  await shot(page, 'security-redoc', { fullPage: false })
})

test('the Django admin renders under the strict policy', async (t) => {
  const context = await newGuardedContext(t)
  const page = await context.newPage()
  page.setDefaultTimeout(15_000)
  await page.goto(`${baseUrl()}/admin/`)
  await page.getByLabel('Username').fill('csbo')
  await page.getByLabel('Password').fill(PASSWORD)
  await page.getByRole('button', { name: 'Log in' }).click()
  await page.getByRole('heading', { name: 'Site administration' }).waitFor()
  await page.goto(`${baseUrl()}/admin/launches/task/`)
  await page.locator('#result_list').waitFor()
  await page.locator('#result_list tbody a').first().click()
  await page.locator('#task_form').waitFor()
  await shot(page, 'security-admin-task', { fullPage: false })
})
