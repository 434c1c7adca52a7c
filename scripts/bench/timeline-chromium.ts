// Group 7 in Chromium. (1) The core's replay of the 2,000-step bench battle in a blank page
// (timeline-page.ts, wall time). (2) Input to painted frame on the timeline: the test build (the
// only one with `?stress=`, test-build.ts) in stress mode with the debugger open, played until it has made 2,000 steps (or 60 s passed),
// paused, then the slider moved back one step again and again (its value and change event, as a key press
// does); each move is timed in the page to the animation frame after the one that painted the new
// readout, under the browser tests' flags.
import { readFileSync } from 'node:fs';
import { bundle } from './bundle.ts';
import { errorText, fmtSpread, naRow, spread, type BenchOptions, type Row } from './common.ts';
import { newPage, waitReady, type BrowserSite } from './browser.ts';
import { withTestBuild } from './test-build.ts';
import type { Spread } from './spread.ts';

const GROUP = '7 timeline';
const TARGET_SEEK_MS = 20;
const TARGET_PAINT_MS = 150;

async function seekRow(site: BrowserSite, opts: BenchOptions): Promise<Row> {
  const code = readFileSync(await bundle('scripts/bench/timeline-page.ts', 'browser', '__cqSeek'), 'utf8');
  const context = await site.browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto('about:blank');
    await page.addScriptTag({ content: code });
    const got = (await page.evaluate((quick) => (window as unknown as { __cqSeek: { run(q: boolean): unknown } }).__cqSeek.run(quick), opts.quick)) as { spread: Spread; enemies: number; heroes: number };
    const s = got.spread;
    return { group: GROUP, figure: `Chromium: core replay to step 2,000, wall ms, ${got.enemies} monsters vs ${got.heroes} heroes (median of rounds)`, value: fmtSpread(s, 1, ' ms'), target: `≤ ${TARGET_SEEK_MS} ms`, met: s.median <= TARGET_SEEK_MS, data: { ...s } };
  } finally {
    await context.close();
  }
}

async function paintRow(site: BrowserSite, opts: BenchOptions): Promise<Row> {
  return withTestBuild('dist-bench-timeline', opts, (baseUrl) => paintRowAt(site, baseUrl, opts));
}

async function paintRowAt(site: BrowserSite, baseUrl: string, opts: BenchOptions): Promise<Row> {
  const figure = 'Chromium: timeline move → painted frame, p95 (stress mode, debugger open)';
  const { page, errors, close } = await newPage(site);
  try {
    await page.goto(`${baseUrl}?stress=200&seed=1&lang=en&debug=1&speed=4`);
    if (!(await waitReady(page, 60_000))) return naRow(GROUP, figure, `≤ ${TARGET_PAINT_MS} ms`, `the game did not start${errors.length ? `: ${errors[0]}` : ''}`);
    await page.waitForSelector('.cq-timeline-range', { timeout: 30_000 });
    const readStep = () => page.evaluate(() => Number(document.querySelector<HTMLElement>('.cq-timeline')?.dataset.steps ?? 0));
    const deadline = Date.now() + (opts.quick ? 5_000 : 60_000);
    while ((await readStep()) < 2000 && Date.now() < deadline) await page.waitForTimeout(250);
    await page.locator('.cq-timeline-range').focus();
    await page.keyboard.press('p'); // pause: the debugger's key
    await page.keyboard.press('End');
    await page.waitForTimeout(300);
    const steps = await readStep();
    const presses = opts.quick ? 10 : 30;
    // One slider move at a time, as a key press makes it: the value, then its change event (the
    // debugger seeks on change); timed to the frame after the one that painted the new readout.
    const times = await page.evaluate(async (n) => {
      const range = document.querySelector<HTMLInputElement>('.cq-timeline-range')!;
      const readout = document.querySelector('.cq-timeline-readout')!;
      const out: number[] = [];
      for (let i = 0; i < n; i++) {
        const before = readout.textContent;
        const t0 = performance.now();
        range.value = String(Math.max(0, Number(range.value) - 1));
        range.dispatchEvent(new Event('input', { bubbles: true }));
        range.dispatchEvent(new Event('change', { bubbles: true }));
        let t = await new Promise<number>((r) => requestAnimationFrame(r));
        while (readout.textContent === before) t = await new Promise<number>((r) => requestAnimationFrame(r));
        t = await new Promise<number>((r) => requestAnimationFrame(r));
        out.push(t - t0);
      }
      return out;
    }, presses);
    const sorted = [...times].sort((a, b) => a - b);
    const p95 = sorted[Math.min(sorted.length - 1, Math.ceil(0.95 * sorted.length) - 1)]!;
    const s = spread(times);
    return { group: GROUP, figure: `${figure}, ${steps} steps, ${presses} presses`, value: `${p95.toFixed(1)} ms (median ${fmtSpread(s, 1, ' ms')})`, target: `≤ ${TARGET_PAINT_MS} ms`, met: p95 <= TARGET_PAINT_MS, data: { p95, ...s, steps, presses } };
  } catch (error) {
    return naRow(GROUP, figure, `≤ ${TARGET_PAINT_MS} ms`, errorText(error));
  } finally {
    await close();
  }
}

export async function timelineChromiumRows(site: BrowserSite, opts: BenchOptions): Promise<Row[]> {
  return [await seekRow(site, opts), await paintRow(site, opts)];
}
