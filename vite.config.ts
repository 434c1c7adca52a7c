/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import { combatants } from './scripts/vite-plugin-combatants.ts';
import { csp } from './scripts/vite-plugin-csp.ts';

// One config serves the game build and the test runner, so tests see what players get.
export default defineConfig({
  base: './',
  publicDir: 'public',
  // Instruments src/combatants (and, in --mode test, test/fixtures/combatants): yield sites, loop guard.
  // csp(): a Content-Security-Policy <meta> in the built index.html only (apply: 'build').
  plugins: [combatants(), csp()],
  build: {
    target: 'es2022',
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1600,
    rolldownOptions: {
      output: {
        // Phaser is big and changes rarely: keep it in its own chunk so the app chunk stays small.
        manualChunks(id: string) {
          return id.includes('node_modules/phaser') ? 'phaser' : undefined;
        },
      },
    },
  },
  test: {
    reporters: ['default', './test/summary-reporter.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          // Property and CLI tests do real work; a shared 2-core machine must not turn that into a flake.
          testTimeout: 30_000,
          include: ['test/**/*.test.ts'],
          exclude: ['test/browser/**'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/browser/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          // One Chromium at a time: the machines have 2 cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
