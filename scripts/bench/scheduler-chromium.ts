// Runs group 1 in the bench's Chromium: scheduler-page.ts bundled as an IIFE, evaluated in a blank page.
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { bundle } from './bundle.ts';
import type { BenchOptions, Row } from './common.ts';

export async function schedulerChromiumRows(site: { readonly browser: Browser }, opts: BenchOptions): Promise<Row[]> {
  const code = readFileSync(await bundle('scripts/bench/scheduler-page.ts', 'browser', '__cqBench'), 'utf8');
  const context = await site.browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto('about:blank');
    await page.addScriptTag({ content: code });
    const got = await page.evaluate((quick) => (window as unknown as { __cqBench: { run(q: boolean): unknown } }).__cqBench.run(quick), opts.quick);
    const { rows, lines } = got as { rows: Row[]; lines: string[] };
    for (const l of lines) opts.log(l);
    return rows;
  } finally {
    await context.close();
  }
}
