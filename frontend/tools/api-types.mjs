/**
 * Writes src/types/openapi.ts from the API's OpenAPI schema (`make api-types` writes the schema first), or with
 * --check fails when the committed file differs from what the schema gives (`make lint` runs that in CI).
 *
 *   node tools/api-types.mjs [--check] [SCHEMA] [OUT]      (from frontend/; `npm run api:types -- ...`)
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import openapiTS, { astToString } from 'openapi-typescript'

const HEADER = `/**
 * Generated from the API's OpenAPI schema by \`make api-types\` (drf-spectacular, then openapi-typescript).
 * Do not edit: change the serializers and regenerate. \`make lint\` fails when this file is out of date.
 */

`

const args = process.argv.slice(2)
const check = args.includes('--check')
const [schemaArg = '../.make/openapi.json', outArg = 'src/types/openapi.ts'] = args.filter((arg) => arg !== '--check')
const schemaPath = resolve(schemaArg)
const outPath = resolve(outArg)

if (!existsSync(schemaPath)) {
  console.error(`api-types: no schema at ${schemaPath}: run \`make api-types\` at the repository root.`)
  process.exit(2)
}
const schema = JSON.parse(readFileSync(schemaPath, 'utf8'))
const generated = HEADER + astToString(await openapiTS(schema))

if (!check) {
  writeFileSync(outPath, generated)
  console.log(`api-types: wrote ${outArg} from ${schemaArg}`)
  process.exit(0)
}

const committed = existsSync(outPath) ? readFileSync(outPath, 'utf8') : ''
if (committed === generated) process.exit(0)
const fresh = join(mkdtempSync(join(tmpdir(), 'api-types-')), 'openapi.ts')
writeFileSync(fresh, generated)
const diff = spawnSync('diff', ['-u', '--label', `${outArg} (committed)`, '--label', `${outArg} (from the schema)`, outPath, fresh], {
  encoding: 'utf8',
})
console.error((diff.stdout ?? '').split('\n').slice(0, 60).join('\n'))
console.error(
  `api-types: ${outArg} is out of date with the API's OpenAPI schema (full fresh copy: ${fresh}).\n` +
    'Run `make api-types` at the repository root and commit the result; then fix what `npm run typecheck` reports.',
)
process.exit(1)
