/**
 * Communications that go out (issue 20), in a real browser against the real server with the demo data: the public
 * newsroom read with no account, a journalist's embargoed briefing page, an employee sharing a hint, and the
 * office's board. `make test-e2e`; screenshots go to test-artifacts/e2e/.
 */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { apiGet, baseUrl, expectNoAxeViolations, newGuardedContext, openLaunchAs, openTab, shot, signInAs, useLiveApp } from './app.mjs'

useLiveApp()

test('anyone reads the newsroom and its Atom feed without an account, only what went out', async (t) => {
  const context = await newGuardedContext(t)
  const page = await context.newPage()
  await page.goto(`${baseUrl()}/newsroom/`)
  await page.getByRole('link', { name: /Aurora smart speaker/ }).first().click()
  const item = page.getByRole('article').filter({ hasText: 'Aurora pre-orders are open' })
  await item.waitFor()
  // The embargoed press release and the blog awaiting approval are not there.
  assert.equal(await page.getByText('Aurora smart speaker launches today').count(), 0)
  assert.equal(await page.getByText('Behind the design of Aurora').count(), 0)
  // Its link is plain http(s), clickable.
  assert.equal(await item.getByRole('link', { name: 'https://example.com/aurora' }).count(), 1)
  await expectNoAxeViolations(page, 'the newsroom')
  await shot(page, 'newsroom-launch-page')
  const feedHref = await page.locator('link[type="application/atom+xml"]').first().getAttribute('href')
  const feed = await page.request.get(new URL(feedHref, page.url()).toString())
  assert.equal(feed.status(), 200)
  assert.match(feed.headers()['content-type'], /application\/atom\+xml/)
  assert.match(await feed.text(), /<title>Aurora pre-orders are open<\/title>/)
})

test('PR briefs a journalist, whose personal link shows the embargo and their name, and PR sees it opened', async (t) => {
  const page = await openLaunchAs('pr.member', t)
  await openTab(page, 'Communications')
  const card = page.getByRole('article', { name: 'Aurora smart speaker launches today' })
  await card.waitFor()
  await card.getByRole('button', { name: 'Brief a journalist' }).click()
  const form = card.getByRole('form', { name: 'Brief a journalist' })
  await form.getByLabel('Name').fill('Ada Reporter')
  await form.getByLabel('Outlet').fill('The Daily Sound')
  await form.getByRole('button', { name: 'Make their link' }).click()
  const link = await card.locator('.briefing-url code').textContent()
  assert.match(link, /\/briefings\/[A-Za-z0-9_-]{30,}\/$/)
  await shot(page, 'briefing-link-made', { fullPage: false })

  // The journalist opens it with no account.
  const reader = await (await newGuardedContext(t)).newPage()
  await reader.goto(link)
  await reader.getByText(/EMBARGOED UNTIL/).first().waitFor()
  assert.ok((await reader.getByText('Ada Reporter').count()) > 0, 'the watermark names the reader')
  await reader.getByText('Aurora brings room-filling sound').waitFor()
  await shot(reader, 'briefing-journalist-page', { fullPage: false })

  // PR sees who opened it.
  await page.reload()
  const again = page.getByRole('article', { name: 'Aurora smart speaker launches today' })
  await again.getByRole('button', { name: /Who opened it/ }).click()
  await again.getByRole('list', { name: "Who opened Ada Reporter's link" }).getByRole('listitem').first().waitFor()
})

test('an employee shares a hint in one click and the office sees who shared it', async (t) => {
  const page = await signInAs('viewer', t, { permissions: ['clipboard-read', 'clipboard-write'] })
  await page.getByRole('link', { name: 'Hints' }).click()
  const hint = page.getByRole('article', { name: 'Something is coming to your living room' })
  await hint.waitFor()
  const share = hint.getByRole('group', { name: /^Share/ })
  const linkedin = await share.getByRole('link', { name: 'LinkedIn' }).getAttribute('href')
  assert.match(linkedin, /^https:\/\/www\.linkedin\.com\/sharing\/share-offsite\/\?url=/)
  assert.match(await share.getByRole('link', { name: 'Email' }).getAttribute('href'), /^mailto:/)
  await share.getByRole('button', { name: 'Copy' }).click()
  await hint.getByRole('status').filter({ hasText: /Copied|Shared/ }).waitFor()
  assert.match(await page.evaluate(() => navigator.clipboard.readText()), /Something is coming to your living room/)
  await expectNoAxeViolations(page, 'the hints page')
  await shot(page, 'hints-shared', { fullPage: false })

  const office = await openLaunchAs('csbo', t)
  const shares = await apiGet(office, '/hint-shares/')
  assert.ok(shares.results.some((row) => row.title === 'Something is coming to your living room' && row.network === 'copy'))
})

test('the office reads its board: out, queued, embargoed, awaiting approval', async (t) => {
  const page = await openLaunchAs('csbo', t)
  await openTab(page, 'Communications')
  await page.getByRole('link', { name: 'Board' }).click()
  for (const title of ['Aurora pre-orders are open', 'Aurora smart speaker launches today', 'Behind the design of Aurora']) {
    await page.getByText(title).first().waitFor()
  }
  await expectNoAxeViolations(page, 'the communications board')
  await shot(page, 'communications-board')
})

test('the office sees every active launch on its portfolio, with a timeline of launches', async (t) => {
  const page = await signInAs('csbo', t)
  await page.getByRole('link', { name: 'Portfolio' }).click()
  const table = page.getByRole('table')
  await table.getByRole('link', { name: 'Aurora smart speaker' }).waitFor()
  const row = table.getByRole('row').filter({ hasText: 'Aurora smart speaker' })
  assert.match(await row.textContent(), /in \d+ days/)
  assert.match(await row.textContent(), /\d+%/)
  await page.getByRole('img', { name: /T-0/ }).or(page.getByLabel(/T-0/)).first().waitFor()
  await expectNoAxeViolations(page, 'the portfolio')
  await shot(page, 'portfolio')
})
