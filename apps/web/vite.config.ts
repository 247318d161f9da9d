// The web app: built into dist/web (which the api serves at `/`) with a manifest that
// scripts/check-bundle.mjs reads to hold the league page's initial JavaScript under its budget.
// `npm run dev:web` serves it with the api's routes proxied to a locally running api.
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const apiOrigin = process.env.API_ORIGIN ?? 'http://localhost:3000';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('../../dist/web', import.meta.url)),
    emptyOutDir: true,
    manifest: true,
    sourcemap: true,
    target: 'es2022',
  },
  server: {
    proxy: {
      '/api': apiOrigin,
      '/health': apiOrigin,
    },
  },
});
