// The playground in the production build, on one page: Edit on slime's card opens its real source,
// an edit of its damage reaction is applied, the battle replays with the report and the new
// behaviour, an error is marked at its line, and hostile code is stopped with the page still
// answering. Screenshots go to /tmp/play/ (both languages, 1280×720 and 360×640).
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { BattleEvent } from '../../src/core/events';
import type { GameApi } from '../../src/game/testing/game-api';
import { collectProblems, launchBrowser, openGame, type ProblemCollector } from './browser';
import { FAST } from './game';
import { attackWithKeys, editorText, shot, statusOf, typeAndApply } from './playground-page';

declare const window: { __game: GameApi };

const SLIME = readFileSync(new URL('../../src/combatants/slime.ts', import.meta.url), 'utf8');
const REACTION = 'hp = hurtOrHeal(hp, received, stats.maxHp);';

let browser: Browser | undefined;
let page: Page;
let problems: ProblemCollector;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});
afterEach(() => problems?.assertClean());

async function newPage(query: string, viewport = { width: 1280, height: 720 }): Promise<Page> {
  const context = await browser!.newContext({ viewport, deviceScaleFactor: 1 });
  const p = await context.newPage();
  problems = collectProblems(p);
  await openGame(p, query);
  return p;
}

/** Slime with `body` run each time it is hurt. */
const hostile = (body: string) => SLIME.replace(REACTION, `${REACTION}\n      if (received !== undefined) { ${body} }`);

describe('playground', () => {
  it('edits slime in the browser, applies it, replays the battle and shows the new behaviour', async () => {
    page = await newPage(`?enemies=slime,bat&seed=11&lang=en&debug=1&${FAST}`);
    await attackWithKeys(page);
    await page.waitForFunction(() => window.__game.menu()?.id === 'command', null, { timeout: 60_000, polling: 50 });
    await page.click('.cq-card[data-id="slime"] [data-action="edit"]');
    await page.waitForSelector('.cq-play:not([hidden]) .cm-content', { timeout: 30_000 });
    expect(await editorText(page)).toBe(SLIME);

    // Keys typed in the editor never reach the game: Enter would attack, the arrows move the cursor.
    const before = await page.evaluate(() => ({ step: window.__game.snapshot()!.step, cursor: window.__game.menu()?.cursor }));
    await page.click('.cq-play .cm-content');
    for (const key of ['ArrowDown', 'ArrowDown', 'Enter', 'm', '`', 'Backspace']) await page.keyboard.press(key);
    await page.keyboard.press('Control+Z');
    expect(await page.evaluate(() => ({ step: window.__game.snapshot()!.step, cursor: window.__game.menu()?.cursor }))).toEqual(before);
    expect(await editorText(page)).toBe(SLIME);

    // Ctrl+A and typing over it (no CSP error: afterEach checks the console), then the kit's hints:
    // the word offers hurtOrHeal with its signature; Esc closes the list, not the editor.
    await page.keyboard.press('Control+A');
    await page.keyboard.type('hurtOr');
    expect(await editorText(page)).toBe('hurtOr');
    const option = page.locator('.cq-play .cm-tooltip-autocomplete li', { hasText: 'hurtOrHeal' });
    await option.waitFor({ timeout: 10_000 });
    expect(await option.textContent()).toContain('received: Received');
    await page.keyboard.press('Escape');
    await page.locator('.cq-play .cm-tooltip-autocomplete').waitFor({ state: 'detached', timeout: 10_000 });
    expect(await page.locator('.cq-play:not([hidden])').count()).toBe(1);
    for (let i = 0; i < 5 && (await editorText(page)) !== SLIME; i++) await page.keyboard.press('Control+Z');
    expect(await editorText(page)).toBe(SLIME);
    expect(await page.evaluate(() => ({ step: window.__game.snapshot()!.step, cursor: window.__game.menu()?.cursor }))).toEqual(before);
    // Hovering a kit name shows its type and what it does.
    await page.locator('.cq-play .cm-line span', { hasText: /^hurtOrHeal$/ }).first().hover();
    const hint = page.locator('.cq-play .cq-kit-hint');
    await hint.waitFor({ timeout: 10_000 });
    expect(await hint.textContent()).toMatch(/hurtOrHeal\(hp: number, received: Received, maxHp: number\): number.*heals/);
    await page.mouse.move(0, 0);

    // A syntax error: marked at its line in the gutter, the old code goes on.
    const broken = SLIME.replace('while (true) {', 'while (true {');
    const errorText = await typeAndApply(page, broken, 'error');
    expect(errorText).toMatch(/slime\.ts.*(line \d+|:\d+:\d+)/);
    expect(errorText).toMatch(/old code goes on/);
    expect(await page.locator('.cq-play .cm-gutter-lint .cm-lint-marker-error').count()).toBe(1);
    await shot(page, 'editor-error-en-1280x720');

    // Half the damage: the battle replays to the same step and says where it changed.
    const edited = SLIME.replace(REACTION, 'hp = hurtOrHeal(hp, received === undefined ? undefined : Math.trunc(received / 2), stats.maxHp); // half the damage');
    const report = await typeAndApply(page, edited, 'applied');
    // A figure, not an assertion: Apply to report with the chunks loaded (compile, sandbox, swap, replay).
    console.info(`[playground] Apply → report: ${await page.evaluate(() => document.querySelector<HTMLElement>('.cq-play-status')!.dataset.applyMs)} ms`);
    expect(report).toMatch(/^reloaded slime\.ts, replayed \d+ steps, diverged at step \d+/);
    expect(await page.locator('.cq-play .cm-lint-marker-error').count()).toBe(0);
    // The first time slime is hurt it now loses half: sent -n, it yields 20 - trunc(n / 2).
    const hurt = await page.evaluate(() => {
      for (const e of window.__game.events as readonly BattleEvent[]) {
        if (e.type !== 'resume' || e.entry.task !== 'slime' || typeof e.entry.sent !== 'number' || e.entry.sent >= 0) continue;
        const r = e.entry.result as { kind: string; value?: { hp?: number } };
        return { sent: e.entry.sent, hp: r.value?.hp };
      }
      return null;
    });
    expect(hurt).not.toBeNull();
    expect(hurt!.hp).toBe(20 + Math.trunc(hurt!.sent / 2));
    await shot(page, 'editor-applied-en-1280x720');
  });

  it('shares the edit in one link: a fresh page asks, runs it on consent and shows the same battle; declining plays the shipped code', async () => {
    await page.click('.cq-play [data-action="share"]');
    await page.waitForFunction(() => document.querySelector<HTMLInputElement>('.cq-play-share')?.hidden === false, null, { timeout: 30_000, polling: 50 });
    const url = await page.evaluate(() => document.querySelector<HTMLInputElement>('.cq-play-share')!.value);
    expect(url).toMatch(/#log=2\.[\w-]+&code=1\.[\w-]+$/);
    expect(new URL(url).hash.length - 1).toBeLessThanOrEqual(32_768);
    expect((await statusOf(page)).text).toMatch(/: 1 edited file\(s\), \d+ \/ 32768 characters$/);
    const shared = await page.evaluate(() => ({ step: window.__game.snapshot()!.step, events: JSON.stringify(window.__game.events) }));
    const linkedSlime = await editorText(page);

    /** The link in a fresh page: the question, the answer, then the battle at the shared step. */
    const openLink = async (answer: 'run' | 'decline') => {
      const context = await browser!.newContext({ viewport: { width: 1280, height: 720 }, deviceScaleFactor: 1 });
      const friend = await context.newPage();
      const friendProblems = collectProblems(friend);
      await friend.goto(url);
      await friend.waitForSelector('[data-consent="ask"]', { timeout: 60_000 });
      const asked = await friend.textContent('[data-consent="ask"]');
      if (answer === 'run') await shot(friend, 'link-consent-en-1280x720');
      await friend.click(`[data-consent="${answer}"]`);
      await friend.waitForFunction(() => (window.__game?.snapshot()?.step ?? 0) > 0 && window.__game.events.length > 0, null, { timeout: 60_000, polling: 50 });
      await friend.waitForFunction((s) => window.__game.snapshot()!.step >= s, shared.step, { timeout: 60_000, polling: 50 }).catch(() => {});
      const got = await friend.evaluate(() => ({ step: window.__game.snapshot()!.step, events: JSON.stringify(window.__game.events), stored: JSON.stringify(localStorage) }));
      if (answer === 'run') {
        // The code that runs is what Edit opens, and Share passes it on (still not stored).
        await friend.click('.cq-card[data-id="slime"] [data-action="edit"]');
        await friend.waitForSelector('.cq-play:not([hidden]) .cm-content', { timeout: 30_000 });
        expect(await editorText(friend)).toBe(linkedSlime);
        await friend.click('.cq-play [data-action="share"]');
        await friend.waitForFunction(() => document.querySelector<HTMLInputElement>('.cq-play-share')?.hidden === false, null, { timeout: 30_000, polling: 50 });
        expect(await friend.evaluate(() => document.querySelector<HTMLInputElement>('.cq-play-share')!.value)).toMatch(/&code=1\.[\w-]+$/);
        expect((await statusOf(friend)).text).toMatch(/: 1 edited file\(s\)/);
        expect(await friend.evaluate(() => JSON.stringify(localStorage))).not.toContain('hurtOrHeal');
      }
      friendProblems.assertClean();
      await context.close();
      return { asked, ...got };
    };
    const ran = await openLink('run');
    expect(ran.asked).toContain('This link contains code for 1 monster: run it?');
    expect(ran.asked).toContain('slime.ts');
    // The same code gives the same battle: every event, to the shared step.
    expect(ran.step).toBe(shared.step);
    expect(ran.events).toBe(shared.events);
    expect(ran.stored, 'code from a link is not stored').not.toContain('hurtOrHeal');

    const declined = await openLink('decline');
    expect(declined.events).not.toBe(shared.events);
    const hurt = (JSON.parse(declined.events) as BattleEvent[]).find((e) => e.type === 'resume' && e.entry.task === 'slime' && typeof e.entry.sent === 'number' && e.entry.sent < 0);
    // The shipped slime takes the whole damage: sent -n, it yields 20 - n.
    const entry = (hurt as Extract<BattleEvent, { type: 'resume' }>).entry;
    expect((entry.result as { value?: { hp?: number } }).value?.hp).toBe(20 + (entry.sent as number));

    // A damaged code part: no question, a notice naming it, and the battle still opens with the shipped code.
    const context = await browser!.newContext({ viewport: { width: 1280, height: 720 }, deviceScaleFactor: 1 });
    const broken = await context.newPage();
    const brokenProblems = collectProblems(broken);
    await broken.goto(url.replace(/code=1\.[\w-]+$/, 'code=1.AAAAAAAA'));
    await broken.waitForFunction(() => (window.__game?.notices ?? []).some((n) => n.startsWith("the shared link's code is damaged")), null, { timeout: 60_000, polling: 50 });
    await broken.waitForFunction(() => (window.__game?.snapshot()?.step ?? 0) > 0, null, { timeout: 60_000, polling: 50 });
    expect(await broken.locator('[data-consent="ask"]').count()).toBe(0);
    brokenProblems.assertClean();
    await context.close();
  });

  it.each([
    ['localStorage', 'localStorage.setItem("pwned", "1");', /'localStorage' is not defined/],
    ['indexedDB', 'indexedDB.open("x");', /'indexedDB' is not defined/],
    ['caches', 'caches.open("x");', /'caches' is not defined/],
    ['the DOM', 'document.body.remove();', /'document' is not defined/],
    ['the cookie through globalThis', 'globalThis.document.cookie = "a=1";', /cannot read property 'cookie' of undefined|undefined/],
    ['fetch', 'fetch("/");', /'fetch' is not defined/],
    ['XHR', 'new XMLHttpRequest();', /'XMLHttpRequest' is not defined/],
    ['importScripts', 'importScripts("/x.js");', /'importScripts' is not defined/],
    ['new Worker', 'new Worker("/x.js");', /'Worker' is not defined/],
    ['WebSocket', 'new WebSocket("ws://127.0.0.1:1/");', /'WebSocket' is not defined/],
    ['EventSource', 'new EventSource("/");', /'EventSource' is not defined/],
    ['a forged message to the page', 'postMessage({ type: "cq", forged: true }, "*");', /'postMessage' is not defined/],
    ['the game API', 'window.__game.sendCommand({ kind: "flee" });', /'window' is not defined/],
    ['a forged status (HP above maxHp)', 'yield { hp: 9999 };', /9999|maxHp/],
    ['an endless loop', 'for (;;) {}', /did not yield within 100000 iterations/],
    ['an endless loop the guard cannot see', 'Array.from({ length: 1e9 }, () => 0);', /without yielding|memory/],
    ['a catastrophic regular expression', "/^(a+)+$/.test('a'.repeat(40) + 'b');", /ms without yielding/],
    ['a huge allocation', 'new ArrayBuffer(2e9);', /memory/],
    ['deep recursion', 'const f = (n) => f(n + 1) + 1; f(0);', /recursion/],
  ])('hostile code cannot use %s: the stop is reported and the page still answers', async (_name, body, said) => {
    const requests: string[] = [];
    const onRequest = (r: { url(): string }) => requests.push(r.url());
    page.on('request', onRequest);
    const before = await page.evaluate(() => localStorage.length);
    const report = await typeAndApply(page, hostile(body), 'applied');
    page.off('request', onRequest);
    expect(report).toMatch(/^reloaded slime\.ts, replayed \d+ steps?/);
    // The stop is slime's fault in the replayed battle (the report names it when it differs from the last run's).
    const fault = await page.evaluate(() => (window.__game.events as readonly BattleEvent[]).find((e) => e.type === 'fault' && e.id === 'slime'));
    expect((fault as { message?: string } | undefined)?.message ?? '(no fault)').toMatch(said);
    expect(requests, 'no request left the sandbox').toEqual([]);
    expect(await page.evaluate(() => localStorage.length)).toBe(before);
    // The fault is marked in the gutter too, at the line its message names (the hostile line).
    expect(await page.locator('.cq-play .cm-gutter-lint .cm-lint-marker-error').count()).toBe(1);
    const named = /\(at slime\.ts:(\d+):\d+\)/.exec((fault as { message?: string }).message ?? '');
    if (named) {
      const marked = await page.evaluate(() => [...document.querySelector('.cq-play-code')!.shadowRoot!.querySelectorAll('.cm-line')].findIndex((l) => l.querySelector('.cm-lintRange-error') !== null) + 1);
      expect(marked).toBe(Number(named[1]));
      expect(hostile(body).split('\n')[marked - 1]).toContain(body.slice(0, 12));
    }
    expect(await page.evaluate(() => document.body !== null && document.cookie === '')).toBe(true);
    // The page still answers input: a key in the game moves the command cursor.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const cursor = await page.evaluate(() => window.__game.menu()?.cursor ?? null);
    if (cursor !== null) {
      await page.keyboard.press('ArrowDown');
      await page.waitForFunction((c) => window.__game.menu()?.cursor !== c, cursor, { timeout: 10_000, polling: 20 });
    }
  });

  it('keeps your own edit in local storage for later battles until Reset; a corrupt stored value is ignored with a notice', async () => {
    const p = await newPage(`?enemies=slime&seed=11&lang=en&debug=1&${FAST}`);
    await p.waitForFunction(() => window.__game.menu()?.id === 'command', null, { timeout: 60_000, polling: 50 });
    await p.click('.cq-card[data-id="slime"] [data-action="edit"]');
    await p.waitForSelector('.cq-play:not([hidden]) .cm-content', { timeout: 30_000 });
    const edited = SLIME.replace(REACTION, 'hp = hurtOrHeal(hp, received === undefined ? undefined : Math.trunc(received / 2), stats.maxHp); // kept');
    await typeAndApply(p, edited, 'applied');
    expect(await p.evaluate(() => localStorage.getItem('coroutine-quest.playground-edits.v1'))).toContain('// kept');
    // A later battle (a new page load): the kept slime plays, and the editor opens on it.
    await openGame(p, `?enemies=slime&seed=11&lang=en&debug=1&${FAST}`);
    await attackWithKeys(p);
    const hurt = await p.evaluate(() => {
      const e = (window.__game.events as readonly BattleEvent[]).find((x) => x.type === 'resume' && x.entry.task === 'slime' && typeof x.entry.sent === 'number' && x.entry.sent < 0);
      return e && e.type === 'resume' ? { sent: e.entry.sent as number, hp: (e.entry.result as { value?: { hp?: number } }).value?.hp } : null;
    });
    expect(hurt).not.toBeNull();
    expect(hurt!.hp).toBe(20 + Math.trunc(hurt!.sent / 2));
    await p.waitForFunction(() => window.__game.menu()?.id === 'command', null, { timeout: 60_000, polling: 50 });
    await p.click('.cq-card[data-id="slime"] [data-action="edit"]');
    await p.waitForSelector('.cq-play:not([hidden]) .cm-content', { timeout: 30_000 });
    expect(await editorText(p)).toBe(edited.trimEnd());
    // Reset forgets it.
    await p.click('.cq-play [data-action="reset"]');
    await p.waitForFunction(() => localStorage.getItem('coroutine-quest.playground-edits.v1') === null, null, { timeout: 30_000, polling: 50 });
    // A corrupt stored value: a notice, and the shipped slime plays.
    await p.evaluate(() => localStorage.setItem('coroutine-quest.playground-edits.v1', '{"slime.ts": 3'));
    await openGame(p, `?enemies=slime&seed=11&lang=en&debug=1&${FAST}`);
    await p.waitForFunction(() => (window.__game?.notices ?? []).some((n) => n.startsWith('Your saved playground edits were unreadable')), null, { timeout: 60_000, polling: 50 });
    await p.waitForFunction(() => window.__game.menu()?.id === 'command', null, { timeout: 60_000, polling: 50 });
    await p.context().close();
  });

  it('looks right on a phone in Japanese: an error in the gutter, then a successful apply', async () => {
    const phone = await newPage(`?enemies=slime,bat&seed=11&lang=ja&debug=1&${FAST}`, { width: 360, height: 640 });
    await phone.waitForFunction(() => window.__game.menu()?.id === 'command', null, { timeout: 60_000, polling: 50 });
    await phone.click('.cq-expand'); // the debugger is a strip on a phone: its cards show when expanded
    await phone.click('.cq-card[data-id="slime"] [data-action="edit"]');
    await phone.waitForSelector('.cq-play:not([hidden]) .cm-content', { timeout: 30_000 });
    await typeAndApply(phone, SLIME.replace('while (true) {', 'while (true {'), 'error');
    expect(await phone.locator('.cq-play .cm-lint-marker-error').count()).toBe(1);
    await shot(phone, 'editor-error-ja-360x640');
    const report = await typeAndApply(phone, SLIME.replace(REACTION, `${REACTION} // ja`), 'applied');
    expect(report).toMatch(/slime\.ts を さいよみこみ: \d+ ステップを さいげん/);
    await shot(phone, 'editor-applied-ja-360x640');
    // Download: the file as it is in the editor, named to drop into src/combatants.
    const [file] = await Promise.all([phone.waitForEvent('download'), phone.click('.cq-play [data-action="download"]')]);
    expect(file.suggestedFilename()).toBe('slime.ts');
    expect(readFileSync(await file.path(), 'utf8')).toBe(`${SLIME.replace(REACTION, `${REACTION} // ja`).trimEnd()}\n`);
    await phone.context().close();
  });
});
