// Accessibility in a real Chromium, through the accessibility tree and ARIA (never pixels): the
// screen-reader mirror (src/game/a11y) during a battle played by keys alone, the command menu as a
// listbox, the H key, a debugger Step's announcement, a remapped key after a reload, and axe-core
// run in the page on the title, a battle and the open debugger. Two page loads per test at most:
// the machine is slow, and `npm test` may grow by a minute at most for all of this.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { messageRows } from '../../src/game/battle/shown-lines';
import type { GameApi } from '../../src/game/testing/game-api';
import { openGame, useBrowser } from './browser';
import { FAST, waitMenu, waitScene } from './game';

declare const window: { __game: GameApi; __announced: string[]; axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: AxeViolation[] }> } };

interface AxeViolation {
  id: string;
  impact: string | null;
  nodes: { target: string[] }[];
}

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's violations in the page as it is now: `id (impact) ×nodes`, serious and critical only. */
async function seriousViolations(page: Page): Promise<string[]> {
  // Evaluated over the DevTools protocol, so the page's CSP (no inline or injected script) does not stop it.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => (await window.axe.run(document, { resultTypes: ['violations'] })).violations
    .map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(' ')) })));
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.impact}) at ${v.nodes.join(', ')}`);
}

const mirror = (page: Page) => page.locator('#cq-a11y');

describe('accessibility', () => {
  const t = useBrowser();

  it('title passes axe; a key remapped in Settings works after a reload; a corrupt stored value gives a notice and the defaults', async () => {
    const { page } = t;
    await openGame(page, '?lang=ja');
    await waitScene(page, 'Title');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ja');
    await expect.poll(() => mirror(page).getByRole('listbox', { name: 'タイトル メニュー' }).getByRole('option', { selected: true }).textContent()).toBe('はじめから');
    expect(await seriousViolations(page)).toEqual([]);

    // Title (2 columns): down, down is Settings; Settings: up, up wraps to Keys; Keys: down is "した".
    for (const key of ['ArrowDown', 'ArrowDown', 'Enter']) await page.keyboard.press(key);
    await waitMenu(page, 'settings', 'Battle');
    for (const key of ['ArrowUp', 'ArrowUp', 'Enter']) await page.keyboard.press(key);
    await waitMenu(page, 'keys', 'Battle');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    // The prompt is a notice, and so is read out by the mirror's status line.
    await expect.poll(() => mirror(page).getByRole('status').textContent()).toMatch(/した に する キー/);
    await page.keyboard.press('KeyK');
    const keys = mirror(page).getByRole('listbox', { name: 'キー の せってい' });
    await expect.poll(() => keys.getByRole('option', { selected: true }).textContent()).toBe('した: K / Down / S');
    expect(await page.evaluate(() => localStorage.getItem('coroutine-quest.keys'))).toBe('{"down":"KeyK"}');

    await page.reload();
    await page.waitForFunction(() => window.__game?.ready && window.__game.scene === 'Title' && window.__game.menu()?.id === 'title', null, { polling: 50 });
    await page.keyboard.press('KeyK');
    await expect.poll(() => page.evaluate(() => window.__game.menu()?.cursor)).toBe(2); // one row down in 2 columns
    await expect.poll(() => mirror(page).getByRole('option', { selected: true }).textContent()).toBe('クラシック');

    // A corrupt stored value is ignored with a notice (read out too), and the default keys stand.
    await page.evaluate(() => localStorage.setItem('coroutine-quest.keys', '{"down":'));
    await page.reload();
    await page.waitForFunction(() => window.__game?.ready && window.__game.menu()?.id === 'title', null, { polling: 50 });
    const notice = 'キー の せってい が よめなかったので もとの キー に もどしました';
    expect(await page.evaluate(() => window.__game.notices)).toContain(notice);
    await expect.poll(() => mirror(page).getByRole('status').textContent()).toContain(notice);
    await page.keyboard.press('KeyK');
    await page.keyboard.press('KeyS');
    await expect.poll(() => page.evaluate(() => window.__game.menu()?.cursor)).toBe(2); // K does nothing, S is down again
    expect(await page.evaluate(() => localStorage.getItem('coroutine-quest.keys'))).toBeNull();
    t.problems.assertClean();
  });

  it('a keys-only battle: the menu as a listbox, H, the messages announced in order; axe in battle and debugger; a Step announced', async () => {
    const { page } = t;
    await openGame(page, `?enemy=slime&seed=3&lang=ja&debug=0&${FAST}`);
    await waitScene(page, 'Battle');
    // Every line the live log is given, as a screen reader hears it, from the first frame on.
    await page.evaluate(() => {
      window.__announced = [];
      const log = document.querySelector('#cq-a11y [role=log]')!;
      new MutationObserver((records) => {
        for (const r of records) for (const n of r.addedNodes) window.__announced.push(n.textContent ?? '');
      }).observe(log, { childList: true });
      window.__announced.push(...[...log.children].map((p) => p.textContent ?? ''));
    });
    await waitMenu(page, 'command');
    const command = mirror(page).getByRole('listbox', { name: 'コマンド' });
    expect(await command.getByRole('option').allTextContents()).toEqual(['たたかう', 'じゅもん', 'ぼうぎょ', 'にげる', 'どうぐ (つかえない)']); // issue 15: どうぐ is fifth, greyed (a one-off fight carries no bag)
    await expect.poll(() => command.getByRole('option', { selected: true }).textContent()).toBe('たたかう');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('listbox');
    const active = () => command.evaluate((el) => document.getElementById(el.getAttribute('aria-activedescendant') ?? '')?.textContent);
    expect(await active()).toBe('たたかう');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => command.getByRole('option', { selected: true }).textContent()).toBe('じゅもん');
    expect(await active()).toBe('じゅもん');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('KeyH');
    await expect.poll(() => mirror(page).getByRole('status').textContent()).toBe('ゆうしゃ HP 100 / 100, MP 30。 スライム HP 20 / 20。');
    expect(await seriousViolations(page)).toEqual([]);

    // Play on by keys alone: Enter in every command window (the messages advance by themselves, so
    // no press can land on the Result screen's menu by being a moment late).
    for (;;) {
      const at = await page.waitForFunction(() => window.__game.scene !== 'Battle' ? 'end' : window.__game.menu()?.id ?? false, null, { polling: 50 });
      const id = await at.jsonValue();
      if (id === 'end') break;
      await page.keyboard.press('Enter');
      await page.waitForFunction((was) => window.__game.menu()?.id !== was, id, { polling: 20 });
    }
    await waitScene(page, 'Result');
    const events = await page.evaluate(() => window.__game.lastBattle!.events);
    expect(await page.evaluate(() => window.__announced)).toEqual(messageRows(events, 'ja').map((r) => r.text));
    await expect.poll(() => mirror(page).getByRole('heading', { level: 1 }).textContent()).toBe('けっか');
    // The Result's own lines, announced with the scene and kept under the heading.
    const resultLines = await page.evaluate(() => window.__game.sceneText());
    expect(resultLines.slice(0, 2)).toEqual(['しょうり!', `ターン: ${await page.evaluate(() => window.__game.result!.turns)}`]);
    expect(await mirror(page).getByRole('status').textContent()).toBe(`けっか: ${resultLines.join(' ')}`);
    expect(await mirror(page).locator('.cq-a11y-screen p').allTextContents()).toEqual(resultLines);

    // Play again (the Result's first choice), and follow it in the debugger, by keys too.
    await page.keyboard.press('Enter');
    // The new battle first: waitMenu returns at once while the scene is still Result, and a
    // Backquote pressed there (no debugger toggle on that screen) would be lost.
    await waitScene(page, 'Battle');
    await waitMenu(page, 'command');
    // The debugger, by keys: open it, pause, choose Attack, and step one resume.
    await page.keyboard.press('Backquote');
    await page.waitForSelector('.cq-debug-panel:not([hidden]) .cq-card');
    await page.keyboard.press('KeyP');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => !window.__game.menu(), null, { polling: 50 });
    const ledger = () => page.evaluate(() => window.__game.events.filter((e) => e.type === 'resume').length);
    const before = await ledger();
    await page.keyboard.press('KeyN');
    await expect.poll(ledger).toBeGreaterThan(before);
    const status = page.getByRole('status').filter({ hasText: '→' });
    await expect.poll(() => status.textContent()).toMatch(/^ゆうしゃ\.send\(.+\) → yield .+ · ゆうしゃ: suspended/);
    // The trace is a virtual list drawn on the next frame, so its newest row may come a frame after the status line.
    const lastTrace = () => page.locator('.cq-trace li').last().textContent();
    await expect.poll(lastTrace).toMatch(/^ゆうしゃ\.send\(/);
    expect(await status.textContent()).toContain(await lastTrace());
    expect(await seriousViolations(page)).toEqual([]);
    // Every debugger button has a name, in the page's language (its accessible name is its label or aria-label).
    const unnamed = await page.locator('.cq-debug button:visible').evaluateAll((bs) => bs.filter((b) => (b.getAttribute('aria-label') ?? b.textContent ?? '').trim() === '').length);
    expect(unnamed).toBe(0);

    t.problems.assertClean();
  });
});
