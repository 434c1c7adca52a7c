// Helpers for playing the game in a browser test, on top of browser.ts. They read window.__game
// (the public test API) instead of scraping pixels, and press real keys, clicks and taps.
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { collectRoster, type Roster } from '../../src/core/roster';
import type { GameTestApi } from '../../src/game/testing/test-api';

type Api = GameTestApi;
declare const window: { __game: Api };

/** Fast, deterministic runs: speed 4 and text that appears at once. */
export const FAST = 'speed=4&text=instant';

export async function scene(page: Page): Promise<string> {
  return page.evaluate(() => window.__game.scene);
}

export async function waitScene(page: Page, name: string, timeout = 60_000): Promise<void> {
  await page.waitForFunction((n) => window.__game?.ready && window.__game.scene === n, name, { timeout, polling: 50 });
}

export async function menu(page: Page) {
  return page.evaluate(() => window.__game.menu());
}

/** Waits until a menu with `id` is open (or the scene becomes `until`), returns it or null. */
export async function waitMenu(page: Page, id: string, until = 'Result', timeout = 60_000) {
  const handle = await page.waitForFunction(
    ([id, until]) => {
      const g = window.__game;
      if (g.scene === until) return 'done';
      const m = g.menu();
      return m && m.id === id ? 'menu' : false;
    },
    [id, until] as const,
    { timeout, polling: 50 },
  );
  return (await handle.jsonValue()) === 'menu' ? menu(page) : null;
}

/** Loads every combatant module in Node, through the core's one discovery rule. */
export async function nodeRoster(): Promise<Roster> {
  const dir = fileURLToPath(new URL('../../src/combatants/', import.meta.url));
  const modules = await Promise.all(readdirSync(dir).filter((f) => f.endsWith('.ts')).map(async (f) => ({ path: f, module: await import(`${dir}${f}`) })));
  return collectRoster(modules).roster;
}

export type Press = (key: string) => Promise<void>;

/** Plays battles to the Result screen, answering every command window with `answer`. */
export async function playToResult(page: Page, answer: (menuId: string, cursor: number) => Promise<void>, timeout = 90_000): Promise<void> {
  const deadline = Date.now() + timeout;
  for (;;) {
    if (Date.now() > deadline) throw new Error(`battle did not reach Result in ${timeout} ms (scene ${await scene(page)})`);
    const state = await page.waitForFunction(
      () => {
        const g = window.__game;
        if (g.scene === 'Result') return { done: true, id: '', cursor: 0 };
        const m = g.menu();
        return m && g.scene === 'Battle' ? { done: false, id: m.id, cursor: m.cursor } : false;
      },
      null,
      { timeout: Math.max(1000, deadline - Date.now()), polling: 50 },
    );
    const s = (await state.jsonValue()) as { done: boolean; id: string; cursor: number };
    if (s.done) return;
    await answer(s.id, s.cursor);
    // Let the menu close before looking again, so one answer is not sent twice.
    await page.waitForFunction((id) => window.__game.menu()?.id !== id || window.__game.scene !== 'Battle', s.id, { timeout: 10_000, polling: 20 }).catch(() => {});
  }
}

/** The centre of a menu item, in page coordinates. */
export async function itemCentre(page: Page, label: string | number): Promise<{ x: number; y: number }> {
  const m = await menu(page);
  if (!m) throw new Error('no menu is open');
  const item = typeof label === 'number' ? m.items[label] : m.items.find((i) => i.label === label);
  if (!item) throw new Error(`menu ${m.id} has no item ${label}: ${m.items.map((i) => i.label).join(', ')}`);
  return { x: item.x + item.w / 2, y: item.y + item.h / 2 };
}
