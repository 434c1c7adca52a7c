// Group 7 in Chromium. (1) The core's replay of the 2,000-step bench battle in a blank page
// (timeline-page.ts, wall time). (2) A real arrow key on the timeline → the next painted frame in
// a long battle of the test build (timeline-paint.ts).
import { readFileSync } from 'node:fs';
import { bundle } from './bundle.ts';
import { fmtSpread, type BenchOptions, type Row } from './common.ts';
import type { BrowserSite } from './browser.ts';
import type { Spread } from './spread.ts';
import { paintRow } from './timeline-paint.ts';

const GROUP = '7 timeline';
const TARGET_SEEK_MS = 20;

async function seekRow(site: Pick<BrowserSite, 'browser'>, opts: BenchOptions): Promise<Row> {
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

export async function timelineChromiumRows(site: Pick<BrowserSite, 'browser'>, opts: BenchOptions): Promise<Row[]> {
  return [await seekRow(site, opts), await paintRow(site, opts)];
}
