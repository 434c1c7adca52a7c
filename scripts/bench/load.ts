// Group 4: what loading costs. Chunk sizes come from the build output (zlib.gzipSync, level 9);
// bytes and time come from the page itself: `?enemy=slime` goes straight to a battle, and the
// first battle frame is the first requestAnimationFrame at which window.__game.scene === 'Battle'
// and window.__game.ready (set on Phaser's POST_RENDER). At that moment the page's Resource Timing
// entries (plus the navigation entry) that have finished are what was downloaded before it:
// transferSize, i.e. bytes on the wire from the local preview server, each in a fresh context
// with an empty cache. performance.now() there is the time since navigation started.
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { errorText, fmtSpread, kb, naRow, spread, type BenchOptions, type Row } from './common.ts';
import { newPage, type BrowserSite, type BuiltFile } from './browser.ts';

const GROUP = '4 load';
const TARGET_APP_GZIP = 60 * 1024;
const TARGET_ASSETS = 300 * 1024;
const TARGET_FIRST_FRAME_MS = 1500;
const AUDIO = /\.(wav|ogg|mp3|m4a|aac|flac|opus|weba)(\?|$)/i;
const FONT = /dotgothic/i;
const CODE = /\.(m?js|html?)(\?|$)/i;

interface Fetched {
  readonly url: string;
  readonly bytes: number;
  readonly decoded: number;
  readonly end: number;
}

interface FirstFrame {
  readonly ms: number;
  readonly before: readonly Fetched[];
  readonly all: readonly Fetched[];
}

const gz = (f: BuiltFile) => gzipSync(f.bytes, { level: 9 }).length;

function chunkRows(files: readonly BuiltFile[]): Row[] {
  const js = files.filter((f) => f.kind === 'chunk');
  const phaser = js.filter((f) => /(^|\/)phaser[-.]/i.test(f.fileName) || f.name === 'phaser');
  const app = js.filter((f) => !phaser.includes(f));
  const entry = app.filter((f) => f.isEntry);
  const rows: Row[] = [];
  if (entry.length === 0) rows.push(naRow(GROUP, 'app chunk, gzip', `≤ ${kb(TARGET_APP_GZIP)}`, 'no entry chunk in the build output'));
  else {
    const size = entry.reduce((n, f) => n + gz(f), 0);
    const lazy = app.filter((f) => !f.isEntry);
    const lazySize = lazy.reduce((n, f) => n + gz(f), 0);
    rows.push({
      group: GROUP,
      figure: `app chunk, gzip (${entry.map((f) => f.fileName.split('/').pop()).join(', ')})`,
      value: `${kb(size)} (raw ${kb(entry.reduce((n, f) => n + f.bytes.length, 0))})${lazy.length ? `; + ${lazy.length} lazy chunk(s) ${kb(lazySize)}` : ''}`,
      target: `≤ ${kb(TARGET_APP_GZIP)}`,
      met: size <= TARGET_APP_GZIP,
      data: { gzipBytes: size, rawBytes: entry.reduce((n, f) => n + f.bytes.length, 0), lazyChunks: lazy.map((f) => ({ file: f.fileName, gzipBytes: gz(f) })) },
    });
  }
  if (phaser.length === 0) rows.push(naRow(GROUP, 'Phaser chunk, gzip', '—', 'no phaser chunk in the build output'));
  else {
    const size = phaser.reduce((n, f) => n + gz(f), 0);
    rows.push({
      group: GROUP,
      figure: 'Phaser chunk, gzip',
      value: `${kb(size)} (raw ${kb(phaser.reduce((n, f) => n + f.bytes.length, 0))})`,
      target: '—',
      met: null,
      data: { gzipBytes: size, files: phaser.map((f) => f.fileName) },
    });
  }
  const fonts = files.filter((f) => FONT.test(f.fileName) || FONT.test(f.name));
  rows.push({
    group: GROUP,
    figure: 'DotGothic16 files in the build (all slices)',
    value: `${fonts.length} files, ${kb(fonts.reduce((n, f) => n + f.bytes.length, 0))}`,
    target: '—',
    met: null,
    data: { files: fonts.length, bytes: fonts.reduce((n, f) => n + f.bytes.length, 0) },
  });
  return rows;
}

/** Loads `?enemy=slime` once in a fresh context; null with a reason when no battle frame came. */
async function firstFrame(site: BrowserSite, settleMs: number): Promise<FirstFrame | string> {
  const { page, errors, close } = await newPage(site);
  try {
    await page.goto(new URL('?enemy=slime&seed=1', site.baseUrl).href, { waitUntil: 'commit' });
    const handle = await page
      .waitForFunction(
        () => {
          // The time the game drew that frame, not when this poll noticed it (a frame later under SwiftShader).
          const g = (window as { __game?: { scene?: string; ready?: boolean; readyAt?: number | null } }).__game;
          return g?.scene === 'Battle' && g.ready === true ? (g.readyAt ?? performance.now()) : false;
        },
        null,
        { polling: 'raf', timeout: 30_000 },
      )
      .catch(() => null);
    if (!handle) {
      const scene = await page.evaluate(() => (window as { __game?: { scene?: string } }).__game?.scene ?? 'no window.__game').catch(() => '?');
      return errors[0] ? `page error: ${errors[0].slice(0, 80)}` : `no battle frame within 30 s (scene: ${scene})`;
    }
    const ms = (await handle.jsonValue()) as number;
    await page.waitForTimeout(settleMs); // what is fetched after the first frame (audio, late font slices)
    const all = await entries(page);
    return { ms, all, before: all.filter((f) => f.end <= ms) };
  } finally {
    await close();
  }
}

async function entries(page: Page): Promise<Fetched[]> {
  return page.evaluate(() => {
    const list = [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')] as PerformanceResourceTiming[];
    return list.map((e) => ({
      url: e.name,
      bytes: e.transferSize > 0 ? e.transferSize : e.encodedBodySize,
      decoded: e.decodedBodySize,
      end: e.responseEnd,
    }));
  });
}

const sum = (list: readonly Fetched[]) => list.reduce((n, f) => n + f.bytes, 0);

export async function loadRows(site: BrowserSite, opts: BenchOptions): Promise<Row[]> {
  const rows = chunkRows(site.files);
  const runs = opts.quick ? 3 : 5;
  const got: FirstFrame[] = [];
  let reason: string | null = null;
  for (let i = 0; i < runs; i++) {
    try {
      const r = await firstFrame(site, i === 0 ? (opts.quick ? 1000 : 3000) : 0);
      if (typeof r === 'string') {
        reason = r;
        break;
      }
      got.push(r);
    } catch (error) {
      reason = errorText(error);
      break;
    }
  }
  if (got.length === 0) {
    const why = reason ?? 'no run';
    return [
      ...rows,
      naRow(GROUP, 'assets fetched before first battle frame (excl. JS/HTML)', `≤ ${kb(TARGET_ASSETS)}`, why),
      naRow(GROUP, 'navigation → first battle frame (?enemy=slime)', `≤ ${TARGET_FIRST_FRAME_MS} ms`, why),
      naRow(GROUP, 'DotGothic16 bytes fetched', '—', why),
    ];
  }
  const first = got[0]!;
  const before = first.before;
  const assets = before.filter((f) => !CODE.test(f.url));
  const fontBefore = before.filter((f) => FONT.test(f.url));
  const fontAll = first.all.filter((f) => FONT.test(f.url));
  const audioAfter = first.all.filter((f) => AUDIO.test(f.url) && f.end > first.ms);
  const audioBefore = before.filter((f) => AUDIO.test(f.url));
  const t = spread(got.map((g) => g.ms));
  const name = (f: Fetched) => decodeURIComponent(f.url.split('/').pop() ?? f.url);
  opts.log(`  first battle frame: ${got.map((g) => g.ms.toFixed(0)).join(', ')} ms; ${before.length} requests before it`);
  rows.push(
    {
      group: GROUP,
      figure: 'assets fetched before first battle frame (excl. JS/HTML)',
      value: `${kb(sum(assets))} in ${assets.length} files${audioBefore.length ? ` (incl. ${audioBefore.length} audio ${kb(sum(audioBefore))})` : ''}`,
      target: `≤ ${kb(TARGET_ASSETS)}`,
      met: sum(assets) <= TARGET_ASSETS,
      data: { bytes: sum(assets), files: assets.map((f) => ({ file: name(f), bytes: f.bytes })) },
    },
    {
      group: GROUP,
      figure: 'everything fetched before first battle frame (incl. JS/HTML)',
      value: `${kb(sum(before))} in ${before.length} requests`,
      target: '—',
      met: null,
      data: { bytes: sum(before), files: before.map((f) => ({ file: name(f), bytes: f.bytes, endMs: f.end })) },
    },
    {
      group: GROUP,
      figure: 'DotGothic16 bytes fetched (before first frame | in all)',
      value: `${kb(sum(fontBefore))} (${fontBefore.length} files) | ${kb(sum(fontAll))} (${fontAll.length} files)`,
      target: '—',
      met: null,
      data: { before: sum(fontBefore), all: sum(fontAll), files: fontAll.map(name) },
    },
    {
      group: GROUP,
      figure: 'audio fetched after first battle frame (excluded above)',
      value: `${kb(sum(audioAfter))} in ${audioAfter.length} files`,
      target: '—',
      met: null,
      data: { bytes: sum(audioAfter), files: audioAfter.map(name) },
    },
    {
      group: GROUP,
      figure: `navigation → first battle frame (?enemy=slime), median of ${got.length}`,
      value: fmtSpread(t, 0, ' ms') + (reason ? ` (${runs - got.length} runs failed: ${reason})` : ''),
      target: `≤ ${TARGET_FIRST_FRAME_MS} ms`,
      met: t.median <= TARGET_FIRST_FRAME_MS,
      data: { ms: t, samples: got.map((g) => g.ms) },
    },
  );
  return rows;
}
