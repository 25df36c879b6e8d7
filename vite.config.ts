import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vitest/config';
import { graphDocumentPlugin } from './src/ui/vite-plugin-graph.ts';

// Deterministic tests: one time zone everywhere.
process.env.TZ = 'UTC';

export default defineConfig({
  // The graph document (data/build/graph.json, or RUNGS_GRAPH=/path/to/graph.json) is served at
  // ./graph.json and emitted into dist; see src/ui/vite-plugin-graph.ts.
  plugins: [svelte(), graphDocumentPlugin()],
  base: './',
  build: { target: 'es2022' },
  // pdf.js and mammoth load lazily; pre-bundle them so the dev server does not reload on first use.
  optimizeDeps: { include: ['pdfjs-dist', 'mammoth'] },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/domain/**/*.test.ts', 'tests/cli/**/*.test.ts', 'tests/ui/layout/**/*.test.ts'],
          testTimeout: 60_000,
        },
      },
      {
        extends: true,
        resolve: { conditions: ['browser'] },
        test: {
          name: 'component',
          environment: 'jsdom',
          include: ['tests/ui/**/*.test.ts'],
          exclude: ['tests/ui/layout/**'],
          setupFiles: ['tests/ui/setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
