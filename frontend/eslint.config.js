/**
 * ESLint here checks one thing that TypeScript cannot: which folder may import which (bulletproof-react's
 * zones). A feature imports no other feature (pages in app/routes compose them; what two features share
 * goes to components/ or lib/), features do not import the app, and the shared folders import neither.
 * Every feature folder gets its zone by itself. Why this tool: docs/decisions/frontend-boundaries.md.
 */
import { readdirSync } from 'node:fs'
import { createNodeResolver, importX } from 'eslint-plugin-import-x'
import { typescriptParser } from './tools/index.js'

const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)

export default [
  // openapi.ts is generated and imports nothing.
  { ignores: ['dist/', 'tools/', 'e2e/', 'bench/', 'src/types/openapi.ts'] },
  {
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { parser: typescriptParser },
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.json'] })],
    },
    rules: {
      // An import the resolver cannot follow would slip past the zones below: fail on it instead.
      'import-x/no-unresolved': 'error',
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            ...features.map((feature) => ({
              target: `./src/features/${feature}`,
              from: './src/features',
              except: [`./${feature}`],
              message: `Features do not import each other (${feature} is a feature): move what both need to src/components or src/lib.`,
            })),
            { target: './src/features', from: './src/app', message: 'Features do not import the app.' },
            {
              target: ['./src/components', './src/lib', './src/types'],
              from: ['./src/features', './src/app'],
              message: 'Shared code (components, lib, types) imports no feature and not the app.',
            },
          ],
        },
      ],
    },
  },
]
