/**
 * The CSBO builds a launch from nothing, through the UI alone, as the office would: a new launch with two
 * departments and their leads, a milestone and a gate in Settings, ten tasks on the timeline (from the "Add a
 * task" panel and one drawn on a lane's empty row), links of three kinds (from the task panel and one drawn
 * from a bar's connector), then its lifecycle, where launching before the gate is approved is refused and said.
 * Each step is checked against the API; axe-core checks every screen. One sign-in, the steps in order (subtests).
 */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { apiGet, baseUrl, expectNoAxeViolations, shot, signInAs, useLiveApp } from './app.mjs'

useLiveApp()

const NAME = 'Nova earbuds'
const ZONE = 'Europe/Paris'
const DEPARTMENTS = { PR: 'Priya Raman', Marketing: 'Maya Lindqvist' }
const MILESTONE = 'Press preview'
const GATE = 'Go/No-Go'

/** Nine tasks from the "Add a task" panel; the tenth is drawn on Marketing's empty row. Offsets count calendar days. */
const FORM_TASKS = [
  { department: 'PR', title: 'Agree key messages', start: 'T-30', duration: '4' },
  { department: 'PR', title: 'Draft the press release', start: 'T-24', duration: '5' },
  { department: 'PR', title: 'Approve the press release', start: 'T-16', duration: '2' },
  { department: 'PR', title: 'Brief journalists under embargo', start: 'T-9', duration: '3' },
  { department: 'PR', title: 'Publish the press release', start: 'T', duration: '1' },
  { department: 'Marketing', title: 'Campaign brief', start: 'T-30', duration: '3' },
  { department: 'Marketing', title: 'Produce campaign assets', start: 'T-25', duration: '8' },
  { department: 'Marketing', title: 'Build the landing page', start: 'T-20', duration: '6' },
  { department: 'Marketing', title: 'Schedule social posts', start: 'T-8', duration: '2' },
]
const DRAWN_TASK = 'Write the launch newsletter'

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/** "2027-01-03" as the timeline writes it: "3 Jan". */
function shortDay(isoDay) {
  const date = new Date(`${isoDay}T00:00:00Z`)
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]}`
}

function addDays(isoDay, days) {
  return new Date(Date.parse(`${isoDay}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10)
}

/** What the steps share: the launch they build. */
const built = { id: null }

/** "2027-01-05T09:00" six weeks from now (the T-0 field's wall clock, in the launch's zone). */
function sixWeeksAhead() {
  const day = new Date(Date.now() + 42 * 86_400_000)
  const pad = (n) => String(n).padStart(2, '0')
  return `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}T09:00`
}

/** The built launch's tab, loaded afresh (as a bookmark would open it) on the CSBO's page. */
async function goTo(page, tab = '') {
  assert.ok(built.id, 'the launch was not created (an earlier step failed)')
  await page.goto(`${baseUrl()}/launches/${built.id}/${tab}`)
  await page.getByRole('heading', { name: NAME, level: 2 }).waitFor()
}

async function waitForTimeline(page) {
  await page.getByRole('region', { name: /^Timeline:/ }).waitFor()
}

function taskBar(page, title) {
  return page.locator(`button.task-bar[aria-label^="${title},"]`)
}

/** The task's side panel, opened through the finder (it scrolls to the bar and opens its panel). */
async function openTaskPanel(page, title) {
  const finder = page.getByLabel('Find a task')
  await finder.fill(title)
  await finder.press('Enter')
  const panel = page.getByRole('complementary', { name: title })
  await panel.waitFor()
  await finder.fill('')
  return panel
}

/** The CSBO creates a launch with two departments and their leads. */
async function createLaunch(page) {
  await page.getByRole('heading', { name: 'Launches' }).waitFor()
  await expectNoAxeViolations(page, 'the launches list (office)')
  await shot(page, 'build-1-home')

  await page.getByRole('button', { name: 'New launch', exact: true }).click()
  const dialog = page.getByRole('dialog', { name: 'New launch' })
  await dialog.getByRole('group', { name: 'Departments and their workstream leads' }).waitFor()
  await dialog.getByLabel('Launch name').fill(NAME)
  await dialog.getByLabel('Description').fill('True wireless earbuds, launched by PR and Marketing.')
  const zone = dialog.getByRole('combobox', { name: 'Launch time zone' })
  await zone.fill(ZONE)
  await page.getByRole('option', { name: ZONE, exact: true }).click()
  assert.equal(await zone.inputValue(), ZONE)
  const tZero = sixWeeksAhead()
  await dialog.getByLabel('T-0 (date and time in the launch time zone)').fill(tZero)

  // Every department starts chosen: keep PR and Marketing, each led by its lead.
  const picks = dialog.getByRole('group', { name: 'Departments and their workstream leads' })
  for (const box of await picks.getByRole('checkbox').all()) await box.uncheck()
  for (const department of Object.keys(DEPARTMENTS)) await picks.getByRole('checkbox', { name: department, exact: true }).check()
  for (const [department, lead] of Object.entries(DEPARTMENTS)) {
    await dialog.getByLabel(`${department} lead`).selectOption({ label: lead })
  }
  await expectNoAxeViolations(page, 'the New launch dialog')
  await shot(page, 'build-2-new-launch-dialog')

  await dialog.getByRole('button', { name: 'Create launch' }).click()
  await page.waitForURL(/\/launches\/\d+$/)
  await page.getByRole('heading', { name: NAME, level: 2 }).waitFor()
  built.id = Number(page.url().match(/\/launches\/(\d+)$/)[1])

  const launch = await apiGet(page, `launches/${built.id}/`)
  assert.equal(launch.name, NAME)
  assert.equal(launch.status, 'draft')
  assert.equal(launch.time_zone, ZONE)
  // T-0 is nine o'clock on that day in Paris.
  const wall = new Intl.DateTimeFormat('sv-SE', { timeZone: ZONE, dateStyle: 'short', timeStyle: 'short' })
  assert.equal(wall.format(new Date(launch.t_zero)).replace(' ', 'T'), tZero)
  // Two workstreams, each led by the person chosen.
  const { lanes } = await apiGet(page, `launches/${built.id}/timeline/`)
  const people = (await apiGet(page, 'users/?page_size=200')).results
  const leadName = (id) => {
    const person = people.find((p) => p.id === id)
    return person ? `${person.first_name} ${person.last_name}` : null
  }
  assert.deepEqual(Object.fromEntries(lanes.map((lane) => [lane.department.name, leadName(lane.lead)])), DEPARTMENTS)
  await waitForTimeline(page)
  await expectNoAxeViolations(page, 'the new launch’s empty timeline')
  await shot(page, 'build-3-empty-timeline', { fullPage: false })
}

/** The CSBO adds a milestone and a gate in Settings. */
async function addMilestoneAndGate(page) {
  await goTo(page, 'settings')
  await page.getByRole('heading', { name: 'Lifecycle' }).waitFor()
  const departments = page.getByRole('table', { name: 'Departments' })
  await departments.getByRole('row', { name: /^Marketing / }).waitFor()
  await departments.getByRole('row', { name: /^PR / }).waitFor()
  await page.getByRole('region', { name: 'Milestones' }).getByText('No milestones yet.').waitFor()
  await page.getByRole('region', { name: 'Gates' }).getByText('No gates yet.').waitFor()
  await expectNoAxeViolations(page, 'the launch settings (office)')

  await page.getByRole('button', { name: 'Add a milestone' }).click()
  const milestoneForm = page.getByRole('form', { name: 'New milestone' })
  await milestoneForm.getByLabel('Milestone name').fill(MILESTONE)
  await milestoneForm.getByLabel('Days from T-0 (negative: before launch day)').fill('-14')
  await milestoneForm.getByRole('button', { name: 'Add milestone' }).click()
  await milestoneForm.waitFor({ state: 'detached' })
  const milestones = page.getByRole('region', { name: 'Milestones' })
  await milestones.getByRole('listitem').filter({ hasText: MILESTONE }).getByText(/^T-14 · /).waitFor()

  await page.getByRole('button', { name: 'Add a gate' }).click()
  const gateForm = page.getByRole('form', { name: 'New gate' })
  await gateForm.getByLabel('Gate name').fill(GATE)
  await gateForm.getByLabel('Days from T-0 (negative: before launch day)').fill('-2')
  await gateForm.getByLabel('Description').fill('PR and Marketing agree the launch can go ahead.')
  await gateForm.getByRole('checkbox', { name: 'PR lead' }).check()
  await gateForm.getByRole('checkbox', { name: 'Marketing lead' }).check()
  await expectNoAxeViolations(page, 'the settings with the New gate form open')
  await gateForm.getByRole('button', { name: 'Add gate' }).click()
  await gateForm.waitFor({ state: 'detached' })
  const gates = page.getByRole('region', { name: 'Gates' })
  const row = gates.getByRole('listitem').filter({ hasText: GATE })
  await row.getByText('Pending').waitFor()
  await row.getByText(/Approvers: .*PR.*Marketing|Approvers: .*Marketing.*PR/).waitFor()
  await expectNoAxeViolations(page, 'the settings with a milestone and a gate')
  await shot(page, 'build-4-settings-milestone-gate')

  const [gate] = (await apiGet(page, `gates/?launch=${built.id}`)).results
  assert.equal(gate.name, GATE)
  assert.equal(gate.offset_days, -2)
  assert.equal(gate.status, 'pending')
  assert.equal(gate.approver_departments.length, 2)
}

/** The CSBO adds ten tasks across the two departments on the timeline. */
async function addTenTasks(page) {
  await goTo(page)
  await waitForTimeline(page)
  for (const task of FORM_TASKS) {
    await page.getByRole('button', { name: 'Add a task' }).click()
    const panel = page.getByRole('complementary', { name: 'New task' })
    const form = panel.getByRole('form', { name: 'New task' })
    await form.getByLabel('Department').selectOption({ label: task.department })
    await form.getByLabel('Title').fill(task.title)
    await form.getByLabel('Start', { exact: true }).fill(task.start)
    await form.getByLabel('Duration').fill(task.duration)
    if (task.title === FORM_TASKS[0].title) {
      await form.getByLabel('Assignee').selectOption({ label: 'Priya Raman' })
      await shot(page, 'build-5-new-task-panel', { fullPage: false })
    }
    await form.getByRole('button', { name: 'Add task' }).click()
    // The new task's own panel replaces the form, and its bar is on the timeline.
    await page.getByRole('complementary', { name: task.title }).waitFor()
    await taskBar(page, task.title).waitFor()
  }

  // The tenth: dragged over three days of Marketing's empty row, then named in the field that opens there.
  await page.getByRole('complementary').getByRole('button', { name: /^Close/ }).click()
  const hint = page.locator('.timeline-add-row .timeline-add-hint', { hasText: 'add a task to Marketing' })
  const box = await hint.boundingBox()
  assert.ok(box, 'Marketing’s empty row is not on screen')
  const y = box.y + box.height / 2
  const x = box.x + box.width + 40
  await page.mouse.move(x, y)
  await page.mouse.down()
  await page.mouse.move(x + 40, y, { steps: 4 })
  await page.mouse.move(x + 2 * 28 + 5, y, { steps: 4 })
  await page.mouse.up()
  const field = page.getByRole('textbox', { name: /^New task in Marketing, \d+ \w{3} to \d+ \w{3}$/ })
  const [, firstDay, lastDay] = (await field.getAttribute('aria-label')).match(/, (\d+ \w{3}) to (\d+ \w{3})$/)
  await field.fill(DRAWN_TASK)
  await shot(page, 'build-6-inline-task', { fullPage: false })
  await field.press('Enter')
  await page.getByRole('complementary', { name: DRAWN_TASK }).waitFor()
  await shot(page, 'build-7-ten-tasks', { fullPage: false })

  const timeline = await apiGet(page, `launches/${built.id}/timeline/`)
  const drawn = timeline.tasks.find((task) => task.title === DRAWN_TASK)
  assert.ok(drawn, 'the drawn task is not in the plan')
  // It is anchored on the first day drawn (its planned start is that day, or the next working day when the
  // drawing began on a day off) and lasts the working days drawn.
  let first = drawn.planned_start
  for (let n = 0; n < 7 && shortDay(first) !== firstDay; n++) first = addDays(first, -1)
  assert.equal(shortDay(first), firstDay, `the task starts ${drawn.planned_start}, not on ${firstDay}`)
  const tZeroDay = timeline.launch.t_zero_date
  assert.equal(drawn.offset_days, (Date.parse(first) - Date.parse(tZeroDay)) / 86_400_000)
  const { working_weekdays: weekdays, closed_days: closed } = timeline.calendar
  let working = 0
  for (let day = first, n = 0; n < 7; day = addDays(day, 1), n++) {
    const isoWeekday = ((new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7) + 1
    if (weekdays.includes(isoWeekday) && !closed.some((c) => c.date === day)) working += 1
    if (shortDay(day) === lastDay) break
  }
  assert.equal(drawn.duration_days, Math.max(1, working))
  const lane = (task) => timeline.lanes.find((l) => l.id === task.workstream).department.name
  assert.equal(lane(drawn), 'Marketing')
  const owner = timeline.tasks.find((task) => task.title === FORM_TASKS[0].title)
  assert.equal(timeline.people.find((p) => p.id === owner.assignee)?.username, 'pr.lead')

  // The screens of this step, once the plan is in place: a task's panel, then the New task panel.
  await expectNoAxeViolations(page, 'the timeline with ten tasks and a task panel open')
  await page.getByRole('button', { name: 'Add a task' }).click()
  const newTask = page.getByRole('complementary', { name: 'New task' })
  await newTask.getByRole('form', { name: 'New task' }).waitFor()
  await expectNoAxeViolations(page, 'the timeline with the New task panel open')
  await newTask.getByRole('button', { name: 'Cancel' }).click()
  await newTask.waitFor({ state: 'detached' })
}

/** The CSBO links tasks finish-to-start, start-to-start and finish-to-finish, and draws one link. */
async function linkTasks(page) {
  await goTo(page)
  await waitForTimeline(page)
  const links = [
    { successor: 'Draft the press release', predecessor: 'Agree key messages', how: 'finish_to_start', reads: 'Starts after “Agree key messages”' },
    { successor: 'Build the landing page', predecessor: 'Produce campaign assets', how: 'start_to_start', lag: '2', reads: 'Starts with the start of “Produce campaign assets”' },
    { successor: 'Schedule social posts', predecessor: 'Brief journalists under embargo', how: 'finish_to_finish', reads: 'Finishes with “Brief journalists under embargo”' },
  ]
  for (const link of links) {
    const panel = await openTaskPanel(page, link.successor)
    await panel.getByText('Add a dependency', { exact: true }).click()
    const form = panel.getByRole('form', { name: 'Add a dependency' })
    await form.getByLabel('Depends on').selectOption({ label: link.predecessor })
    await form.getByLabel('How').selectOption(link.how)
    if (link.lag) await form.getByLabel('Lag (days; negative for a lead)').fill(link.lag)
    await form.getByRole('button', { name: 'Add dependency' }).click()
    await form.getByRole('status').filter({ hasText: 'Dependency added.' }).waitFor()
    await panel.getByRole('region', { name: 'Dependencies' }).getByText(link.reads).waitFor()
  }
  await shot(page, 'build-8-links-from-panel', { fullPage: false })
  await page.getByRole('complementary').getByRole('button', { name: /^Close/ }).click()

  // A fourth, finish to start, drawn from the connector at the brief's finish onto the assets' bar.
  const source = taskBar(page, 'Campaign brief')
  const target = taskBar(page, 'Produce campaign assets')
  await source.scrollIntoViewIfNeeded()
  await source.hover()
  const from = await source.locator('.bar-connector').boundingBox()
  const to = await target.boundingBox()
  assert.ok(from && to, 'the bars are not on screen')
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2)
  await page.mouse.down()
  await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 8 })
  await page.mouse.up()
  await page
    .locator('.timeline-announcement[role="status"]')
    .filter({ hasText: '“Produce campaign assets” now starts after “Campaign brief” finishes.' })
    .waitFor()
  await shot(page, 'build-9-drawn-link', { fullPage: false })
  await expectNoAxeViolations(page, 'the timeline with its links')
  const panel = await openTaskPanel(page, 'Produce campaign assets')
  await panel.getByText('Add a dependency', { exact: true }).click()
  await panel.getByRole('form', { name: 'Add a dependency' }).waitFor()
  await expectNoAxeViolations(page, 'the task panel with Add a dependency open')
}

/** The CSBO makes two tasks the gate’s criteria. */
async function addGateCriteria(page) {
  await goTo(page, 'settings')
  const gates = page.getByRole('region', { name: 'Gates' })
  await gates.getByRole('button', { name: `Edit gate ${GATE}` }).click()
  const form = page.getByRole('form', { name: `Edit gate ${GATE}` })
  const criteria = form.getByRole('group', { name: 'Criteria: tasks that must be done' })
  await criteria.getByRole('checkbox', { name: 'Approve the press release' }).check()
  await criteria.getByRole('checkbox', { name: 'Schedule social posts' }).check()
  await form.getByRole('button', { name: 'Save gate' }).click()
  await form.waitFor({ state: 'detached' })
  await gates.getByRole('listitem').filter({ hasText: GATE }).getByText('0/2 criteria done').waitFor()
}

/** The API has the launch as built: 2 workstreams, 10 tasks, 3 kinds of link, 1 gate, 1 milestone. */
async function checkThroughApi(page) {
  await goTo(page)
  const timeline = await apiGet(page, `launches/${built.id}/timeline/`)
  assert.deepEqual(timeline.lanes.map((l) => l.department.name).sort(), ['Marketing', 'PR'])
  assert.equal(timeline.tasks.length, 10)
  const byLane = (name) => {
    const lane = timeline.lanes.find((l) => l.department.name === name)
    return timeline.tasks.filter((task) => task.workstream === lane.id).map((task) => task.title).sort()
  }
  assert.deepEqual(byLane('PR'), FORM_TASKS.filter((x) => x.department === 'PR').map((x) => x.title).sort())
  assert.deepEqual(
    byLane('Marketing'),
    [...FORM_TASKS.filter((x) => x.department === 'Marketing').map((x) => x.title), DRAWN_TASK].sort(),
  )
  const title = new Map(timeline.tasks.map((task) => [task.id, task.title]))
  const links = timeline.dependencies.map((d) => `${title.get(d.predecessor)} → ${title.get(d.successor)}: ${d.type} ${d.lag_days}`)
  assert.deepEqual(links.sort(), [
    'Agree key messages → Draft the press release: finish_to_start 0',
    'Brief journalists under embargo → Schedule social posts: finish_to_finish 0',
    'Campaign brief → Produce campaign assets: finish_to_start 0',
    'Produce campaign assets → Build the landing page: start_to_start 2',
  ])
  assert.deepEqual(new Set(timeline.dependencies.map((d) => d.type)), new Set(['finish_to_start', 'start_to_start', 'finish_to_finish']))
  assert.deepEqual(timeline.gates.map((g) => g.name), [GATE])
  assert.deepEqual(
    timeline.milestones.filter((m) => m.kind === 'milestone').map((m) => [m.name, m.offset_days]),
    [[MILESTONE, -14]],
  )
  const [gate] = (await apiGet(page, `gates/?launch=${built.id}`)).results
  assert.deepEqual(gate.criteria.map((id) => title.get(id)).sort(), ['Approve the press release', 'Schedule social posts'])
}

/** The CSBO moves the launch to planning and ready; launching before the gate is approved is refused plainly. */
async function moveThroughLifecycle(page) {
  await goTo(page, 'settings')
  const lifecycle = page.getByRole('region', { name: 'Lifecycle' })
  const moves = lifecycle.getByRole('group', { name: 'Move the launch to' })
  await moves.getByRole('button', { name: 'Move to planning' }).click()
  await lifecycle.getByRole('status').filter({ hasText: 'The launch is now planning.' }).waitFor()
  assert.equal((await apiGet(page, `launches/${built.id}/`)).status, 'planning')
  await moves.getByRole('button', { name: 'Mark ready' }).click()
  await lifecycle.getByRole('status').filter({ hasText: 'The launch is now ready.' }).waitFor()
  assert.equal((await apiGet(page, `launches/${built.id}/`)).status, 'ready')

  await moves.getByRole('button', { name: 'Mark launched' }).click()
  const refusal = lifecycle.getByRole('alert')
  await refusal.waitFor()
  const text = (await refusal.textContent()).replace(/\s+/g, ' ')
  assert.match(text, new RegExp(`^Not moved to Launched: ${NAME} cannot launch before every gate is approved; not yet: ${GATE}\\.`))
  assert.match(text, new RegExp(`Gate not approved yet: ${GATE}\\. Its approvers decide under the timeline\\.`))
  await refusal.getByRole('link', { name: 'timeline' }).waitFor()
  await expectNoAxeViolations(page, 'the settings with the refused transition')
  await shot(page, 'build-10-launch-refused')
  // Refused: nothing changed.
  const launch = await apiGet(page, `launches/${built.id}/`)
  assert.equal(launch.status, 'ready')
  assert.equal(await lifecycle.locator('.status').first().textContent(), 'Ready')
}

test('the CSBO builds a launch through the UI alone', async (t) => {
  const page = await signInAs('csbo', t)
  await t.test('the CSBO creates a launch with two departments and their leads', () => createLaunch(page))
  await t.test('the CSBO adds a milestone and a gate in Settings', () => addMilestoneAndGate(page))
  await t.test('the CSBO adds ten tasks across the two departments on the timeline', () => addTenTasks(page))
  await t.test('the CSBO links tasks finish-to-start, start-to-start and finish-to-finish, and draws one link', () => linkTasks(page))
  await t.test('the CSBO makes two tasks the gate’s criteria', () => addGateCriteria(page))
  await t.test('the API has the launch as built: 2 workstreams, 10 tasks, 3 kinds of link, 1 gate, 1 milestone', () => checkThroughApi(page))
  await t.test('the CSBO moves the launch to planning and ready; launching before the gate is approved is refused plainly', () => moveThroughLifecycle(page))
})
