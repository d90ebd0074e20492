/**
 * `make bench` (after `npm run build`): the JavaScript the first screen loads, gzipped. Reads Vite's manifest
 * (dist/.vite/manifest.json, build.manifest in vite.config.ts), takes the entry chunk (index.html's) and every
 * chunk it imports statically, transitively: what the browser fetches before the sign-in page, the launch list
 * or the timeline can render. Chunks reached only through import() (the other tabs, the dialogs, the people
 * pages) load later and are listed apart. Exits 1 when the first screen is over BUNDLE_BUDGET_KB (250 kB).
 *
 *   node bench/bundle-size.mjs [dist-dir]
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'

const here = path.dirname(fileURLToPath(import.meta.url))
const dist = path.resolve(process.argv[2] ?? path.join(here, '..', 'dist'))
const budgetKb = Number(process.env.BUNDLE_BUDGET_KB ?? 250)

let manifest
try {
  manifest = JSON.parse(readFileSync(path.join(dist, '.vite', 'manifest.json'), 'utf8'))
} catch (error) {
  console.error(`No Vite manifest in ${dist}: run \`npm run build\` first (${error.message})`)
  process.exit(2)
}

/** Size of one built file: raw and gzipped at zlib's default level, as a web server sends it. */
function sizes(file) {
  const bytes = readFileSync(path.join(dist, file))
  return { raw: bytes.length, gzip: gzipSync(bytes).length }
}

// kB = 1,000 bytes, as Vite reports sizes (the stricter reading of the budget).
const kb = (bytes) => `${(bytes / 1000).toFixed(1)} kB`

const entryKey = Object.keys(manifest).find((key) => manifest[key].isEntry)
if (!entryKey) {
  console.error('The manifest names no entry chunk')
  process.exit(2)
}

// The entry and its static imports, transitively (a shared chunk two lazy chunks use is not the first screen's).
const firstScreen = new Set()
const pending = [entryKey]
while (pending.length) {
  const key = pending.pop()
  if (firstScreen.has(key)) continue
  firstScreen.add(key)
  pending.push(...(manifest[key].imports ?? []))
}

const rows = (keys) =>
  keys
    .map((key) => ({ key, file: manifest[key].file, ...sizes(manifest[key].file) }))
    .filter((row) => row.file.endsWith('.js'))
    .sort((a, b) => b.gzip - a.gzip)

const first = rows([...firstScreen])
const later = rows(Object.keys(manifest).filter((key) => !firstScreen.has(key)))
const total = (list) => list.reduce((sum, row) => ({ raw: sum.raw + row.raw, gzip: sum.gzip + row.gzip }), { raw: 0, gzip: 0 })
const firstTotal = total(first)
const laterTotal = total(later)
const css = [...firstScreen].flatMap((key) => manifest[key].css ?? [])
const cssTotal = css.reduce((sum, file) => sum + sizes(file).gzip, 0)

for (const row of first) console.log(`  first screen  ${kb(row.gzip).padStart(9)} gzip  ${kb(row.raw).padStart(9)}  ${row.file}`)
for (const row of later) console.log(`  on demand     ${kb(row.gzip).padStart(9)} gzip  ${kb(row.raw).padStart(9)}  ${row.file}`)
console.log(
  `First screen JavaScript: ${kb(firstTotal.gzip)} gzipped (${kb(firstTotal.raw)} minified) in ${first.length} ` +
    `chunk(s), budget ${budgetKb} kB; CSS ${kb(cssTotal)} gzipped; ${later.length} chunk(s) on demand, ` +
    `${kb(laterTotal.gzip)} gzipped.`,
)
if (firstTotal.gzip > budgetKb * 1000) {
  console.error(`Over budget by ${kb(firstTotal.gzip - budgetKb * 1000)}: split the rest (React.lazy, import()).`)
  process.exit(1)
}
