/**
 * Starts the real Django server for browser tests and the bench: its own SQLite database in a temp folder
 * (whatever DATABASE_URL says: the e2e never touches the suite's PostgreSQL), migrated and seeded, Celery
 * eager, serving the built frontend/dist at /. `make` builds the frontend first; this builds nothing.
 */
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
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

/**
 * @param {{ setup?: string[][] }} options extra manage.py commands after migrate and seed_demo
 * @returns {Promise<{ baseUrl: string, manage: (...args: string[]) => string, stop: () => Promise<void> }>}
 */
export async function startServer({ setup = [] } = {}) {
  if (!existsSync(PYTHON)) throw new Error(`No virtualenv at ${PYTHON}: run make install`)
  if (!existsSync(path.join(REPO_DIR, 'frontend/dist/index.html'))) throw new Error('Build the frontend first: make frontend')
  const dir = mkdtempSync(path.join(tmpdir(), 'tminus-e2e-'))
  const env = { ...process.env, DATABASE_URL: `sqlite:///${path.join(dir, 'db.sqlite3')}`, DEBUG: 'true' }
  // No broker: Celery runs tasks in-process, so the server needs no Redis.
  delete env.REDIS_URL
  delete env.CELERY_BROKER_URL
  manage(env, 'migrate', '--no-input', '-v', '0')
  manage(env, 'seed_demo')
  for (const args of setup) manage(env, ...args)
  const port = await freePort()
  const child = spawn(PYTHON, [MANAGE, 'runserver', `127.0.0.1:${port}`, '--noreload'], {
    env,
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  let log = ''
  child.stderr.on('data', (chunk) => {
    log = (log + chunk).slice(-20_000)
  })
  const baseUrl = `http://127.0.0.1:${port}`
  try {
    await waitForHealth(`${baseUrl}/api/health/`, child)
  } catch (error) {
    child.kill('SIGKILL')
    throw new Error(`${error.message}\n${log}`)
  }
  return {
    baseUrl,
    manage: (...args) => manage(env, ...args),
    serverLog: () => log,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r))
        child.kill('SIGTERM')
        await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))])
        if (child.exitCode === null) child.kill('SIGKILL')
      }
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
