// Group 3: frame rate in headless Chromium (the browser tests' flags: SwiftShader, no GPU) of an idle
// 2-combatant battle and of a 200-combatant stress battle, each with the debug overlay closed and
// open (?debug=1, docked). Every row is measured with the same game-canvas size (1280×720 CSS px):
// with the overlay docked the viewport is widened by the overlay's width, so open and closed rows
// compare the same canvas. Frame times are requestAnimationFrame deltas over 10 s (2 s in --quick);
// draw calls are counted by wrapping the page's WebGL draw functions (drawArrays, drawElements and
// their instanced forms) before the game loads, and reported per frame (calls between two rAF ticks).
// The game draws only frames that differ from the last (src/game/app/render-gate.ts), so the draw
// row also says how many of the measured frames drew, and the median rAF delta of those frames.
//
// `?stress=` is a test-build tool (the production build has no stress mode), so this group builds
// the test build (vite build --mode test) into its own folder and serves it next to the site's.
import type { Page } from 'playwright-core';
import { errorText, naRow, percentile, spread, type BenchOptions, type Row } from './common.ts';
import { waitReady, type BrowserSite } from './browser.ts';
import { withTestBuild } from './test-build.ts';
import { COUNT_DRAWS } from '../count-draws.ts';

const GROUP = '3 browser fps';
export const STRESS = 200;
const CANVAS = { width: 1280, height: 720 };
const OUT_DIR = 'dist-bench-test';
/** Each case's 10 s of frames (2 s in --quick) is measured in this many visits, the cases taking turns. */
const ROUNDS = 3;

export interface Case {
  readonly label: string;
  readonly query: string;
  readonly overlay: boolean;
  readonly combatants: number;
  readonly fps: number;
  readonly p95: number | null;
}

export const CASES: readonly Case[] = [
  { label: 'idle battle, overlay closed', query: '?enemy=slime&seed=1&lang=en', overlay: false, combatants: 2, fps: 58, p95: null },
  { label: 'idle battle, overlay open', query: '?enemy=slime&seed=1&lang=en&debug=1', overlay: true, combatants: 2, fps: 50, p95: null },
  { label: `stress ${STRESS}, overlay closed`, query: `?stress=${STRESS}&seed=1`, overlay: false, combatants: STRESS, fps: 30, p95: 50 },
  { label: `stress ${STRESS}, overlay open`, query: `?stress=${STRESS}&seed=1&debug=1`, overlay: true, combatants: STRESS, fps: 30, p95: 50 },
];


interface Seen {
  readonly scene: string | null;
  readonly combatants: number;
  readonly overlay: boolean;
  readonly canvas: { width: number; height: number };
}

async function look(page: Page): Promise<Seen> {
  return page.evaluate(() => {
    const g = (window as { __game?: { scene?: string; snapshot?: () => { combatants: readonly unknown[] } | null } }).__game;
    const panel = document.getElementById('cq-debug-panel');
    const open = !!panel && panel.getClientRects().length > 0 && getComputedStyle(panel).display !== 'none' && getComputedStyle(panel).visibility !== 'hidden';
    const canvas = document.querySelector('canvas')?.getBoundingClientRect();
    return {
      scene: g?.scene ?? null,
      combatants: g?.snapshot?.()?.combatants.length ?? 0,
      overlay: open,
      canvas: { width: Math.round(canvas?.width ?? 0), height: Math.round(canvas?.height ?? 0) },
    };
  });
}

/** Per frame: the rAF delta (ms) and the WebGL draw calls made since the previous frame, over `ms` of wall time. */
async function frames(page: Page, ms: number): Promise<{ deltas: number[]; draws: number[] }> {
  // A string, not a function: under tsx a nested arrow function would carry esbuild's __name()
  // helper into the page, where it is not defined.
  return page.evaluate<{ deltas: number[]; draws: number[] }>(`new Promise((resolve) => {
    const deltas = [];
    const draws = [];
    let last = -1;
    let start = -1;
    let calls = window.__drawCalls.calls;
    function tick(t) {
      if (start < 0) start = t;
      if (last >= 0) {
        deltas.push(t - last);
        draws.push(window.__drawCalls.calls - calls);
      }
      calls = window.__drawCalls.calls;
      last = t;
      if (t - start < ${Number(ms)}) requestAnimationFrame(tick);
      else resolve({ deltas, draws });
    }
    requestAnimationFrame(tick);
  })`);
}

/** Opens `c` and widens the viewport until the game canvas is CANVAS (the docked overlay takes its share). */
async function open(page: Page, baseUrl: string, c: Case): Promise<Seen | string> {
  await page.goto(new URL(c.query, baseUrl).href);
  if (!(await waitReady(page, 30_000))) return 'window.__game.ready never became true in 30 s';
  let seen = await look(page);
  for (let i = 0; i < 150; i++) {
    const ready = seen.scene === 'Battle' && seen.combatants >= c.combatants && seen.overlay === c.overlay;
    const dw = CANVAS.width - seen.canvas.width;
    const dh = CANVAS.height - seen.canvas.height;
    if (ready && dw === 0 && dh === 0) return seen;
    if (ready) {
      const v = page.viewportSize() ?? CANVAS;
      await page.setViewportSize({ width: v.width + dw, height: v.height + dh });
    }
    await page.waitForTimeout(100);
    seen = await look(page);
  }
  return `not ready: scene ${seen.scene ?? '?'}, ${seen.combatants} combatants, overlay ${seen.overlay ? 'open' : 'closed'}, canvas ${seen.canvas.width}×${seen.canvas.height}`;
}

/** What one visit of a case measured: every frame's rAF delta and draw calls, or why it could not. */
interface Visit {
  readonly deltas: number[];
  readonly draws: number[];
  readonly seen: Seen;
  readonly viewport: { width: number; height: number } | null;
}

/** Opens `c` in a fresh context and measures it for `ms` of wall time. */
async function visit(browserSite: Pick<BrowserSite, 'browser'>, baseUrl: string, c: Case, ms: number, opts: BenchOptions): Promise<Visit | string> {
  const context = await browserSite.browser.newContext({ viewport: CANVAS, deviceScaleFactor: 1 });
  await context.addInitScript(COUNT_DRAWS);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (err) => errors.push(err.message));
  try {
    const seen = await open(page, baseUrl, c);
    if (typeof seen === 'string') return errors[0] ? `page error: ${errors[0].slice(0, 80)}` : seen;
    await page.waitForTimeout(opts.quick ? 300 : 1000); // settle: textures uploaded, first GC done
    const { deltas, draws } = await frames(page, ms);
    return { deltas, draws, seen, viewport: page.viewportSize() };
  } catch (error) {
    return errorText(error);
  } finally {
    await context.close();
  }
}

/** The rows of one case from all its visits (their frames pooled). */
export function caseRows(c: Case, visits: readonly (Visit | string)[], opts: BenchOptions): Row[] {
  const label = `${c.label} (canvas ${CANVAS.width}×${CANVAS.height})`;
  const figure = (what: string) => `${label}: ${what}`;
  const targets = { fps: `≥ ${c.fps} fps`, p95: c.p95 === null ? '—' : `≤ ${c.p95} ms`, draws: '—' };
  const failed = visits.find((v): v is string => typeof v === 'string');
  if (failed !== undefined) {
    return [
      naRow(GROUP, figure('median fps'), targets.fps, failed),
      naRow(GROUP, figure('p95 frame'), targets.p95, failed),
      naRow(GROUP, figure('draw calls per frame (median)'), targets.draws, failed),
    ];
  }
  const done = visits as readonly Visit[];
  const deltas = done.flatMap((v) => v.deltas);
  const draws = done.flatMap((v) => v.draws);
  const s = spread(deltas);
  const fps = 1000 / s.median;
  const p95 = percentile(deltas, 95);
  // The median of rAF deltas hides slow frames; the mean (frames over the window's length) does not.
  const mean = (1000 * deltas.length) / deltas.reduce((a, b) => a + b, 0);
  const drawMedian = spread(draws).median;
  const drawMax = Math.max(...draws);
  const drawn = draws.filter((n) => n > 0).length;
  // Unchanged frames are not drawn (src/game/app/render-gate.ts) and cost next to nothing, so the
  // median counts them; the frames that did draw say what a change costs. A frame's draw calls
  // are counted at the next tick, and its cost (the fill, the canvas hand-off) can delay either
  // of the ticks around it, so each drawn frame counts the longer of the two deltas.
  const drawnDeltas = done.flatMap((v) => v.deltas.flatMap((d, i) => (v.draws[i]! > 0 ? [Math.max(d, v.deltas[i + 1] ?? d)] : [])));
  const drawnMedian = drawnDeltas.length > 0 ? spread(drawnDeltas).median : null;
  const drawnText = drawnMedian === null ? 'no frame drew' : `frames that drew: median ${drawnMedian.toFixed(1)} ms`;
  const perVisit = done.map((v) => (1000 / spread(v.deltas).median).toFixed(1)).join(', ');
  const viewport = done[0]!.viewport;
  opts.log(`  ${label}: ${deltas.length} frames in ${done.length} visits (median fps per visit: ${perVisit}), median ${fps.toFixed(1)} fps (mean ${mean.toFixed(1)}), p95 ${p95.toFixed(1)} ms, draw calls/frame median ${drawMedian} max ${drawMax}, ${drawn} frames drawn (${drawnText}), viewport ${viewport?.width}×${viewport?.height}`);
  const data = { frames: deltas.length, visits: done.length, medianMs: s.median, meanFps: mean, p95Ms: p95, maxMs: s.max, drawCallsMedian: drawMedian, drawCallsMax: drawMax, framesDrawn: drawn, drawnFrameMedianMs: drawnMedian, viewport, canvas: done[0]!.seen.canvas, query: c.query };
  return [
    { group: GROUP, figure: figure('median fps'), value: `${fps.toFixed(1)} fps (${deltas.length} frames; mean ${mean.toFixed(1)} fps)`, target: targets.fps, met: fps >= c.fps, data },
    { group: GROUP, figure: figure('p95 frame'), value: `${p95.toFixed(1)} ms (max ${s.max.toFixed(1)} ms)`, target: targets.p95, met: c.p95 === null ? null : p95 <= c.p95, data },
    { group: GROUP, figure: figure('draw calls per frame (median)'), value: `${drawMedian} (max ${drawMax}); ${drawn} of ${draws.length} frames made a draw call (${drawnText})`, target: targets.draws, met: null, data },
  ];
}

/**
 * The machine's ceiling at the same moment: a bare WebGL canvas of the game's size, cleared to a
 * new colour every frame (no Phaser, no game). The game's rows cannot beat this one.
 */
export async function bareCanvasRow(browserSite: Pick<BrowserSite, 'browser'>, opts: BenchOptions, when: string): Promise<Row> {
  const figure = `reference (${when} the game rows): bare WebGL canvas ${CANVAS.width}×${CANVAS.height} cleared every frame: median fps`;
  const context = await browserSite.browser.newContext({ viewport: CANVAS, deviceScaleFactor: 1 });
  await context.addInitScript(COUNT_DRAWS);
  try {
    const page = await context.newPage();
    await page.setContent(`<body style="margin:0"><canvas id="c" width="${CANVAS.width}" height="${CANVAS.height}"></canvas></body>`);
    await page.evaluate(`(() => {
      const gl = document.getElementById('c').getContext('webgl');
      let i = 0;
      function tick() { i++; gl.clearColor((i % 256) / 255, 0, 0, 1); gl.clear(gl.COLOR_BUFFER_BIT); requestAnimationFrame(tick); }
      requestAnimationFrame(tick);
    })()`);
    await page.waitForTimeout(opts.quick ? 300 : 1000);
    const { deltas } = await frames(page, opts.quick ? 2_000 : 10_000);
    const fps = 1000 / spread(deltas).median;
    opts.log(`  bare canvas: ${deltas.length} frames, median ${fps.toFixed(1)} fps, p95 ${percentile(deltas, 95).toFixed(1)} ms`);
    return { group: GROUP, figure, value: `${fps.toFixed(1)} fps (${deltas.length} frames, p95 ${percentile(deltas, 95).toFixed(1)} ms)`, target: '—', met: null, data: { frames: deltas.length, medianMs: spread(deltas).median } };
  } catch (error) {
    return naRow(GROUP, figure, '—', errorText(error));
  } finally {
    await context.close();
  }
}

export async function browserFpsRows(site: Pick<BrowserSite, 'browser'>, opts: BenchOptions): Promise<Row[]> {
  return withTestBuild(OUT_DIR, opts, async (baseUrl) => {
    const rows: Row[] = [];
    rows.push(await bareCanvasRow(site, opts, 'before'));
    // Interleaved: every case is visited once per round, so a burst of load from the shared machine
    // lands on all of them rather than on whichever case happened to run then.
    const visits = CASES.map((): (Visit | string)[] => []);
    for (let round = 0; round < ROUNDS; round++) {
      for (const [i, c] of CASES.entries()) visits[i]!.push(await visit(site, baseUrl, c, (opts.quick ? 2_000 : 10_000) / ROUNDS, opts));
    }
    for (const [i, c] of CASES.entries()) rows.push(...caseRows(c, visits[i]!, opts));
    rows.push(await bareCanvasRow(site, opts, 'after'));
    return rows;
  });
}
