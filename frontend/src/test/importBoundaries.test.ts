/** The import rule of eslint.config.js (`make lint`): features import no other feature, shared code none. */
import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

const eslint = new ESLint()

async function problems(filePath: string, code: string) {
  const [result] = await eslint.lintText(code, { filePath })
  return result.messages.map((m) => `${m.ruleId}: ${m.message}`)
}

describe('import boundaries', () => {
  it('refuses a feature importing another feature, types included', async () => {
    const found = await problems(
      'src/features/timeline/components/Probe.ts',
      "import type { Gate } from '../../gates/api/gates'\nimport { useMe } from '../../session'\nexport type { Gate }\nexport { useMe }\n",
    )
    expect(found).toHaveLength(2)
    expect(found[0]).toMatch(/^import-x\/no-restricted-paths: .*Features do not import each other/)
    expect(found[1]).toMatch(/^import-x\/no-restricted-paths: .*"\.\.\/\.\.\/session"/)
  })

  it('lets a feature import its own modules, components/ and lib/', async () => {
    const found = await problems(
      'src/features/timeline/components/Probe.ts',
      "import { useTimeline } from '../api/timeline'\nimport { Dialog } from '../../../components/ui/Dialog'\n" +
        "import { api } from '../../../lib/api'\nexport { useTimeline, Dialog, api }\n",
    )
    expect(found).toEqual([])
  })

  it('refuses shared code importing a feature or the app', async () => {
    const found = await problems(
      'src/lib/probe.ts',
      "import { useMe } from '../features/session'\nimport { routes } from '../app/routes'\nexport { useMe, routes }\n",
    )
    expect(found).toHaveLength(2)
    expect(found.every((f) => f.includes('Shared code (components, lib, types) imports no feature and not the app'))).toBe(true)
  })

  it('fails on an import it cannot resolve rather than letting it pass unchecked', async () => {
    const found = await problems('src/features/gates/Probe.ts', "import { x } from '../nowhere'\nexport { x }\n")
    expect(found).toEqual(["import-x/no-unresolved: Unable to resolve path to module '../nowhere'."])
  })
})
