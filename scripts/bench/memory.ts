// Group 5: heap used before and after 500 auto-played battles in one page, each reading taken
// right after CDP HeapProfiler.collectGarbage, from Runtime.getHeapUsage (usedSize).
//
// Needs from the game: window.__game.bench.autoBattles(n): Promise<{ closed: number; total: number }>
// — plays n headless adventure battles (autoCommand) through the same code path the Battle scene
// uses (BattleSession, listeners attached and disposed as a real battle does), and counts the
// generators it created (total) and the ones found closed afterwards (closed). Until the game has
// it, the rows say n/a. The hook is in the test build only, so this group builds and serves that.
import type { CDPSession } from 'playwright-core';
import { errorText, kb, naRow, type BenchOptions, type Row } from './common.ts';
import { newPage, waitReady, type BrowserSite } from './browser.ts';
import { withTestBuild } from './test-build.ts';

const GROUP = '5 memory';
export const BATTLES = 500;
const TARGET_GROWTH = 2 * 1024 * 1024;

const figures = {
  growth: { figure: `heap growth over ${BATTLES} auto-played battles`, target: `≤ ${kb(TARGET_GROWTH)}` },
  closed: { figure: 'generators closed after them', target: 'all' },
};

async function heapAfterGc(cdp: CDPSession): Promise<number> {
  // Twice: the first pass may only free what a finaliser or a weak map releases for the second.
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const usage = await cdp.send('Runtime.getHeapUsage');
  return usage.usedSize;
}

export async function memoryRows(site: BrowserSite, opts: BenchOptions): Promise<Row[]> {
  const na = (reason: string) => [
    naRow(GROUP, figures.growth.figure, figures.growth.target, reason),
    naRow(GROUP, figures.closed.figure, figures.closed.target, reason),
  ];
  return withTestBuild('dist-bench-memory', opts, (baseUrl) => measureMemory(site, baseUrl, opts, na));
}

async function measureMemory(site: BrowserSite, baseUrl: string, opts: BenchOptions, na: (reason: string) => Row[]): Promise<Row[]> {
  const { page, errors, close } = await newPage(site);
  try {
    await page.goto(baseUrl);
    if (!(await waitReady(page, 30_000))) return na(errors[0] ? `page error: ${errors[0].slice(0, 80)}` : 'window.__game.ready never became true');
    const hasHook = await page.evaluate(() => typeof (window as { __game?: { bench?: { autoBattles?: unknown } } }).__game?.bench?.autoBattles === 'function');
    if (!hasHook) return na('window.__game.bench.autoBattles(n) missing');
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('HeapProfiler.enable');
    // A short warm-up so lazily created things (JIT code, pools, caches) are not counted as growth.
    await page.evaluate(() => (window as unknown as { __game: { bench: { autoBattles(n: number): Promise<unknown> } } }).__game.bench.autoBattles(5));
    const before = await heapAfterGc(cdp);
    const t0 = performance.now();
    const result = await page.evaluate(
      (n) => (window as unknown as { __game: { bench: { autoBattles(n: number): Promise<{ closed: number; total: number }> } } }).__game.bench.autoBattles(n),
      BATTLES,
    );
    const seconds = (performance.now() - t0) / 1000;
    const after = await heapAfterGc(cdp);
    const growth = after - before;
    opts.log(`  ${BATTLES} battles in ${seconds.toFixed(1)} s: heap ${kb(before)} → ${kb(after)}; closed ${result.closed}/${result.total}`);
    return [
      {
        group: GROUP,
        figure: figures.growth.figure,
        value: `${growth >= 0 ? '+' : ''}${kb(growth)} (${kb(before)} → ${kb(after)}; ${seconds.toFixed(1)} s)`,
        target: figures.growth.target,
        met: growth <= TARGET_GROWTH,
        data: { before, after, growth, seconds, battles: BATTLES },
      },
      {
        group: GROUP,
        figure: figures.closed.figure,
        value: `${result.closed} / ${result.total}`,
        target: figures.closed.target,
        met: result.total > 0 && result.closed === result.total,
        data: result,
      },
    ];
  } catch (error) {
    return na(errorText(error));
  } finally {
    await close();
  }
}
