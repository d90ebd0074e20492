/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

// Django (make run, or `backend/manage.py runserver`) answers these paths; the dev server forwards them.
// '/api' also covers '/api-auth/' (the sign-in pages): Vite matches proxy keys as path prefixes.
// The Host header is kept (no changeOrigin) so Django's CSRF origin check sees the page's own origin.
const backend = 'http://127.0.0.1:8000'

export default defineConfig({
  // Django serves dist/ at the site root (WhiteNoise) and answers index.html for every non-API path.
  base: '/',
  plugins: [react()],
  server: {
    proxy: {
      '/api': backend,
      '/admin': backend,
      '/static': backend,
    },
  },
  build: {
    outDir: 'dist',
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['./src/test/setup.ts'],
    // Dates render in the browser's zone; tests pin it so expectations do not depend on the machine.
    env: { TZ: 'UTC' },
    restoreMocks: true,
    unstubGlobals: true,
  },
})
