/// <reference types="vitest/config" />
import optimizeLocales from '@react-aria/optimize-locales-plugin'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

// Django (make run, or `backend/manage.py runserver`) answers these paths; the dev server forwards them.
// '/api' also covers '/api-auth/' (the sign-in pages): Vite matches proxy keys as path prefixes.
// The Host header is kept (no changeOrigin) so Django's CSRF origin check sees the page's own origin.
const backend = 'http://127.0.0.1:8000'

export default defineConfig({
  // Django serves dist/ at the site root (WhiteNoise) and answers index.html for every non-API path.
  base: '/',
  plugins: [
    react(),
    // React Aria ships its strings in 30+ languages; the app speaks English only (docs/decisions/component-library.md).
    { ...optimizeLocales.vite({ locales: ['en-US'] }), enforce: 'pre' },
  ],
  server: {
    proxy: {
      '/api': backend,
      '/admin': backend,
      '/static': backend,
      // The live socket (docs/live.md).
      '/ws': { target: 'ws://127.0.0.1:8000', ws: true },
    },
  },
  build: {
    outDir: 'dist',
    // dist/.vite/manifest.json: which chunks the entry loads at once (bench/bundle-size.mjs adds them up).
    manifest: true,
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['./src/test/setup.ts'],
    // Dates render in the browser's zone; tests pin it so expectations do not depend on the machine.
    env: { TZ: 'UTC' },
    restoreMocks: true,
    // With findBy* waiting up to 5 s (src/test/setup.ts), a test of several steps needs more than 5 s in all.
    testTimeout: 20_000,
    unstubGlobals: true,
  },
})
