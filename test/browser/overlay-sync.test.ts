// The debug overlay in step with the screen (Steps snap it, the message log and the trace are
// linked), its own keys and the keyboard back to the game; and the overlay on a phone.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { BattleSnapshot } from '../../src/core/battle';
import type { BattleEvent } from '../../src/core/events';
import { messageRowReader, windowLines } from '../../src/game/battle/shown-lines';
import type { ScreenState } from '../../src/game/testing/game-api';
import type { GameTestApi } from '../../src/game/testing/test-api';
import { openTestGame as openGame, saveScreenshot, useBrowser } from './browser';
import { FAST, waitMenu, waitScene } from './game';
import { answerCommand, control, readOverlay } from './overlay-dom';

declare const window: { __game: GameTestApi; __cqBattle?: unknown };


interface Seen {
  screen: ScreenState;
  snapshot: BattleSnapshot;
  events: BattleEvent[];
  /** Card id → its HP field ("86 / 100"). */
  cardHp: Record<string, string>;
  paused: boolean;
}

async function seen(page: Page): Promise<Seen> {
  return page.evaluate(() => ({
    screen: window.__game.screen()!,
    snapshot: window.__game.snapshot()!,
    events: [...window.__game.events],
    cardHp: Object.fromEntries([...document.querySelectorAll<HTMLElement>('.cq-card')].map((c) => [c.dataset.id!, c.querySelectorAll('.cq-fields dd')[0]?.textContent ?? ''])),
    paused: window.__game.session!.control.paused,
  }));
}

/** The status box, the HP bars, the window and the core agree; no animation is left to play. */
function expectInStep(s: Seen, what: string, cards = true): void {
  expect(s.screen.queued, `${what}: events still queued for animation`).toBe(0);
  for (const c of s.snapshot.combatants) {
    const hp = Math.max(0, c.hp);
    if (c.side === 'hero') expect(s.screen.hero.hp, `${what}: status box HP of ${c.id}`).toBe(hp);
    else expect(s.screen.enemies.find((e) => e.id === c.id)?.hp, `${what}: HP bar of ${c.id}`).toBe(hp);
    const card = s.cardHp[c.id] ?? '';
    if (cards && !card.startsWith('—')) expect(card, `${what}: card of ${c.id}`).toMatch(new RegExp(`^${hp} / ${c.maxHp}( |$)`));
  }
  // The window holds the last lines the events say it should, whole (none still typing).
  const expected = windowLines(s.events, 'en', 99);
  if (expected.length > 0) expect(s.screen.lines.length, `${what}: the message window is empty`).toBeGreaterThan(0);
  expect(s.screen.lines, `${what}: the message window`).toEqual(expected.slice(expected.length - s.screen.lines.length));
}

describe('debug overlay: in step with the screen, its own keys, the keyboard back to the game', () => {
  const t = useBrowser();

  it('repro seed=5 slime,bat: Pause/Resume/Enter reaches the game, P N T B R, Steps snap the screen, message log ↔ trace', { timeout: 300_000 }, async () => {
    const page = t.page;
    // Normal speed and text: the screen has animation to lag behind with.
    await openGame(page, '?lang=en&seed=5&enemies=slime,bat&debug=1');
    await waitScene(page, 'Battle');
    await page.waitForSelector('.cq-debug .cq-card', { timeout: 30_000 });
    const inOverlay = () => page.evaluate(() => document.activeElement?.closest('.cq-debug') != null);
    const menuNow = () => page.evaluate(() => window.__game.menu());

    // ---- §1 the repro: click Pause, Resume, then Enter: Enter is the game's, not the button's ----
    expect(await waitMenu(page, 'command')).not.toBeNull();
    await page.getByRole('button', { name: 'Pause', exact: true }).click();
    await page.getByRole('button', { name: 'Resume', exact: true }).click();
    await page.keyboard.press('Enter');
    // Soft: a run of the code before the fix reports every one of these bugs, not just the first.
    expect.soft(await inOverlay(), 'a clicked debugger button kept the focus').toBe(false);
    expect.soft((await control(page)).paused, 'Enter pressed the debugger button again').toBe(false);
    await page.evaluate(() => window.__game.session!.setPaused(false));
    await page.waitForFunction(() => window.__game.menu()?.id !== 'command', null, { timeout: 10_000, polling: 50 }).catch(() => {});
    expect.soft((await menuNow())?.id, 'Enter did not reach the command menu').not.toBe('command'); // Enter chose Attack
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await menuNow())?.id, { timeout: 10_000 }).toBe('command'); // Esc went back

    // A debugger control with the focus (keyboard user), then a click on the game: keys go back to it.
    await page.locator('.cq-speed select').focus();
    expect(await inOverlay()).toBe(true);
    const canvas = (await page.locator('#game canvas').boundingBox())!;
    await page.mouse.click(canvas.x + canvas.width * 0.3, canvas.y + canvas.height * 0.2); // the field, no menu
    expect.soft(await inOverlay(), 'a click on the game left the focus in the debugger').toBe(false);
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const cursor = (await menuNow())!.cursor;
    await page.keyboard.press('ArrowDown');
    await expect.poll(async () => (await menuNow())?.cursor, { timeout: 5_000 }).not.toBe(cursor);
    expect((await control(page)).speed ?? 1).toBe(1);

    // ---- §1 the debugger's keys, shown on its buttons and in its legend ----
    const keyOf = (name: string) => page.getByRole('button', { name, exact: true }).evaluate((b) => getComputedStyle(b, '::after').content);
    expect(await keyOf('Pause')).toContain('P');
    expect(await keyOf('Step')).toContain('N');
    expect(await page.locator('.cq-keys').textContent()).toMatch(/P.*N.*T.*B.*R/s);
    expect(await page.locator('.cq-legend').textContent()).not.toContain('running');
    await page.keyboard.press('KeyP');
    await expect.poll(() => control(page).then((c) => c.paused)).toBe(true);
    expect(await page.evaluate(() => window.__game.sendCommand({ kind: 'attack', target: 'slime' }))).toBe(true);
    const at = (await control(page)).step;
    await page.keyboard.press('KeyN');
    await expect.poll(() => control(page).then((c) => c.step)).toBe(at + 1);
    expectInStep(await seen(page), 'after N', false);
    await page.keyboard.press('KeyT'); // the rest of the hero's turn
    await expect.poll(() => control(page).then((c) => c.step)).toBeGreaterThan(at + 1);
    expectInStep(await seen(page), 'after T', false);
    const afterTurn = (await control(page)).step;
    await page.keyboard.press('KeyB');
    await expect.poll(() => control(page).then((c) => c.step)).toBe(afterTurn - 1);
    let s = await seen(page);
    expect(s.screen.lines.length, 'Step back emptied the message window').toBeGreaterThan(0);
    expectInStep(s, 'after Step back', false);
    await page.keyboard.press('KeyR');
    await expect.poll(() => control(page).then((c) => c.step)).toBe(0);

    // ---- §2 every Step snaps the screen: status box, HP bars, cards and the window agree ----
    const step = page.getByRole('button', { name: 'Step', exact: true });
    for (let i = 0; i < 14; i++) {
      if ((await seen(page)).snapshot.waitingFor) await answerCommand(page);
      await step.click();
      expectInStep(await seen(page), `at once after Step ${i}`, false);
      await readOverlay(page);
      expectInStep(await seen(page), `Step ${i}, cards drawn`);
    }
    // Six quick Steps: nothing queues up, the screen is there at once.
    if ((await seen(page)).snapshot.waitingFor) await answerCommand(page);
    for (let i = 0; i < 6; i++) await page.keyboard.press('KeyN');
    expectInStep(await seen(page), 'six quick Steps', false);
    await readOverlay(page);
    expectInStep(await seen(page), 'six quick Steps, cards drawn');
    await page.getByRole('button', { name: 'Step back', exact: true }).click();
    s = await seen(page);
    expect(s.screen.lines.length).toBeGreaterThan(0);
    expectInStep(s, 'Step back');

    // ---- §2 the trace in view at 720p (its tab), and the message log linked to it ----
    await page.getByRole('tab', { name: 'Trace + messages' }).click();
    await readOverlay(page);
    const layout = await page.evaluate(() => {
      const r = (el: Element | null) => el!.getBoundingClientRect();
      const list = document.querySelector('.cq-trace')!;
      return { last: r(list.lastElementChild), list: r(list), body: document.querySelector('.cq-body')!.scrollTop, rows: document.querySelectorAll('.cq-message').length };
    });
    expect(layout.body, 'the debugger body had to scroll').toBe(0);
    expect(layout.last.bottom).toBeLessThanOrEqual(Math.min(720, layout.list.bottom) + 1);
    expect(layout.last.top).toBeGreaterThanOrEqual(layout.list.top - 1);
    const rows = messageRowReader('en')((await seen(page)).events);
    expect(layout.rows).toBe(rows.length);
    const damage = rows.findIndex((r) => /damage/.test(r.text));
    expect(damage).toBeGreaterThan(0);
    await page.locator(`.cq-message[data-index="${damage}"]`).click();
    expect(await page.locator('.cq-trace li.cq-selected').evaluateAll((l) => l.map((li) => (li as HTMLElement).dataset.index))).toEqual([String(rows[damage]!.trace)]);
    await saveScreenshot(page, 'debugger-en-1280x720-message-selected');
    const line = rows[damage]!.trace;
    await page.locator(`.cq-trace li[data-index="${line}"]`).click();
    expect(await page.locator('.cq-message.cq-selected').evaluateAll((l) => l.map((li) => Number((li as HTMLElement).dataset.index)))).toEqual(rows.flatMap((r, i) => (r.trace === line ? [i] : [])));
    await saveScreenshot(page, 'debugger-en-1280x720-trace-selected');
    t.problems.assertClean();
  });
});

describe('debug overlay on a phone (360×640)', () => {
  const t = useBrowser({ width: 360, height: 640 });

  it('the Japanese toggle is DotGothic16 before the debugger loads; game and debugger get a region each', { timeout: 240_000 }, async () => {
    const page = t.page;
    await openGame(page, `?enemy=slime&seed=3&lang=ja&${FAST}`);
    await waitScene(page, 'Battle');
    const toggle = page.locator('.cq-debug-toggle');
    await expect.poll(() => toggle.isVisible()).toBe(true);
    // §1 tofu: デバッグ drawn in the toggle's own font matches DotGothic16, not the fallback boxes.
    const font = await toggle.evaluate(async (b) => {
      const family = getComputedStyle(b).fontFamily;
      const lit = (f: string) => {
        const c = document.createElement('canvas');
        c.width = 120;
        c.height = 48;
        const g = c.getContext('2d')!;
        g.font = `16px ${f}`;
        g.fillStyle = '#fff';
        // Each glyph on its own font's baseline: the same pixels as DotGothic16 when it is that font.
        g.textBaseline = 'alphabetic';
        g.fillText('デバッグ', 4, 32);
        const d = g.getImageData(0, 0, c.width, c.height).data;
        let n = 0;
        for (let i = 0; i < d.length; i += 4) if (d[i]! > 128 && d[i + 3]! > 128) n++;
        return n;
      };
      await document.fonts.load('16px "DotGothic16"', 'デバッグ');
      return { family, own: lit(family), dot: lit('"DotGothic16"'), fallback: lit('sans-serif') };
    });
    expect(Math.abs(font.dot - font.fallback)).toBeGreaterThan(font.dot * 0.15);
    expect.soft(font.own, `toggle font ${font.family}`).toBe(font.dot);
    await saveScreenshot(page, 'debugger-ja-360x640-closed');

    // §1 the strip and the game each get a region, collapsed and expanded.
    await toggle.click();
    await page.waitForSelector('.cq-debug-panel .cq-card', { state: 'attached', timeout: 30_000 });
    const regions = () => page.evaluate(() => {
      const box = (el: Element) => {
        const r = el.getBoundingClientRect();
        return { x: r.left, y: r.top, w: r.width, h: r.height };
      };
      const summary = document.querySelector<HTMLElement>('.cq-summary')!;
      const name = window.__game.probe('hero-name');
      return {
        canvas: box(document.querySelector('#game canvas')!),
        panel: box(document.querySelector('.cq-debug-panel')!),
        summary: summary.textContent ?? '',
        cut: summary.scrollWidth > summary.clientWidth + 1 || summary.scrollHeight > summary.clientHeight + 1,
        name,
      };
    });
    const apart = (a: { x: number; y: number; w: number; h: number }, b: typeof a) => a.x >= b.x + b.w || b.x >= a.x + a.w || a.y >= b.y + b.h || b.y >= a.y + a.h;
    for (const expanded of [false, true]) {
      if (expanded) await page.getByRole('button', { name: 'ひらく', exact: true }).click();
      await expect.poll(async () => { const r = await regions(); return apart(r.canvas, r.panel); }, { timeout: 10_000 }).toBe(true);
      const r = await regions();
      expect(r.canvas.h, `expanded=${expanded}: the game's region`).toBeGreaterThanOrEqual(200);
      expect(r.canvas.y + r.canvas.h).toBeLessThanOrEqual(641);
      expect(r.summary).toMatch(/▶ (ゆうしゃ|スライム|—)/);
      expect(r.cut, `summary cut: ${r.summary}`).toBe(false);
      expect(r.name, 'the hero name probe').not.toBeNull();
      await saveScreenshot(page, `debugger-ja-360x640-${expanded ? 'expanded' : 'strip'}`);
    }
    t.problems.assertClean();
  });
});
