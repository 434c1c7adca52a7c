// What groups 3–5 share: one production build (Vite's build() into dist-bench/, the repo's own
// vite.config.ts, so the same chunks players get), one preview() server on a free port, and one
// headless Chromium with the browser tests' flags.
import { rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build, preview, type PreviewServer } from 'vite';
import { CHROMIUM_ARGS, chromiumPath } from '../chromium.ts';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const OUT_DIR = 'dist-bench';
export const VIEWPORT = { width: 1280, height: 720 };

/** A JS chunk or an asset the build wrote. */
export interface BuiltFile {
  readonly fileName: string;
  readonly kind: 'chunk' | 'asset';
  readonly isEntry: boolean;
  readonly name: string;
  readonly bytes: Uint8Array;
  /** A chunk's static imports (file names): what the browser fetches with it. */
  readonly imports: readonly string[];
}

export interface BrowserSite {
  readonly baseUrl: string;
  readonly files: readonly BuiltFile[];
  readonly buildMs: number;
  readonly browser: Browser;
  readonly chromiumVersion: string;
  close(): Promise<void>;
}

interface OutputLike {
  readonly output: readonly (
    | { type: 'chunk'; fileName: string; code: string; isEntry: boolean; name: string; imports?: readonly string[] }
    | { type: 'asset'; fileName: string; source: string | Uint8Array; names?: readonly string[]; name?: string }
  )[];
}

function collect(result: unknown): BuiltFile[] {
  const outputs = (Array.isArray(result) ? result : [result]) as OutputLike[];
  const files: BuiltFile[] = [];
  for (const o of outputs) {
    if (!o || !Array.isArray(o.output)) continue;
    for (const f of o.output) {
      if (f.type === 'chunk') {
        files.push({ fileName: f.fileName, kind: 'chunk', isEntry: f.isEntry, name: f.name, bytes: Buffer.from(f.code), imports: f.imports ?? [] });
      } else {
        const name = f.names?.[0] ?? f.name ?? f.fileName;
        files.push({ fileName: f.fileName, kind: 'asset', isEntry: false, name, bytes: typeof f.source === 'string' ? Buffer.from(f.source) : f.source, imports: [] });
      }
    }
  }
  return files;
}

/** Builds into dist-bench/, serves it, launches Chromium. Throws with the reason when any step fails. */
export async function openSite(log: (line: string) => void): Promise<BrowserSite> {
  const t0 = performance.now();
  const result = await build({ root: ROOT, logLevel: 'warn', build: { outDir: OUT_DIR, emptyOutDir: true } });
  const buildMs = performance.now() - t0;
  const files = collect(result);
  log(`  built ${files.length} files into ${OUT_DIR}/ in ${(buildMs / 1000).toFixed(1)} s`);
  let server: PreviewServer | undefined;
  let browser: Browser | undefined;
  try {
    server = await preview({
      root: ROOT,
      logLevel: 'warn',
      build: { outDir: OUT_DIR },
      preview: { host: '127.0.0.1', port: 0, strictPort: true, open: false },
    });
    const address = server.httpServer.address() as AddressInfo | null;
    if (!address || typeof address === 'string') throw new Error('the preview server has no TCP address');
    browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS });
    const openServer = server;
    const openBrowser = browser;
    return {
      baseUrl: `http://127.0.0.1:${address.port}/`,
      files,
      buildMs,
      browser,
      chromiumVersion: browser.version(),
      async close() {
        await openBrowser.close().catch(() => {});
        await openServer.close().catch(() => {});
        rmSync(new URL(`../../${OUT_DIR}/`, import.meta.url), { recursive: true, force: true });
      },
    };
  } catch (error) {
    await browser?.close().catch(() => {});
    await server?.close().catch(() => {});
    throw error;
  }
}

/** A fresh context (empty cache) and page; errors in the page are collected, not thrown. */
export async function newPage(site: Pick<BrowserSite, 'browser'>): Promise<{ page: Page; errors: string[]; close: () => Promise<void> }> {
  const context = await site.browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (err) => errors.push(err.message));
  return { page, errors, close: () => context.close() };
}

/** Waits until window.__game.ready; returns false (not throws) on a timeout or a page error. */
export async function waitReady(page: Page, timeoutMs: number): Promise<boolean> {
  try {
    await page.waitForFunction(() => (window as { __game?: { ready?: boolean } }).__game?.ready === true, null, { timeout: timeoutMs });
    return true;
  } catch {
    return false;
  }
}
