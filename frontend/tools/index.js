/**
 * The dev tools that need TypeScript 5's JavaScript API, which TypeScript 7 (the frontend's compiler) does
 * not ship yet: the ESLint parser, and openapi-typescript in api-types.mjs. See README.md.
 */
export { default as typescriptParser } from '@typescript-eslint/parser'
