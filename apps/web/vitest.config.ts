// Component and unit tests of the web app's own logic (sorting, formatting, the interval bar, the
// catalogue), in jsdom. `npm test` runs them after jest; alone: npx vitest run --config apps/web/vitest.config.ts
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    restoreMocks: true,
  },
});
