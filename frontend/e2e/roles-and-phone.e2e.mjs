/**
 * A viewer reads the demo launch and finds nothing to change on the timeline, in a task's panel, in Settings or
 * in Readiness; the People screen is the office's. On a phone (390×844, touch) no screen is wider than the
 * window. axe-core checks each screen.
 */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { baseUrl, expectNoAxeViolations, openLaunchAs, openTab, shot, signInAs, useLiveApp } from './app.mjs'

useLiveApp()

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 }

/** The words of buttons that change something; none may be offered to a viewer. */
const EDIT_BUTTONS = /^(Save|Delete|Add|Approve|Reject|Edit|Remove|Move|Mark|Cancel the launch|Reopen|Undo|Redo|Yes,)/

/** The controls in `scope` that change something: enabled buttons so named, and enabled fields that take input. */
async function editControls(scope) {
  const buttons = await scope.getByRole('button').evaluateAll(
    (elements, pattern) =>
      elements
        .filter((el) => !el.disabled && new RegExp(pattern).test((el.getAttribute('aria-label') ?? el.textContent ?? '').trim()))
        .map((el) => `button “${(el.getAttribute('aria-label') ?? el.textContent).trim()}”`),
    EDIT_BUTTONS.source,
  )
  const fields = await scope
    .locator('input:not([type="search"]):not([type="hidden"]), select, textarea')
    .evaluateAll((elements) =>
      elements
        // The timeline's filters and finder change the view, not the plan.
        .filter((el) => !el.disabled && !el.readOnly && !el.closest('.timeline-toolbar, .timeline-filters-row'))
        .map((el) => `${el.tagName.toLowerCase()} ${el.id || el.name || el.getAttribute('aria-label') || ''}`),
    )
  return [...buttons, ...fields]
}

/** Readiness with both its charts drawn (they load on first use). */
async function waitForReadiness(page) {
  await page.getByRole('region', { name: /^Readiness on / }).waitFor()
  await page.locator('figure.readiness-chart svg.recharts-surface').nth(1).waitFor()
}

/** Settings with every section loaded: the departments' table, the milestones (and the gates, for the office). */
async function waitForSettings(page, { gates }) {
  await page.getByRole('heading', { name: 'Lifecycle' }).waitFor()
  await page.getByRole('table', { name: 'Departments' }).getByRole('row', { name: /^PR / }).waitFor()
  await page.getByRole('region', { name: 'Milestones' }).getByText('Feature freeze').waitFor()
  if (gates) await page.getByRole('region', { name: 'Gates' }).getByText('Go/No-Go').waitFor()
}

async function openTimelineAs(username, t, contextOptions) {
  const page = await openLaunchAs(username, t, contextOptions)
  await page.getByRole('region', { name: /^Timeline:/ }).waitFor()
  return page
}

test('a viewer finds nothing to change on the timeline or in a task’s panel', async (t) => {
  const page = await openTimelineAs('viewer', t)
  const launchPage = page.locator('.launch-page')
  // The gate panel under the timeline has loaded (its approvals would be buttons).
  await page.getByRole('article', { name: 'Readiness review' }).waitFor()
  for (const name of ['Add a task', 'Move launch day', /^Undo/, /^Approve/, /^Reject/]) {
    assert.equal(await page.getByRole('button', { name }).count(), 0, `a viewer is offered ${name}`)
  }
  assert.deepEqual(await editControls(launchPage), [])
  const bars = page.locator('button.task-bar')
  assert.ok((await bars.count()) > 0)
  assert.equal(await page.locator('button.task-bar[aria-keyshortcuts], .bar-handle, .bar-connector').count(), 0)
  assert.equal(await page.locator('.timeline-add-row').count(), 0)
  await expectNoAxeViolations(page, 'the timeline (viewer)')
  await shot(page, 'viewer-1-timeline', { fullPage: false })

  const title = 'Draft the press release'
  await page.getByLabel('Find a task').fill(title)
  await page.getByLabel('Find a task').press('Enter')
  const panel = page.getByRole('complementary', { name: title })
  await panel.getByRole('note').filter({ hasText: /^Read only: only the office, PR's lead, the task's assignee or its collaborators can change this task\.$/ }).waitFor()
  for (const name of ['Save changes', /^Delete/, 'Add dependency']) {
    assert.equal(await panel.getByRole('button', { name }).count(), 0, `the panel offers ${name}`)
  }
  assert.equal(await panel.getByText('Add a dependency').count(), 0)
  assert.deepEqual(await editControls(panel), [])
  await expectNoAxeViolations(page, 'a task panel (viewer)')
  await shot(page, 'viewer-2-task-panel', { fullPage: false })
})

test('a viewer finds nothing to change in Settings or Readiness', async (t) => {
  const page = await openLaunchAs('viewer', t)
  await openTab(page, 'Settings')
  await waitForSettings(page, { gates: false })
  const settings = page.getByRole('region', { name: 'Settings' })
  assert.equal(await settings.getByRole('group', { name: 'Move the launch to' }).count(), 0)
  assert.equal(await settings.getByRole('region', { name: 'Gates' }).count(), 0)
  assert.deepEqual(await editControls(settings), [])
  await expectNoAxeViolations(page, 'the settings (viewer)')
  await shot(page, 'viewer-3-settings')

  await openTab(page, 'Readiness')
  const readiness = page.locator('.launch-page')
  await waitForReadiness(page)
  assert.deepEqual(await editControls(readiness), [])
  await expectNoAxeViolations(page, 'readiness (viewer)')
  await shot(page, 'viewer-4-readiness')
})

test('the People screen is the office’s: the viewer has no link to it, the CSBO manages people there', async (t) => {
  const viewer = await signInAs('viewer', t)
  assert.equal(await viewer.getByRole('link', { name: 'People' }).count(), 0)

  const page = await signInAs('csbo', t)
  await page.getByRole('link', { name: 'People' }).click()
  await page.getByRole('heading', { name: 'People', level: 2 }).waitFor()
  await page.getByRole('cell', { name: 'Vera Holm' }).first().waitFor()
  await expectNoAxeViolations(page, 'the People screen (office)')
  await shot(page, 'office-people')
})

/**
 * Nothing is wider than the window: no sideways scroll of the page itself. On a phone Chrome widens the layout
 * viewport to fit what overflows (window.innerWidth grows with it), so both are compared with the device's width.
 */
async function expectNoOverflow(page, label) {
  const width = PHONE.viewport.width
  const { scrollWidth, innerWidth, wide } = await page.evaluate((device) => {
    const clipped = (el) => {
      for (let up = el.parentElement; up && up !== document.body; up = up.parentElement) {
        if (['auto', 'scroll', 'hidden', 'clip'].includes(getComputedStyle(up).overflowX)) return true
      }
      return false
    }
    return {
      scrollWidth: document.documentElement.scrollWidth,
      innerWidth: window.innerWidth,
      // What sticks out (not inside something that scrolls or clips it), to say what to fix.
      wide: [...document.querySelectorAll('body *')]
        .filter((el) => el.getBoundingClientRect().right > device + 0.5 && !clipped(el))
        .filter((el, _, all) => !all.some((other) => other !== el && el.contains(other)))
        .slice(0, 6)
        .map((el) => `${el.tagName.toLowerCase()}${el.className ? `.${[...el.classList].join('.')}` : ''} “${(el.textContent ?? '').trim().slice(0, 30)}” (right edge ${Math.round(el.getBoundingClientRect().right)}px)`),
    }
  }, width)
  const problem = `${label} is wider than the ${width}px phone: the page is ${scrollWidth}px wide (window ${innerWidth}px); sticking out: ${wide.join(', ')}`
  assert.ok(scrollWidth <= width && innerWidth <= width, problem)
}

test('on a phone, home, timeline, readiness and settings fit the window', async (t) => {
  const page = await signInAs('csbo', t, PHONE)
  await page.getByRole('heading', { name: 'Launches' }).waitFor()
  await expectNoOverflow(page, 'the launches list')
  await expectNoAxeViolations(page, 'the launches list (phone)')
  await shot(page, 'phone-1-home')

  await page.getByRole('link', { name: 'Aurora smart speaker' }).click()
  await page.getByRole('region', { name: /^Timeline:/ }).waitFor()
  await page.locator('button.task-bar').first().waitFor()
  await expectNoOverflow(page, 'the timeline')
  await expectNoAxeViolations(page, 'the timeline (phone)')
  await shot(page, 'phone-2-timeline', { fullPage: false })

  // A tap on a bar opens its panel, which fits too.
  await page.locator('button.task-bar').first().tap()
  await page.getByRole('complementary').waitFor()
  await expectNoOverflow(page, 'the timeline with a task panel')
  await expectNoAxeViolations(page, 'a task panel (phone)')
  await shot(page, 'phone-3-task-panel', { fullPage: false })

  await openTab(page, 'Readiness')
  await waitForReadiness(page)
  await expectNoOverflow(page, 'readiness')
  await expectNoAxeViolations(page, 'readiness (phone)')
  await shot(page, 'phone-4-readiness')

  await openTab(page, 'Settings')
  await waitForSettings(page, { gates: true })
  await expectNoOverflow(page, 'the settings')
  await expectNoAxeViolations(page, 'the settings (phone)')
  await shot(page, 'phone-5-settings')
})

test('on a phone, the List tab (the plan by department) fits the window', async (t) => {
  const page = await openLaunchAs('pr.lead', t, PHONE)
  await openTab(page, 'List')
  const plan = page.getByRole('region', { name: 'Plan' })
  await plan.getByRole('region', { name: /^PR/ }).getByRole('listitem', { name: 'Draft the press release' }).waitFor()
  await expectNoOverflow(page, 'the plan list')
  await expectNoAxeViolations(page, 'the plan list (phone)')
  await shot(page, 'phone-6-plan-list')
})

test('a viewer on a phone: the timeline fits and offers nothing to change', async (t) => {
  const page = await openTimelineAs('viewer', t, PHONE)
  await page.locator('button.task-bar').first().waitFor()
  await expectNoOverflow(page, 'the viewer’s timeline')
  assert.deepEqual(await editControls(page.locator('.launch-page')), [])
  await page.goto(`${baseUrl()}${new URL(page.url()).pathname}/settings`)
  await waitForSettings(page, { gates: false })
  await expectNoOverflow(page, 'the viewer’s settings')
  await expectNoAxeViolations(page, 'the settings (viewer, phone)')
  await shot(page, 'phone-7-viewer-settings')
})
