/**
 * Calendar feeds in a real browser (issue 19): a member subscribes from the launch page, switches reminders on,
 * and a link in an event of the feed opens that very task in the app. `make test-e2e`; screenshots go to
 * test-artifacts/e2e/.
 */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { expectNoAxeViolations, openLaunchAs, shot, useLiveApp } from './app.mjs'

useLiveApp()

test('a member subscribes, switches reminders on, and an event link opens its task', async (t) => {
  const page = await openLaunchAs('pr.member', t)
  await page.getByRole('button', { name: 'Calendar feeds' }).click()
  const dialog = page.getByRole('dialog', { name: 'Calendar feeds' })
  await dialog.getByRole('button', { name: 'Create my personal feed' }).click()
  const url = dialog.getByRole('textbox', { name: /^Feed URL of T-Minus: / })
  await url.waitFor()
  const feedUrl = await url.inputValue()
  // The test server is plain http: the URL says so, and no webcal:// link (apps would try https) is offered.
  assert.match(feedUrl, /^http:\/\/[^/]+\/calendars\/[0-9a-f]{64}\.ics$/)
  assert.equal(await dialog.getByRole('link', { name: 'Open in calendar app' }).count(), 0)
  await dialog.getByText('Open in calendar app needs HTTPS; copy the URL instead.').waitFor()

  await dialog.getByLabel('Reminders').selectOption({ label: '1 hour before' })
  await page.waitForFunction(
    () => !document.querySelector('[role="dialog"] select')?.disabled,
    undefined,
    { timeout: 10_000 },
  )
  await expectNoAxeViolations(page, 'the calendar feeds dialog')
  await shot(page, 'calendar-feeds-dialog', { fullPage: false })

  // A calendar app fetches the feed: reminders are in, each event names its launch and links to its item.
  const feed = await page.request.get(feedUrl)
  assert.equal(feed.status(), 200)
  const body = (await feed.text()).replace(/\r\n /g, '')
  assert.match(body, /BEGIN:VALARM\r\nACTION:DISPLAY/)
  assert.ok(!body.includes('BEGIN:VTIMEZONE'))
  const event = body.split('BEGIN:VEVENT').find((chunk) => chunk.includes('URL;VALUE=URI:') && chunk.includes('?task='))
  assert.ok(event, 'a task event with its URL')
  const summary = /\r\nSUMMARY:(.*)\r\n/.exec(event)[1].replace(/\\,/g, ',').replace(/\\;/g, ';')
  assert.match(summary, / · Aurora smart speaker$/)
  const link = /\r\nURL;VALUE=URI:(.*)\r\n/.exec(event)[1]

  // Its feeds dialog now says how many items the feed holds.
  await page.reload()
  await page.getByRole('button', { name: 'Calendar feeds' }).click()
  await page.getByRole('dialog', { name: 'Calendar feeds' }).getByText(/^\d+ items? in this feed$/).waitFor()

  // Clicking the event's link in a calendar app: the timeline opens with that task's panel.
  await page.goto(link)
  const title = summary.replace(/^\[[^\]]+\] (✓ )?/, '').replace(/ · Aurora smart speaker$/, '')
  await page.getByRole('complementary', { name: title }).waitFor()
  await shot(page, 'calendar-feed-link-opens-task', { fullPage: false })
})

test('a link to an item that is gone says so quietly', async (t) => {
  const page = await openLaunchAs('pr.member', t)
  const launchPath = new URL(page.url()).pathname
  await page.goto(`${new URL(page.url()).origin}${launchPath}?task=999999`)
  await page.getByRole('status').filter({ hasText: 'This task is no longer in the launch' }).waitFor()
  await shot(page, 'calendar-feed-link-gone', { fullPage: false })
})
