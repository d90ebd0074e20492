/**
 * What the browser benchmarks share: a launch of `tasks` tasks seeded on the server (manage.py
 * seed_bench_launch) and a page signed in as the CSBO, at the size of a laptop's screen.
 */
export async function signedInOnBenchLaunch(server, browser, tasks) {
  const launchId = server.manage('seed_bench_launch', '--tasks', String(tasks)).trim().split('\n').pop()
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
  const page = await context.newPage()
  await page.goto(`${server.baseUrl}/`)
  await page.getByLabel('Username').fill('csbo')
  await page.getByLabel('Password').fill('tminus-demo')
  await page.getByRole('button', { name: 'Sign in' }).click()
  await page.getByText(/^Signed in as/).waitFor()
  return { launchId, page }
}

/** The same, on the launch's timeline with its first bars drawn. */
export async function onBenchTimeline(server, browser, tasks) {
  const { launchId, page } = await signedInOnBenchLaunch(server, browser, tasks)
  await page.goto(`${server.baseUrl}/launches/${launchId}`)
  await page.locator('button.task-bar').first().waitFor({ timeout: 60_000 })
  return { launchId, page }
}
