// `npm run bench [-- --quick]`: the figures, printed as a table and written to bench/results.json
// (both from this one run). It reports and never gates: every target is shown with whether it is
// met, a group that cannot run says n/a with the reason, and the exit code is always 0.
// Timings are ratios against a baseline measured in the same run, or medians with min–max.
// Groups 1 and 2 run bundled (scripts/bench/bundle.ts) in a child process and count its CPU time;
// group 1 runs again in Chromium, the game's engine.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { bundle } from './bench/bundle.ts';
import { errorText, naRow, type BenchOptions, type Row } from './bench/common.ts';

const quick = process.argv.includes('--quick');
/** `--core`: groups 1 and 2 only (Node and Chromium), without building the game. */
const coreOnly = process.argv.includes('--core');
/**
 * `--only fps`: group 3 alone (the test build and Chromium, no production build, no other group),
 * to iterate on the frame rate; it writes bench/results-fps.json, never results.json.
 * `--only playground`: group 8 alone (the production build and Chromium); it writes bench/results-playground.json.
 * `--only timeline`: group 7's Chromium rows alone (the test build and Chromium); bench/results-timeline.json.
 */
const onlyArg = process.argv.indexOf('--only');
const only = onlyArg >= 0 ? process.argv[onlyArg + 1] ?? '' : null;
if (only !== null && only !== 'fps' && only !== 'playground' && only !== 'timeline') {
  process.stderr.write(`--only takes one group: fps, playground or timeline (got '${only}')\n`);
  process.exit(2);
}
const started = performance.now();
const opts: BenchOptions = { quick, log: (line) => process.stderr.write(`${line}\n`) };
const rows: Row[] = [];
let chromiumVersion: string | null = null;

async function group(name: string, fallback: readonly [string, string][], run: () => Promise<Row[]> | Row[]): Promise<void> {
  const t0 = performance.now();
  opts.log(`${name}…`);
  try {
    rows.push(...(await run()));
  } catch (error) {
    const reason = errorText(error);
    opts.log(`  ${name} failed: ${reason}`);
    for (const [figure, target] of fallback) rows.push(naRow(name, figure, target, reason));
  }
  opts.log(`  (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
}

if (only === null) {
await group('1 scheduler + 2 headless (Node)', [['overhead per resume', '≤ 1.5×']], async () => {
  const worker = await bundle('scripts/bench/core-worker.ts', 'node');
  const r = spawnSync(process.execPath, [worker, fileURLToPath(new URL('./bench/classic.py', import.meta.url)), ...(quick ? ['--quick'] : [])], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(`the bundled worker exited with ${r.status}`);
  return JSON.parse(r.stdout.trim().split('\n').pop()!) as Row[];
});

await group('2 headless: fuzz', [['fuzz: battles/s of CPU, 1000 battles vs slime (median of rounds)', '—']], async () => (await import('./bench/fuzz-speed.ts')).fuzzSpeedRows(opts));

await group('6 instrument', [['instrument one src/combatants file', '—']], async () => (await import('./bench/instrument.ts')).instrumentRows(opts));
await group('7 timeline', [['core replay to step 2,000', '≤ 20 ms'], ['session seek from step 0 to step 2,000', '≤ 20 ms']], async () => (await import('./bench/timeline-seek.ts')).timelineSeekRows(opts));
}


// Group 1 in Chromium and groups 3–5 share one build, one preview server and one Chromium.
const browserGroups: [string, [string, string][], string][] = [
  ['1 scheduler (Chromium)', [['Chromium: overhead per resume', '≤ 1.5×']], 'schedulerChromiumRows'],
  ['3 browser fps', [['idle battle, overlay closed: median fps', '≥ 58 fps'], ['idle battle, overlay open: median fps', '≥ 50 fps'], ['stress 200: median fps', '≥ 30 fps'], ['stress 200: p95 frame', '≤ 50 ms']], 'browserFpsRows'],
  ['4 load', [['app chunk, gzip', '≤ 60.0 KB'], ['assets before first battle frame', '≤ 300.0 KB'], ['first battle frame', '≤ 1500 ms']], 'loadRows'],
  ['5 memory', [['heap growth over 500 battles', '≤ 2048.0 KB'], ['generators closed', 'all']], 'memoryRows'],
  ['8 playground', [["editor's lazy chunk, gzip", '≤ 350.0 KB'], ['Apply → replay report', '≤ 300 ms'], ['hostile code: Apply → stopped', '≤ 1000 ms']], 'playgroundRows'],
  ['7 timeline (Chromium)', [['Chromium: core replay to step 2,000', '≤ 20 ms'], ['Chromium: timeline arrow key → painted frame, p95', '≤ 150 ms']], 'timelineChromiumRows'],
];
let site: import('./bench/browser.ts').BrowserSite | null = null;
let siteError: string | null = null;
if (only === 'fps' || only === 'timeline') {
  // Groups 3 and 7 (Chromium) serve their own test build: they need a browser, not the production build.
  const { chromium } = await import('playwright-core');
  const { CHROMIUM_ARGS, chromiumPath } = await import('./chromium.ts');
  const [name, fallback] = browserGroups.find(([, , fn]) => fn === (only === 'fps' ? 'browserFpsRows' : 'timelineChromiumRows'))!;
  try {
    const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS });
    chromiumVersion = browser.version();
    try {
      const rowsOf = only === 'fps' ? (await import('./bench/browser-fps.ts')).browserFpsRows : (await import('./bench/timeline-chromium.ts')).timelineChromiumRows;
      await group(name, fallback, () => rowsOf({ browser }, opts));
    } finally {
      await browser.close();
    }
  } catch (error) {
    for (const [figure, target] of fallback) rows.push(naRow(name, figure, target, errorText(error)));
  }
} else if (coreOnly) {
  // Group 1 in Chromium needs only a browser, not the game's build.
  const { chromium } = await import('playwright-core');
  const { CHROMIUM_ARGS, chromiumPath } = await import('./chromium.ts');
  const groups = browserGroups.slice(0, 1);
  try {
    const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS });
    chromiumVersion = browser.version();
    try {
      const { schedulerChromiumRows } = await import('./bench/scheduler-chromium.ts');
      for (const [name, fallback] of groups) await group(name, fallback, () => schedulerChromiumRows({ browser }, opts));
    } finally {
      await browser.close();
    }
  } catch (error) {
    for (const [name, fallback] of groups) for (const [figure, target] of fallback) rows.push(naRow(name, figure, target, errorText(error)));
  }
} else {
  opts.log('build + preview + Chromium…');
  try {
    const { openSite } = await import('./bench/browser.ts');
    site = await openSite(opts.log);
    chromiumVersion = site.chromiumVersion;
  } catch (error) {
    siteError = `build/preview/Chromium failed: ${errorText(error)}`;
    opts.log(`  ${siteError}`);
  }
  try {
    const modules = {
      schedulerChromiumRows: async () => (await import('./bench/scheduler-chromium.ts')).schedulerChromiumRows,
      browserFpsRows: async () => (await import('./bench/browser-fps.ts')).browserFpsRows,
      loadRows: async () => (await import('./bench/load.ts')).loadRows,
      memoryRows: async () => (await import('./bench/memory.ts')).memoryRows,
      playgroundRows: async () => (await import('./bench/playground.ts')).playgroundRows,
      timelineChromiumRows: async () => (await import('./bench/timeline-chromium.ts')).timelineChromiumRows,
    } as const;
    for (const [name, fallback, fn] of only === 'playground' ? browserGroups.filter(([, , f]) => f === 'playgroundRows') : browserGroups) {
      if (!site) {
        for (const [figure, target] of fallback) rows.push(naRow(name, figure, target, siteError ?? 'no browser'));
        continue;
      }
      const open = site;
      await group(name, fallback, async () => (await modules[fn as keyof typeof modules]())(open, opts));
    }
  } finally {
    await site?.close();
  }
}

// ---- the table ----
const seconds = (performance.now() - started) / 1000;
const machine = {
  cpu: cpus()[0]?.model.trim() ?? 'unknown',
  cores: cpus().length,
  memoryGiB: Math.round(totalmem() / 2 ** 30),
  node: process.version,
  platform: `${process.platform} ${process.arch}`,
  chromium: chromiumVersion,
};
const header = ['group', 'figure', 'value', 'target', 'met?'];
const cells = rows.map((r) => [r.group, r.figure, r.value, r.target, r.met === null ? '—' : r.met ? 'yes' : 'NO']);
const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
const line = (c: readonly string[]) => `| ${c.map((x, i) => x.padEnd(widths[i]!)).join(' | ')} |`;
const out = [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...cells.map(line)];
const date = new Date().toISOString();
process.stdout.write(`\nCoroutine Quest benchmarks${quick ? ' (--quick)' : ''} — ${date}\n`);
process.stdout.write(`${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, Node ${machine.node}, Chromium ${machine.chromium ?? 'n/a'}\n\n`);
process.stdout.write(`${out.join('\n')}\n\n`);
const missed = rows.filter((r) => r.met === false).length;
const na = rows.filter((r) => r.value.startsWith('n/a')).length;
process.stdout.write(`${rows.filter((r) => r.met === true).length} met, ${missed} missed, ${na} n/a; ${seconds.toFixed(0)} s\n`);

const dir = fileURLToPath(new URL('../bench/', import.meta.url));
mkdirSync(dir, { recursive: true });
const resultsFile = only !== null ? `results-${only}.json` : coreOnly ? 'results-core.json' : 'results.json';
writeFileSync(`${dir}${resultsFile}`, `${JSON.stringify({ date, quick, seconds: Math.round(seconds), machine, rows }, null, 2)}\n`);
process.stdout.write(`wrote bench/${resultsFile}\n`);
process.exit(0);
