// まなぶ / Learn in the built game: all six chapters walked in one page per language, each stepped
// to its end (chapter 4 by the real debugger's own N key), the highlighted line moving in the
// TypeScript and the Python pane; a challenge checked wrong, then solved; progress kept over a
// reload, and a corrupt stored value repaired with a notice. English with keys and the mouse at
// 1280×720; Japanese by touch on a phone.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { collectProblems, openGame, useBrowser } from './browser';
import { FAST, itemCentre, waitScene } from './game';

const KEY = 'coroutine-quest.lessons.v1';
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's serious and critical violations on the page as it is now (as a11y.test.ts runs it). */
async function seriousViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(d: Document, o: unknown): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
    return (await axe.run(document, { resultTypes: ['violations'] })).violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(' ')) }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.impact}) at ${v.nodes.join(', ')}`);
}

interface Shown {
  chapter: string;
  step: number;
  finished: boolean;
  ts: number[];
  py: number[];
}

const shown = (page: Page): Promise<Shown> =>
  page.evaluate(() => {
    const el = document.querySelector<HTMLElement>('.cq-learn')!;
    const lines = (kind: string) => [...document.querySelectorAll<HTMLElement>(`[data-pane="${kind}"] .is-hl`)].map((l) => Number(l.dataset.line));
    return { chapter: el.dataset.learnChapter ?? '', step: Number(el.dataset.learnStep), finished: el.dataset.learnFinished === 'true', ts: lines('ts'), py: [...lines('py'), ...lines('trace')] };
  });

/**
 * Steps the open chapter with `press` to its end (or `max` steps), checking that each step
 * highlights a line in both panes.
 */
async function walkChapter(page: Page, press: () => Promise<void>, max = 0): Promise<Shown[]> {
  const seen: Shown[] = [];
  for (let i = 0; i < (max || 90); i++) {
    const before = (await shown(page)).step;
    await press();
    await page.waitForFunction((n) => Number(document.querySelector<HTMLElement>('.cq-learn')?.dataset.learnStep) > n, before, { timeout: 10_000, polling: 20 });
    const now = await shown(page);
    seen.push(now);
    expect(now.ts.length, `${now.chapter} step ${now.step}`).toBeGreaterThan(0);
    expect(now.py.length, `${now.chapter} step ${now.step}`).toBeGreaterThan(0);
    if (now.finished) return seen;
  }
  if (max > 0) return seen;
  throw new Error(`${(await shown(page)).chapter} did not finish`);
}

async function openLearn(page: Page, label: string): Promise<void> {
  const at = await itemCentre(page, label);
  await page.mouse.click(at.x, at.y);
  await waitScene(page, 'Learn');
  await page.waitForSelector('.cq-learn[data-learn-step]');
}

async function check(page: Page, tapOrClick: (selector: string) => Promise<void>): Promise<string> {
  await tapOrClick('[data-action="check"]');
  const h = await page.waitForFunction(() => {
    const r = document.querySelector<HTMLElement>('.cq-learn-result');
    return r && (r.dataset.result === 'ok' || r.dataset.result === 'wrong') ? r.dataset.result : false;
  }, null, { timeout: 30_000, polling: 50 });
  return (await h.jsonValue()) as string;
}

describe('Learn', () => {
  const t = useBrowser();

  it('en, keyboard and mouse: every chapter steps to its end, a challenge is solved and kept', async () => {
    const page = t.page;
    await openGame(page, `?lang=en&${FAST}`);
    await waitScene(page, 'Title');
    await openLearn(page, 'Learn');
    const order = ['iterator', 'generator', 'send', 'battle', 'delegate', 'async'];
    for (const [i, id] of order.entries()) {
      expect((await shown(page)).chapter).toBe(id);
      if (i === 0) expect(await seriousViolations(page)).toEqual([]);
      if (id === 'battle') {
        // The real debugger is open beside it, and its own N steps the same battle.
        await page.waitForSelector('.cq-debug[data-open="true"] .cq-debug-panel');
        await walkChapter(page, () => page.keyboard.press('n'));
        expect(await page.locator('.cq-learn-debug').innerText()).toContain('return 0 (StopIteration)');
        expect(await seriousViolations(page)).toEqual([]);
      } else {
        const steps = await walkChapter(page, () => page.keyboard.press('n'));
        // The highlight moves: not every step shows the same line.
        expect(new Set(steps.map((s) => s.ts.join())).size, `${id}: ${JSON.stringify(steps)}`).toBeGreaterThan(1);
      }
      if (id === 'async') expect(await page.locator('.cq-learn-debug').innerText()).toMatch(/one after another: 30[\s\S]*together \(Promise\.all\): 20/);
      if (i < order.length - 1) await page.keyboard.press('ArrowRight');
    }
    // Chapter 6's challenge: the starting code takes 30, the solution 20.
    expect(await check(page, (s) => page.click(s))).toBe('wrong');
    expect(await page.locator('.cq-learn-result').innerText()).toContain('It took 30 in all');
    await page.click('[data-action="solution"]');
    expect(await check(page, (s) => page.click(s))).toBe('ok');
    await page.waitForFunction(() => document.querySelector('.cq-learn-title')?.textContent?.includes('✓'));
    // Kept over a reload: the same chapter opens, solved.
    await page.keyboard.press('Escape');
    await waitScene(page, 'Title');
    await page.reload();
    await page.waitForFunction(() => (window as { __game?: { ready: boolean; scene: string } }).__game?.scene === 'Title');
    await openLearn(page, 'Learn');
    expect((await shown(page)).chapter).toBe('async');
    expect(await page.locator('[data-action="chapter-6"]').innerText()).toBe('6✓');
    t.problems.assertClean();
  });

  it('ja on a phone, by touch: the chapters, the send challenge in the editor, and a corrupt save repaired', async () => {
    const context = await t.browser.newContext({ viewport: { width: 360, height: 640 }, deviceScaleFactor: 1, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    const problems = collectProblems(page);
    await page.addInitScript((key) => {
      if (!sessionStorage.getItem('seeded')) {
        sessionStorage.setItem('seeded', '1');
        localStorage.setItem(key, JSON.stringify({ chapter: 42, solved: ['send', 'bogus'], code: 7 }));
      }
    }, KEY);
    await openGame(page, `?lang=ja&${FAST}`);
    await waitScene(page, 'Title');
    await openLearn(page, 'まなぶ');
    expect(await page.getAttribute('.cq-learn', 'data-notice')).toMatch(/なおしました/);
    expect((await shown(page)).chapter).toBe('iterator');
    expect(JSON.parse((await page.evaluate((k) => localStorage.getItem(k), KEY))!)).toMatchObject({ chapter: 0, solved: ['send'], code: {} });
    const tap = (selector: string) => page.tap(selector);
    for (let i = 0; i < 6; i++) {
      // English walks every chapter to its end; here five taps each show the same moving highlight.
      await walkChapter(page, () => tap('[data-action="step"]'), 5);
      if ((await shown(page)).chapter === 'send') {
        // In the playground's editor: the start code is wrong (send(0) counts up), the fix passes.
        await tap('[data-action="edit"]');
        await page.waitForSelector('.cq-learn-editor .cm-content');
        expect(await check(page, tap)).toBe('wrong');
        expect(await page.locator('.cq-learn-result').innerText()).toContain('next(0) は yield 0 の はずが yield 4');
        await tap('[data-action="hint"]');
        expect(await page.locator('.cq-learn-hints li').count()).toBe(1);
        // Typed into the editor: the arrows and letters stay there (no chapter change, no step).
        const before = await shown(page);
        await page.locator('.cq-learn-editor .cm-line', { hasText: 'if (received) {' }).click();
        await page.keyboard.press('End');
        for (let k = 0; k < 3; k++) await page.keyboard.press('ArrowLeft');
        await page.keyboard.type(' !== undefined');
        expect(await page.locator('.cq-learn-editor .cm-activeLine').innerText()).toBe('    if (received !== undefined) {');
        expect(await shown(page)).toEqual(before);
        expect(await check(page, tap)).toBe('ok');
        await tap('[data-action="reset"]');
        expect(await page.locator('.cq-learn-editor .cm-content').innerText()).toContain('if (received) {');
      }
      if (i < 5) await tap('[data-action="next"]');
    }
    expect((await shown(page)).chapter).toBe('async');
    await tap('[data-action="back"]');
    await waitScene(page, 'Title');
    await context.close();
    problems.assertClean();
  });
});
