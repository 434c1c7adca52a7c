// The test build (vite build --mode test), served for a bench group: `?stress=` and the bench hooks
// (window.__game.bench) exist only there, never in the production game.
import { rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { build, preview } from 'vite';
import type { BenchOptions } from './common.ts';
import { ROOT } from './browser.ts';

/** Builds the test build into `outDir`, serves it while `use(baseUrl)` runs, then removes it. */
export async function withTestBuild<T>(outDir: string, opts: BenchOptions, use: (baseUrl: string) => Promise<T>): Promise<T> {
  const t0 = performance.now();
  await build({ root: ROOT, mode: 'test', logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  opts.log(`  test build into ${outDir}/ in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  const server = await preview({ root: ROOT, mode: 'test', logLevel: 'warn', build: { outDir }, preview: { host: '127.0.0.1', port: 0, strictPort: true, open: false } });
  try {
    const address = server.httpServer.address() as AddressInfo | null;
    if (!address || typeof address === 'string') throw new Error('the test build preview server has no TCP address');
    return await use(`http://127.0.0.1:${address.port}/`);
  } finally {
    await server.close().catch(() => {});
    rmSync(new URL(`../../${outDir}/`, import.meta.url), { recursive: true, force: true });
  }
}
