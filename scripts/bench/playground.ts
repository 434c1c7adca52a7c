// Group 8: the playground (src/game/playground) in the production build. The editor's lazy chunk
// size comes from the build output (gzip level 9); the times come from the editor itself: Apply
// stamps `data-apply-ms` on its status line, from the key press to the report (compile in the page,
// the QuickJS sandbox, the swap and the silent replay of the battle to the same step). The battle
// is played with Enter until it has made at least 50 steps; then slime's file is applied again and
// again with a changed comment (the same battle replays), after one Apply that loads the chunks.
// Hostile code: the time from Apply until the sandbox has stopped it and the report is shown.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { errorText, fmtSpread, kb, naRow, spread, type BenchOptions, type Row } from './common.ts';
import { newPage, ROOT, waitReady, type BrowserSite } from './browser.ts';

const GROUP = '8 playground';
const TARGET_EDITOR_GZIP = 350 * 1024;
const TARGET_APPLY_MS = 300;
const TARGET_STOP_MS = 1000;
const STEPS = 50;
const SLIME = readFileSync(`${ROOT}/src/combatants/slime.ts`, 'utf8');
const REACTION = 'hp = hurtOrHeal(hp, received, stats.maxHp);';

type Api = { snapshot(): { step: number; outcome: string | null } | null; menu(): { id: string } | null };
declare const window: { __game: Api };

/** A chunk and everything it imports statically, by file name. */
function closure(site: BrowserSite, roots: readonly string[]): Set<string> {
  const byName = new Map(site.files.map((f) => [f.fileName, f]));
  const seen = new Set<string>();
  const visit = (name: string) => {
    if (seen.has(name)) return;
    seen.add(name);
    for (const i of byName.get(name)?.imports ?? []) visit(i);
  };
  roots.forEach(visit);
  return seen;
}

/**
 * What the first Edit fetches: the editor-panel chunk and its static imports (CodeMirror now sits in
 * a chunk of its own, shared with the Learn screen's challenges), less what is already loaded by then
 * (the app entry and the debugger overlay, from which Edit is clicked).
 */
function editorChunkRow(site: BrowserSite): Row {
  const chunks = site.files.filter((f) => f.kind === 'chunk');
  const panel = chunks.filter((f) => /(^|\/)editor-panel[-.]/.test(f.fileName)).map((f) => f.fileName);
  if (panel.length === 0) return naRow(GROUP, "editor's lazy chunks, gzip", `≤ ${kb(TARGET_EDITOR_GZIP)}`, 'no editor-panel chunk in the build output');
  const loaded = closure(site, chunks.filter((f) => f.isEntry || /(^|\/)overlay[-.]/.test(f.fileName)).map((f) => f.fileName));
  const wanted = closure(site, panel);
  const fetched = chunks.filter((f) => wanted.has(f.fileName) && !loaded.has(f.fileName));
  const size = fetched.reduce((n, f) => n + gzipSync(f.bytes, { level: 9 }).length, 0);
  const names = fetched.map((f) => f.fileName.split('/').pop()).join(', ');
  return { group: GROUP, figure: `editor's lazy chunks (CodeMirror 6) fetched by the first Edit, gzip (${names})`, value: kb(size), target: `≤ ${kb(TARGET_EDITOR_GZIP)}`, met: size <= TARGET_EDITOR_GZIP, data: { gzipBytes: size } };
}

/** Attacks with Enter until the battle has made `steps` steps (or ended); returns the step reached. */
async function playTo(page: Page, steps: number): Promise<number> {
  for (let i = 0; i < 400; i++) {
    const s = await page.evaluate(() => ({ step: window.__game.snapshot()?.step ?? 0, outcome: window.__game.snapshot()?.outcome ?? null, menu: window.__game.menu()?.id ?? null }));
    if (s.outcome !== null || (s.step >= steps && s.menu === 'command')) return s.step;
    if (s.menu === 'command' || s.menu === 'target') await page.keyboard.press('Enter');
    await page.waitForTimeout(30);
  }
  throw new Error(`the battle did not reach ${steps} steps`);
}

/** Types `text` into the editor (select all, delete, insert) and applies it; the editor's own time. */
async function apply(page: Page, text: string): Promise<{ ms: number; text: string }> {
  await page.click('.cq-play .cm-content');
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  await page.keyboard.insertText(text.trimEnd());
  await page.evaluate(() => {
    const s = document.querySelector<HTMLElement>('.cq-play-status')!;
    s.dataset.state = '';
    delete s.dataset.applyMs;
  });
  await page.keyboard.press('Control+Enter');
  await page.waitForFunction(() => /^(applied|error)$/.test(document.querySelector<HTMLElement>('.cq-play-status')?.dataset.state ?? ''), null, { timeout: 60_000, polling: 20 });
  return page.evaluate(() => {
    const s = document.querySelector<HTMLElement>('.cq-play-status')!;
    return { ms: Number(s.dataset.applyMs), text: s.textContent ?? '' };
  });
}

export async function playgroundRows(site: BrowserSite, opts: BenchOptions): Promise<Row[]> {
  const rows: Row[] = [editorChunkRow(site)];
  const { page, errors, close } = await newPage(site);
  try {
    await page.goto(`${site.baseUrl}?enemies=slime,bat,ghost,she-slime&seed=11&lang=en&debug=1&speed=4&text=instant`);
    if (!(await waitReady(page, 60_000))) throw new Error(`the game did not start: ${errors.join('; ') || 'no window.__game.ready'}`);
    const steps = await playTo(page, STEPS);
    await page.click('.cq-card[data-id="slime"] [data-action="edit"]');
    await page.waitForSelector('.cq-play:not([hidden]) .cm-content', { timeout: 30_000 });
    const first = await apply(page, `${SLIME}\n// bench: first apply`);
    const times: number[] = [];
    let report = first.text;
    for (let i = 0; i < (opts.quick ? 3 : 7); i++) {
      const r = await apply(page, `${SLIME}\n// bench ${i}`);
      times.push(r.ms);
      report = r.text;
    }
    opts.log(`  Apply → report: first ${first.ms} ms, then ${times.join(', ')} ms (${report})`);
    const s = spread(times);
    rows.push({
      group: GROUP,
      figure: `Apply → replay report, chunks loaded, a ${steps}-step battle (ms in the page, median of ${times.length})`,
      value: `${fmtSpread(s, 0)} ms; the first Apply, loading the chunks: ${first.ms} ms`,
      target: `≤ ${TARGET_APPLY_MS} ms`,
      met: s.median <= TARGET_APPLY_MS,
      data: { times, first: first.ms, steps, report },
    });
    for (const [what, body] of [['an endless loop (the loop guard)', 'for (;;) {}'], ['a catastrophic regular expression (the time limit)', "/^(a+)+$/.test('a'.repeat(40) + 'b');"]] as const) {
      const r = await apply(page, SLIME.replace(REACTION, `${REACTION}\n      if (received !== undefined) { ${body} }`));
      rows.push({ group: GROUP, figure: `hostile code, ${what}: Apply → stopped and reported (ms in the page)`, value: `${r.ms} ms`, target: `≤ ${TARGET_STOP_MS} ms`, met: r.ms <= TARGET_STOP_MS, data: { ms: r.ms, report: r.text } });
    }
    if (errors.length > 0) opts.log(`  page errors: ${errors.join('; ')}`);
  } catch (error) {
    rows.push(naRow(GROUP, 'Apply → replay report', `≤ ${TARGET_APPLY_MS} ms`, errorText(error)));
  } finally {
    await close();
  }
  return rows;
}
