import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';
import { build, preview } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /** The test build (`vite build --mode test`, dist-test/): the game plus the fault fixtures. */
    testBaseUrl: string;
  }
}

const root = fileURLToPath(new URL('../..', import.meta.url));

/** The test build's output folder (git-ignored by dist-*). */
export const TEST_OUT_DIR = 'dist-test';

async function buildOnce(mode: 'production' | 'test', outDir: string): Promise<void> {
  try {
    await build({ root, mode, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  } catch (err) {
    throw new Error(`Browser tests: vite build --mode ${mode} failed: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
  }
}

async function serve(mode: 'production' | 'test', outDir: string) {
  // Port 0 lets the OS pick a free port, so parallel runs on one machine cannot collide.
  const server = await preview({ root, mode, logLevel: 'warn', build: { outDir }, preview: { host: '127.0.0.1', port: 0, strictPort: true, open: false } });
  const address = server.httpServer.address() as AddressInfo | null;
  if (!address || typeof address === 'string') throw new Error('Browser tests: preview server has no TCP address');
  return { server, url: `http://127.0.0.1:${address.port}/` };
}

// Tests run against the real production bundle, built once per run, so they catch bundling bugs too.
// The fault tests need the fixtures, which must never ship: they get a second, test-mode build.
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  await buildOnce('production', 'dist');
  await buildOnce('test', TEST_OUT_DIR);

  const game = await serve('production', 'dist');
  const test = await serve('test', TEST_OUT_DIR);
  project.provide('baseUrl', game.url);
  project.provide('testBaseUrl', test.url);

  return async () => {
    await Promise.all([game.server.close(), test.server.close()]);
  };
}
