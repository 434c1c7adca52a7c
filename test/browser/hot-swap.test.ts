// Hot swap against a real Vite DEV server: saving a combatant file replaces its generator through
// HMR with no page reload, and the battle is replayed to the same step with the new code; saving
// a lesson file (src/lessons) restarts its open Learn chapter with the new code, also without a reload.
// The server's root is a temporary copy of the game, so the test never touches the real src.
import { cpSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventOf } from '../../src/core/events';
import type { GameTestApi } from '../../src/game/testing/test-api';
import { collectProblems, launchBrowser } from './browser';
import { itemCentre } from './game';

declare const window: { __game: GameTestApi; __marker?: number };

const repo = fileURLToPath(new URL('../..', import.meta.url));
let dir = '';
let server: ViteDevServer | undefined;
let browser: Browser | undefined;
let baseUrl = '';

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'cq-hot-swap-'));
  for (const p of ['index.html', 'src', 'assets', 'public', 'scripts', 'vite.config.ts', 'tsconfig.json', 'package.json']) {
    cpSync(join(repo, p), join(dir, p), { recursive: true });
  }
  symlinkSync(join(repo, 'node_modules'), join(dir, 'node_modules'), 'dir');
  server = await createServer({
    root: dir,
    configFile: join(dir, 'vite.config.ts'),
    // Bundling the config in memory writes nothing under the shared node_modules.
    configLoader: 'runner',
    // Our own optimizer cache, so a developer's `npm run dev` cache is left alone.
    cacheDir: join(dir, '.vite-cache'),
    logLevel: 'warn',
    clearScreen: false,
    server: { host: '127.0.0.1', port: 0, strictPort: false, fs: { allow: [dir, realpathSync(join(repo, 'node_modules'))] } },
  });
  await server.listen();
  baseUrl = server.resolvedUrls?.local[0] ?? '';
  if (!baseUrl) throw new Error('the dev server has no local URL');
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Waits for the hero's command menu, then answers it with an attack on the slime. */
async function attackOnce(page: Page): Promise<void> {
  await page.waitForFunction(() => window.__game.menu() !== null && window.__game.snapshot()?.waitingFor === 'hero', null, { timeout: 30_000, polling: 50 });
  const step = await page.evaluate(() => window.__game.snapshot()!.step);
  expect(await page.evaluate(() => window.__game.sendCommand({ kind: 'attack', target: 'slime' }))).toBe(true);
  await page.waitForFunction((s) => window.__game.snapshot()!.step > s, step, { timeout: 30_000, polling: 50 });
}

type Action = EventOf<'action'>;
const slimeActs = (page: Page) =>
  page.evaluate(() => window.__game.events.filter((e): e is Action => e.type === 'action' && e.actor === 'slime').map((e) => e.act.kind));

describe('hot swap in the dev server', () => {
  it('saving slime.ts swaps its generator without a page reload and replays the battle to the same step', async () => {
    const page = await browser!.newPage({ viewport: { width: 1280, height: 720 } });
    const problems = collectProblems(page);
    try {
      await page.goto(`${baseUrl}?enemy=slime&seed=3&text=instant&speed=4&lang=en`);
      await page.waitForFunction(() => window.__game?.ready === true && window.__game.scene === 'Battle', null, { timeout: 90_000, polling: 100 });

      // One turn each: the hero attacks, the slime attacks back, and the hero is asked again.
      await attackOnce(page);
      await page.waitForFunction(() => window.__game.menu() !== null && window.__game.snapshot()?.waitingFor === 'hero', null, { timeout: 30_000, polling: 50 });
      expect(await slimeActs(page)).toEqual(['attack']);
      const steps = await page.evaluate(() => window.__game.snapshot()!.step);
      expect(steps).toBeGreaterThan(1);

      // A full reload would drop this.
      await page.evaluate(() => (window.__marker = 1));
      const file = join(dir, 'src/combatants/slime.ts');
      const source = readFileSync(file, 'utf8');
      expect(source).toContain('act: attack()');
      writeFileSync(file, source.replace('act: attack()', "act: { kind: 'defend' }"));

      await page.waitForFunction(() => window.__game.notices.some((n) => n.startsWith('reloaded slime.ts')), null, { timeout: 30_000, polling: 100 });
      expect(await page.evaluate(() => window.__marker)).toBe(1);

      // The overlay is closed, so a notice in the game says what was replayed and where it parted.
      const notice = (await page.evaluate(() => window.__game.notices.find((n) => n.startsWith('reloaded slime.ts'))))!;
      const m = /^reloaded slime\.ts, replayed (\d+) steps, diverged at step (\d+): before: next\(Slime\) → yield .*"attack".*, after: next\(Slime\) → yield .*"defend"/.exec(notice);
      expect(m, notice).not.toBeNull();

      // Same seed, same command, up to the same point. A slime that defends does not hurt the hero,
      // so the hero is asked again one resume sooner: the replay stops there, at the prompt.
      const replayed = Number(m![1]);
      expect(replayed).toBeGreaterThan(1);
      expect(replayed).toBeLessThanOrEqual(steps);
      expect(Number(m![2])).toBeLessThanOrEqual(replayed);
      expect(await page.evaluate(() => window.__game.snapshot()!.step)).toBe(replayed);
      expect(await slimeActs(page)).toEqual(['defend']);
      const log = await page.evaluate(() => window.__game.session!.inputLog());
      expect(log).toMatchObject({ seed: 3, commands: [{ kind: 'attack', target: 'slime' }] });

      // And the battle goes on live with it.
      await attackOnce(page);
      await page.waitForFunction(() => window.__game.events.filter((e) => e.type === 'action' && e.actor === 'slime').length >= 2 || window.__game.scene !== 'Battle', null, { timeout: 30_000, polling: 50 });
      expect(await slimeActs(page)).toEqual(['defend', 'defend']);
      expect(await page.evaluate(() => window.__marker)).toBe(1);

      // With the overlay open, its status line says it (and no notice is added). Its source view
      // now depends on slime.ts too (as raw text): that must not force a reload either.
      // This edit makes the slime count only half of each hit, so the battle cannot end meanwhile.
      await page.click('.cq-debug-toggle');
      await page.waitForSelector('.cq-status', { state: 'attached', timeout: 30_000 });
      await page.waitForFunction(() => window.__game.menu() !== null && window.__game.snapshot()?.waitingFor === 'hero', null, { timeout: 30_000, polling: 50 });
      const noticesBefore = await page.evaluate(() => window.__game.notices.length);
      const stepsNow = await page.evaluate(() => window.__game.snapshot()!.step);
      const defending = readFileSync(file, 'utf8');
      expect(defending).toContain('hp = hurtOrHeal(hp, received, stats.maxHp);');
      writeFileSync(file, defending.replace('hp = hurtOrHeal(hp, received, stats.maxHp);', 'hp = hurtOrHeal(hp, received && Math.ceil(received / 2), stats.maxHp);'));
      await page.waitForFunction(() => /^reloaded slime\.ts/.test(document.querySelector('.cq-status')?.textContent ?? ''), null, { timeout: 30_000, polling: 100 });
      const status = (await page.locator('.cq-status').textContent())!;
      expect(status).toMatch(new RegExp(`^reloaded slime\\.ts, replayed ${stepsNow} steps, diverged at step \\d+: before: Slime\\.send\\(-\\d+\\) → yield \\{"hp":\\d+\\}, after: Slime\\.send\\(-\\d+\\) → yield \\{"hp":\\d+\\}$`));
      expect(await page.evaluate(() => window.__game.notices.length)).toBe(noticesBefore);
      // The debugger's compare view opens on its own: "before your edit" and "after your edit" as two branches.
      await page.waitForSelector('.cq-compare canvas', { state: 'attached', timeout: 30_000 });
      const compare = await page.evaluate(() => ({
        labels: [...document.querySelectorAll('.cq-compare-label')].map((e) => e.textContent ?? ''),
        step: document.querySelector('.cq-compare-step')?.textContent ?? '',
        a: document.querySelector('.cq-diff-a')?.textContent ?? '',
        b: document.querySelector('.cq-diff-b')?.textContent ?? '',
      }));
      expect(compare.labels).toHaveLength(2);
      expect(compare.labels[0]).toMatch(/before your edit$/);
      expect(compare.labels[1]).toMatch(/after your edit$/);
      expect(compare.step).toMatch(/^first difference at step \d+$/);
      expect(compare.a).toMatch(/^Slime\.send\(-\d+\) → yield \{"hp":\d+\}$/);
      expect(compare.b).toMatch(/^Slime\.send\(-\d+\) → yield \{"hp":\d+\}$/);
      expect(await page.evaluate(() => window.__marker)).toBe(1);
      expect(await page.evaluate(() => window.__game.scene)).toBe('Battle');
      expect(await slimeActs(page)).toEqual(['defend', 'defend']);
      problems.assertClean();
    } finally {
      await page.close();
    }
  }, 180_000); // a cold dev server transforms every module on first load: slow on a 2-core machine

  it('a save that does not parse is named with its line and column beside the docked debugger, until the file parses again', async () => {
    const page = await browser!.newPage({ viewport: { width: 1280, height: 720 } });
    const problems = collectProblems(page);
    const file = join(dir, 'src/combatants/bat.ts');
    const source = readFileSync(file, 'utf8');
    try {
      await page.goto(`${baseUrl}?enemy=bat&seed=4&text=instant&speed=4&lang=en&debug=1`);
      await page.waitForFunction(() => window.__game?.ready === true && window.__game.scene === 'Battle', null, { timeout: 90_000, polling: 100 });
      await page.waitForSelector('.cq-debug-panel', { state: 'visible', timeout: 30_000 });
      await page.waitForFunction(() => window.__game.menu() !== null, null, { timeout: 30_000, polling: 50 });

      // A missing comma on line 2 of a file whose first line is its import: oxc's message has the place.
      const lines = source.split('\n');
      const at = lines.findIndex((l) => l.includes('name:'));
      expect(at).toBeGreaterThan(0);
      // The dev server answers the broken module with an error status, which the page logs.
      problems.allow(/bat\.ts|500 \(Internal Server Error\)|Failed to load resource/);
      lines[at] = lines[at]!.replace(/,\s*(\/\/.*)?$/, ' $1');
      writeFileSync(file, lines.join('\n'));
      await page.waitForFunction(() => window.__game.notices.some((n) => n.startsWith('bat.ts: failed to load')), null, { timeout: 30_000, polling: 100 });
      const notice = (await page.evaluate(() => window.__game.notices.find((n) => n.startsWith('bat.ts: failed to load'))))!;
      expect(notice).toMatch(new RegExp(`^bat\\.ts: failed to load \\(.+ at line ${at + 2}, column \\d+\\); keeping its old code$`));

      // It is on screen, clear of the debugger's panel, not under Vite's error overlay, and the
      // battle goes on with the old code.
      await page.waitForFunction(() => document.querySelector('vite-error-overlay') === null, null, { timeout: 10_000, polling: 100 });
      const rect = await page.evaluate(() => window.__game.probe('notice-0'));
      expect(rect?.text).toContain('bat.ts: failed to load');
      const panel = (await page.locator('.cq-debug-panel').boundingBox())!;
      expect(rect!.x + rect!.w <= panel.x || rect!.x >= panel.x + panel.width || rect!.y + rect!.h <= panel.y || rect!.y >= panel.y + panel.height, JSON.stringify({ rect, panel })).toBe(true);
      expect(await page.evaluate(() => window.__game.scene)).toBe('Battle');

      // It stays while the file is broken (longer than a passing notice) and goes once it parses again.
      await page.waitForTimeout(7_000);
      expect((await page.evaluate(() => window.__game.probe('notice-0')))?.text).toContain('bat.ts: failed to load');
      writeFileSync(file, source);
      await page.waitForFunction(() => /^reloaded bat\.ts/.test(document.querySelector('.cq-status')?.textContent ?? ''), null, { timeout: 30_000, polling: 100 });
      await page.waitForFunction(() => window.__game.probe('notice-0') === null, null, { timeout: 10_000, polling: 100 });
      problems.assertClean();
    } finally {
      writeFileSync(file, source);
      await page.close();
    }
  }, 180_000);

  it('saving src/lessons/counter.ts restarts the open Learn chapter with the new code, without a page reload', async () => {
    const page = await browser!.newPage({ viewport: { width: 1280, height: 720 } });
    const problems = collectProblems(page);
    const file = join(dir, 'src/lessons/counter.ts');
    const source = readFileSync(file, 'utf8');
    const step = () => page.evaluate(() => Number(document.querySelector<HTMLElement>('.cq-learn')?.dataset.learnStep));
    const stepOnce = async () => {
      const before = await step();
      await page.keyboard.press('n');
      await page.waitForFunction((n) => Number(document.querySelector<HTMLElement>('.cq-learn')?.dataset.learnStep) > n, before, { timeout: 10_000, polling: 20 });
    };
    try {
      await page.goto(`${baseUrl}?lang=en&text=instant&speed=4`);
      await page.waitForFunction(() => window.__game?.ready === true && window.__game.scene === 'Title', null, { timeout: 90_000, polling: 100 });
      const at = await itemCentre(page, 'Learn');
      await page.mouse.click(at.x, at.y);
      await page.waitForSelector('.cq-learn[data-learn-step]', { timeout: 60_000 });
      // Chapter 3, the memo's counter, stepped twice: send(5) is dropped (yield 0), then next() → yield 1.
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      await page.waitForSelector('.cq-learn[data-learn-chapter="send"]');
      await stepOnce();
      await stepOnce();
      expect(await page.locator('.cq-learn-debug').innerText()).toContain('yield 1');
      await page.evaluate(() => (window.__marker = 2));

      expect(source).toContain('count += 1; // py:up');
      writeFileSync(file, source.replace('count += 1; // py:up', 'count += 10; // py:up'));
      await page.waitForFunction(() => document.querySelector('.cq-learn-notice')?.textContent?.startsWith('reloaded the code in src/lessons'), null, { timeout: 30_000, polling: 100 });
      expect(await page.evaluate(() => window.__marker)).toBe(2);
      // The same chapter, from its start, showing and running the saved code.
      expect(await page.evaluate(() => document.querySelector<HTMLElement>('.cq-learn')?.dataset.learnChapter)).toBe('send');
      expect(await step()).toBe(0);
      expect(await page.locator('[data-pane="ts"]').innerText()).toContain('count += 10;');
      await stepOnce();
      await stepOnce();
      expect(await page.locator('.cq-learn-debug').innerText()).toContain('yield 10');
      problems.assertClean();
    } finally {
      writeFileSync(file, source);
      await page.close();
    }
  }, 120_000);
});
