// Group 7 in Chromium: a real arrow key on the debugger's timeline → the next painted frame, in a
// long ordinary battle. The test build (test-build.ts) starts `?stress=8` — the normal Battle scene
// with the hero against seven monsters, HP scaled up (battle/stress.ts) so the battle lasts its
// whole 2,000-step budget — with the debugger open on its trace tab, and its bench hook (window.__game.bench.longBattle) plays it on
// headlessly to about 2,000 resumes against the seven shipped monsters (the test build's roster
// also holds the fault fixtures) and loads that log, paused, as an imported file. Then the focused
// range gets `page.keyboard.press('ArrowLeft')` again and again, each a move of one resume back.
// Each press is timed in the page from the keydown's timeStamp (a capturing listener on window,
// which also checks that the key reached the range) to the first animation frame after the
// readout changed, i.e. after the frame that painted the new step. The browser tests' flags.
import type { Page } from 'playwright-core';
import { errorText, fmtSpread, naRow, percentile, spread, type BenchOptions, type Row } from './common.ts';
import { newPage, waitReady, type BrowserSite } from './browser.ts';
import { withTestBuild } from './test-build.ts';

const GROUP = '7 timeline';
export const TARGET_PAINT_MS = 150;
export const PAINT_FIGURE = 'Chromium: timeline arrow key → painted frame, p95';
const LONG_STEPS = 1980;
/** The seven shipped monsters in stress mode's order (stress.ts cycles through the roster's kinds). */
const LINEUP = ['bat', 'ghost', 'king-slime', 'metal-slime', 'she-slime', 'slime', 'bat'];

interface PaintLog {
  readonly times: number[];
  readonly targets: string[];
}

declare const window: {
  __game: { bench: { longBattle(steps: number, enemies?: readonly string[]): Promise<{ steps: number }> } };
  __cqPaint: PaintLog;
};

/** A keydown listener that times each ArrowLeft to the frame after the readout shows the new step. */
async function installTimer(page: Page): Promise<void> {
  await page.evaluate(() => {
    const log: PaintLog = { times: [], targets: [] };
    window.__cqPaint = log;
    const readout = document.querySelector('.cq-timeline-readout')!;
    addEventListener('keydown', (e) => {
      if (e.key !== 'ArrowLeft') return;
      log.targets.push((e.target as Element).className);
      const t0 = e.timeStamp;
      const before = readout.textContent;
      const seen = new MutationObserver(() => {
        if (readout.textContent === before) return;
        seen.disconnect();
        requestAnimationFrame(() => log.times.push(performance.now() - t0));
      });
      seen.observe(readout, { childList: true, characterData: true, subtree: true });
    }, true);
  });
}

export async function paintRow(site: Pick<BrowserSite, 'browser'>, opts: BenchOptions): Promise<Row> {
  return withTestBuild('dist-bench-timeline', opts, (baseUrl) => paintRowAt(site, baseUrl, opts));
}

export async function paintRowAt(site: Pick<BrowserSite, 'browser'>, baseUrl: string, opts: BenchOptions): Promise<Row> {
  const figure = `${PAINT_FIGURE} (hero vs 7 monsters, ?stress=8 HP, debugger open on its trace tab)`;
  const target = `≤ ${TARGET_PAINT_MS} ms`;
  const { page, errors, close } = await newPage(site);
  try {
    await page.goto(`${baseUrl}?stress=8&seed=1&lang=en&debug=1&speed=4`);
    if (!(await waitReady(page, 60_000))) return naRow(GROUP, figure, target, `the game did not start${errors.length ? `: ${errors[0]}` : ''}`);
    await page.waitForSelector('.cq-timeline-range', { timeout: 30_000 });
    const { steps } = await page.evaluate(([n, lineup]) => window.__game.bench.longBattle(n, lineup), [LONG_STEPS, LINEUP] as const);
    await page.waitForFunction((n) => document.querySelector<HTMLElement>('.cq-timeline')?.dataset.steps === String(n), steps, { timeout: 30_000 });
    // The trace tab, so the trace and the message log of the whole run are on screen as well.
    await page.locator('#cq-tab-trace').click();
    await page.locator('.cq-timeline-range').focus();
    await installTimer(page);
    const presses = opts.quick ? 10 : 30;
    for (let i = 1; i <= presses; i++) {
      await page.keyboard.press('ArrowLeft');
      await page.waitForFunction((n) => window.__cqPaint.times.length >= n, i, { timeout: 30_000, polling: 20 });
    }
    const { times, targets } = await page.evaluate(() => window.__cqPaint);
    const missed = targets.find((t) => !t.includes('cq-timeline-range'));
    if (missed !== undefined) return naRow(GROUP, figure, target, `a key went to "${missed}", not the timeline`);
    const landed = await page.evaluate(() => Number(document.querySelector<HTMLElement>('.cq-timeline')?.dataset.step));
    if (landed !== steps - presses) return naRow(GROUP, figure, target, `${presses} presses from step ${steps} landed on ${landed}`);
    const p95 = percentile(times, 95);
    const s = spread(times);
    return { group: GROUP, figure: `${figure}, from step ${steps}, ${presses} presses`, value: `${p95.toFixed(1)} ms (median ${fmtSpread(s, 1, ' ms')})`, target, met: p95 <= TARGET_PAINT_MS, data: { p95, ...s, steps, presses, times } };
  } catch (error) {
    return naRow(GROUP, figure, target, errorText(error));
  } finally {
    await close();
  }
}
