import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeEach, inject } from 'vitest';
import { CHROMIUM_ARGS, chromiumPath } from '../../scripts/chromium.ts';

export { CHROMIUM_ARGS, chromiumPath };
import type { GameTestApi } from '../../src/game/testing/test-api';

export const ARTIFACT_DIR = fileURLToPath(new URL('../../test-artifacts/', import.meta.url));

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS });
}

export interface ProblemCollector {
  readonly problems: string[];
  /** Stops reporting problems that match `pattern` (a test that breaks a request on purpose). */
  allow(pattern: RegExp): void;
  assertClean(): void;
}

// Warnings are allowed (SwiftShader/WebGL chatter); errors and broken requests are not.
export function collectProblems(page: Page): ProblemCollector {
  const problems: string[] = [];
  const allowed: RegExp[] = [];
  const report = (line: string) => {
    if (!allowed.some((p) => p.test(line))) problems.push(line);
  };
  page.on('console', (msg) => {
    if (msg.type() === 'error') report(`console.error: ${msg.text()}`);
  });
  page.on('pageerror', (err) => report(`pageerror: ${err.stack ?? err.message}`));
  page.on('requestfailed', (req) => {
    const why = req.failure()?.errorText ?? '?';
    // A reload or navigation cancels requests still in flight (the favicon, often): not a failure of the game.
    if (why === 'net::ERR_ABORTED') return;
    report(`request failed: ${req.url()} (${why})`);
  });
  page.on('response', (res) => {
    if (res.status() >= 400) report(`HTTP ${res.status()}: ${res.url()}`);
  });
  return {
    problems,
    allow(pattern) {
      allowed.push(pattern);
    },
    assertClean() {
      if (problems.length > 0) throw new Error(`Page reported ${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
    },
  };
}

/** Opens the game build (or `base`, e.g. inject('testBaseUrl') for the test build with the fault fixtures). */
export async function openGame(page: Page, query = '', timeout = 60_000, base: string = inject('baseUrl')): Promise<void> {
  const url = new URL(query, base).href;
  // Listen before navigating: boot errors fire during goto, and we want to fail on them at once
  // rather than wait out the whole timeout.
  const crashed = page.waitForEvent('pageerror', { timeout }).then((err) => {
    throw new Error(`Game threw while booting ${url}: ${err.stack ?? err.message}`);
  });
  crashed.catch(() => {});
  const ready = (async () => {
    await page.goto(url);
    await page.waitForFunction(() => (window as { __game?: GameTestApi }).__game?.ready === true, null, { timeout });
  })();
  await Promise.race([ready, crashed]);
}

/** Opens the test build (`npm run build:test`): window.__game with its mutators, and the fault fixtures. */
export function openTestGame(page: Page, query = '', timeout = 60_000): Promise<void> {
  return openGame(page, query, timeout, inject('testBaseUrl'));
}

export async function saveScreenshot(target: Page | Locator, name: string): Promise<Buffer> {
  mkdirSync(ARTIFACT_DIR, { recursive: true });
  const png = await target.screenshot({ type: 'png' });
  writeFileSync(join(ARTIFACT_DIR, `${name.replace(/[^\w.-]+/g, '_')}.png`), png);
  return png;
}

export interface BrowserFixture {
  readonly browser: Browser;
  readonly context: BrowserContext;
  readonly page: Page;
  readonly problems: ProblemCollector;
}

/** A phone: touch events and a mobile viewport, as a player's would be. */
export interface BrowserOptions {
  readonly touch?: boolean;
}

// One browser per file (launching is slow), a fresh context per test so no state leaks between tests.
export function useBrowser(viewport = { width: 1280, height: 720 }, { touch = false }: BrowserOptions = {}): BrowserFixture {
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  let page: Page | undefined;
  let problems: ProblemCollector | undefined;

  beforeEach(async () => {
    // Launched lazily here rather than in beforeAll so a missing Chromium marks tests failed, not skipped.
    browser ??= await launchBrowser();
    context = await browser.newContext({ viewport, deviceScaleFactor: 1, ...(touch ? { hasTouch: true, isMobile: true } : {}) });
    page = await context.newPage();
    problems = collectProblems(page);
  });
  afterEach(async () => {
    await context?.close();
    context = page = problems = undefined;
  });
  afterAll(async () => {
    await browser?.close();
    browser = undefined;
  });

  const need = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`${what} is only available inside a test`);
    return value;
  };
  return {
    get browser() {
      return need(browser, 'browser');
    },
    get context() {
      return need(context, 'context');
    },
    get page() {
      return need(page, 'page');
    },
    get problems() {
      return need(problems, 'problems');
    },
  };
}
