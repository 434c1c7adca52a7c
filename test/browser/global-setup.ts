import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';
import { build, preview } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

const root = fileURLToPath(new URL('../..', import.meta.url));

// Tests run against the real production bundle, built once per run, so they catch bundling bugs too.
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  try {
    await build({ root, logLevel: 'warn' });
  } catch (err) {
    throw new Error(`Browser tests: vite build failed: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
  }

  // Port 0 lets the OS pick a free port, so parallel runs on one machine cannot collide.
  const server = await preview({ root, logLevel: 'warn', preview: { host: '127.0.0.1', port: 0, strictPort: true, open: false } });
  const address = server.httpServer.address() as AddressInfo | null;
  if (!address || typeof address === 'string') throw new Error('Browser tests: preview server has no TCP address');
  project.provide('baseUrl', `http://127.0.0.1:${address.port}/`);

  return async () => {
    await server.close();
  };
}
