/**
 * Starts the real Django server for browser tests and the bench: its own SQLite database in a temp folder
 * (whatever DATABASE_URL says: the e2e never touches the suite's PostgreSQL), migrated and seeded, Celery
 * eager, serving the built frontend/dist at /. `make` builds the frontend first; this builds nothing.
 */
import { spawn, spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const REPO_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const PYTHON = path.join(REPO_DIR, '.venv/bin/python')
const MANAGE = path.join(REPO_DIR, 'backend/manage.py')

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.unref()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
  })
}

function manage(env, ...args) {
  const result = spawnSync(PYTHON, [MANAGE, ...args], { env, encoding: 'utf8' })
  if (result.status !== 0) {
    throw new Error(`manage.py ${args.join(' ')} failed (${result.status}):\n${result.stdout}\n${result.stderr}`)
  }
  return result.stdout
}

async function waitForHealth(url, child, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The server exited early with code ${child.exitCode}`)
    try {
      const response = await fetch(url)
      if (response.ok) return
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200))
  }
  throw new Error(`The server did not answer ${url} within ${timeoutMs} ms`)
}

/** Every backend source file, for the key of the seeded database (any change to models, migrations or services
 * may change what migrate and seed_demo make). */
function backendFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name)
    if (entry.isDirectory()) return entry.name === '__pycache__' ? [] : backendFiles(file)
    return entry.name.endsWith('.py') ? [file] : []
  })
}

/**
 * A migrated and seeded SQLite database to copy: made once per backend source and day (the demo's dates are
 * relative to today) in the temp folder, so each browser test file starts in a second instead of spending ~20 s
 * on migrate and seed_demo. Written under a temporary name and renamed, so a half-made file is never copied.
 */
function seededTemplate(env) {
  const hash = createHash('sha256')
  for (const file of backendFiles(path.join(REPO_DIR, 'backend')).sort()) hash.update(file).update(readFileSync(file))
  hash.update(new Date().toISOString().slice(0, 10))
  const template = path.join(tmpdir(), `tminus-e2e-seeded-${hash.digest('hex').slice(0, 16)}.sqlite3`)
  if (existsSync(template)) return template
  const dir = mkdtempSync(path.join(tmpdir(), 'tminus-e2e-seed-'))
  const db = path.join(dir, 'db.sqlite3')
  const seedEnv = { ...env, DATABASE_URL: `sqlite:///${db}` }
  manage(seedEnv, 'migrate', '--no-input', '-v', '0')
  manage(seedEnv, 'seed_demo')
  renameSync(db, template)
  rmSync(dir, { recursive: true, force: true })
  return template
}

/**
 * @param {{ setup?: string[][] }} options extra manage.py commands after migrate and seed_demo
 * @returns {Promise<{ baseUrl: string, manage: (...args: string[]) => string, serverLog: () => string,
 *   restart: (options?: { whileDown?: () => Promise<void> }) => Promise<void>, stop: () => Promise<void> }>}
 */
export async function startServer({ setup = [] } = {}) {
  if (!existsSync(PYTHON)) throw new Error(`No virtualenv at ${PYTHON}: run make install`)
  if (!existsSync(path.join(REPO_DIR, 'frontend/dist/index.html'))) throw new Error('Build the frontend first: make frontend')
  const dir = mkdtempSync(path.join(tmpdir(), 'tminus-e2e-'))
  const env = { ...process.env, DATABASE_URL: `sqlite:///${path.join(dir, 'db.sqlite3')}`, DEBUG: 'true' }
  // No broker: Celery runs tasks in-process, so the server needs no Redis.
  delete env.REDIS_URL
  delete env.CELERY_BROKER_URL
  copyFileSync(seededTemplate(env), path.join(dir, 'db.sqlite3'))
  for (const args of setup) manage(env, ...args)
  const port = await freePort()
  const baseUrl = `http://127.0.0.1:${port}`
  let child
  let log = ''
  /** Runs the server on the port (the same one again after a restart) and waits until it answers. */
  async function run() {
    child = spawn(PYTHON, [MANAGE, 'runserver', `127.0.0.1:${port}`, '--noreload'], {
      env,
      stdio: ['ignore', 'ignore', 'pipe'],
    })
    child.stderr.on('data', (chunk) => {
      log = (log + chunk).slice(-20_000)
    })
    try {
      await waitForHealth(`${baseUrl}/api/health/`, child)
    } catch (error) {
      child.kill('SIGKILL')
      throw new Error(`${error.message}\n${log}`)
    }
  }
  /** Stops the server and waits until it has exited (SIGKILL after 5 s), so its port is free again. */
  async function halt() {
    if (child.exitCode !== null || child.signalCode !== null) return
    const exited = new Promise((r) => child.once('exit', r))
    child.kill('SIGTERM')
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000)
    await exited
    clearTimeout(timer)
  }
  await run()
  return {
    baseUrl,
    manage: (...args) => manage(env, ...args),
    serverLog: () => log,
    /**
     * Stops the server and starts it again on the same port and database (the sessions survive); `whileDown`
     * runs in between, for a test that looks at the pages while no server answers.
     */
    restart: async ({ whileDown = async () => {} } = {}) => {
      await halt()
      await whileDown()
      await run()
    },
    stop: async () => {
      await halt()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

/** Debian's chromium, driven by playwright-core; never a downloaded browser. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

/** A headless Chromium; playwright-core gives each launch a fresh, temporary user-data-dir. */
export async function launchChromium() {
  if (!existsSync(CHROMIUM)) throw new Error(`No browser at ${CHROMIUM}: apt-get install chromium`)
  const { chromium } = await import('playwright-core')
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
}
