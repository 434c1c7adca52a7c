// Group 3: frame rate of a 200-combatant stress battle in headless Chromium, with the debug
// overlay open (?debug=1) and closed, from requestAnimationFrame deltas over 10 s (2 s in --quick).
//
// Needs from the game: `?stress=N` starting a self-playing battle with N combatants, visible in
// window.__game.snapshot().combatants. Until then each row says n/a with what the page showed.
import type { Page } from 'playwright-core';
import { errorText, naRow, percentile, spread, type BenchOptions, type Row } from './common.ts';
import { newPage, waitReady, type BrowserSite } from './browser.ts';

const GROUP = '3 browser fps';
export const STRESS = 200;
const TARGET_FPS = 58;
const TARGET_P95_MS = 20;

interface Probe {
  readonly scene: string | null;
  readonly combatants: number;
  readonly overlay: boolean;
}

/** What the page is showing: the scene, how many combatants the battle has, whether the overlay is open. */
async function probe(page: Page): Promise<Probe> {
  return page.evaluate(() => {
    const g = (window as { __game?: { scene?: string; snapshot?: () => { combatants: readonly unknown[] } | null } }).__game;
    const panel = document.getElementById('cq-debug-panel');
    const open = !!panel && panel.getClientRects().length > 0 && getComputedStyle(panel).display !== 'none' && getComputedStyle(panel).visibility !== 'hidden';
    return { scene: g?.scene ?? null, combatants: g?.snapshot?.()?.combatants.length ?? 0, overlay: open };
  });
}

/** rAF deltas (ms) over `ms` of wall time, in the page. */
async function frameDeltas(page: Page, ms: number): Promise<number[]> {
  // A string, not a function: under tsx a nested arrow function would carry esbuild's __name()
  // helper into the page, where it is not defined.
  return page.evaluate<number[]>(`new Promise((resolve) => {
    const deltas = [];
    let last = -1;
    let start = -1;
    function tick(t) {
      if (start < 0) start = t;
      if (last >= 0) deltas.push(t - last);
      last = t;
      if (t - start < ${Number(ms)}) requestAnimationFrame(tick);
      else resolve(deltas);
    }
    requestAnimationFrame(tick);
  })`);
}

async function measure(site: BrowserSite, query: string, label: string, opts: BenchOptions): Promise<Row[]> {
  const targets = { fps: `≥ ${TARGET_FPS} fps`, p95: `≤ ${TARGET_P95_MS} ms`, max: '—' };
  const figure = (what: string) => `${label}: ${what}`;
  const na = (reason: string) => [
    naRow(GROUP, figure('median fps'), targets.fps, reason),
    naRow(GROUP, figure('p95 frame'), targets.p95, reason),
    naRow(GROUP, figure('max frame'), targets.max, reason),
  ];
  const { page, errors, close } = await newPage(site);
  try {
    await page.goto(new URL(query, site.baseUrl).href);
    if (!(await waitReady(page, 30_000))) return na(errors[0] ? `page error: ${errors[0].slice(0, 80)}` : 'window.__game.ready never became true in 30 s');
    // Give the stress battle a moment to start (a scene change after the first frame), and the
    // overlay, which is fetched lazily, a moment to mount its 200 cards.
    const wantOverlay = query.includes('debug=1');
    let seen = await probe(page);
    for (let i = 0; i < 100 && (seen.combatants < STRESS || (wantOverlay && !seen.overlay)); i++) {
      await page.waitForTimeout(100);
      seen = await probe(page);
    }
    if (seen.combatants < STRESS) {
      return na(`game ignores ?stress=${STRESS}: scene ${seen.scene ?? '?'}, ${seen.combatants} combatants in snapshot()`);
    }
    if (wantOverlay && !seen.overlay) return na('?debug=1 did not open the overlay (#cq-debug-panel not visible)');
    if (!wantOverlay && seen.overlay) return na('the overlay is open without ?debug=1 in a fresh profile');
    await page.waitForTimeout(opts.quick ? 300 : 1000); // settle: textures uploaded, first GC done
    const deltas = await frameDeltas(page, opts.quick ? 2_000 : 10_000);
    const s = spread(deltas);
    const fps = 1000 / s.median;
    const p95 = percentile(deltas, 95);
    opts.log(`  ${label}: ${deltas.length} frames, median ${fps.toFixed(1)} fps, p95 ${p95.toFixed(1)} ms, max ${s.max.toFixed(1)} ms`);
    const data = { frames: deltas.length, medianMs: s.median, p95Ms: p95, maxMs: s.max, minMs: s.min, query };
    return [
      { group: GROUP, figure: figure('median fps'), value: `${fps.toFixed(1)} fps (${deltas.length} frames)`, target: targets.fps, met: fps >= TARGET_FPS, data },
      { group: GROUP, figure: figure('p95 frame'), value: `${p95.toFixed(1)} ms`, target: targets.p95, met: p95 <= TARGET_P95_MS, data },
      { group: GROUP, figure: figure('max frame'), value: `${s.max.toFixed(1)} ms`, target: targets.max, met: null, data },
    ];
  } catch (error) {
    return na(errorText(error));
  } finally {
    await close();
  }
}

export async function browserFpsRows(site: BrowserSite, opts: BenchOptions): Promise<Row[]> {
  const open = await measure(site, `?stress=${STRESS}&debug=1`, `stress ${STRESS}, overlay open`, opts);
  // When the game has no stress mode yet, the second page would only say so again, slowly.
  const unsupported = open.find((r) => r.value.includes('game ignores ?stress'));
  const closedLabel = `stress ${STRESS}, overlay closed`;
  const closed = unsupported
    ? open.map((r) => ({ ...r, figure: r.figure.replace(/^[^:]+/, closedLabel) }))
    : await measure(site, `?stress=${STRESS}`, closedLabel, opts);
  return [...open, ...closed];
}
