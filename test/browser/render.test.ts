// The battle field's rendering and feel, read through window.__game.view() (CSS px rectangles,
// damage numbers as shown, shake counts) and a count of WebGL draw calls: never pixels, never time.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Rect } from '../../src/game/ui/layout';
import { collectProblems, openTestGame, useBrowser } from './browser';
import { FAST } from './game';
import { COUNT_DRAWS } from '../../scripts/count-draws';

declare const window: { __game: import('../../src/game/testing/game-api').GameApi; __drawCalls: { calls: number } };

/** Draw calls in each of the next `n` frames (calls made between two requestAnimationFrame ticks). */
function drawsPerFrame(page: Page, n: number): Promise<number[]> {
  return page.evaluate((n) => new Promise<number[]>((resolve) => {
    const out: number[] = [];
    let last = -1;
    const tick = () => {
      if (last >= 0) out.push(window.__drawCalls.calls - last);
      last = window.__drawCalls.calls;
      if (out.length < n) requestAnimationFrame(tick);
      else resolve(out);
    };
    requestAnimationFrame(tick);
  }), n);
}

function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

/** Answers every command window with Enter until `done` holds in the page (the hero took a hit, say). */
async function playUntil(page: Page, done: string, timeout = 60_000): Promise<void> {
  const deadline = Date.now() + timeout;
  while (!(await page.evaluate(done))) {
    if (Date.now() > deadline) throw new Error(`not reached in ${timeout} ms: ${done}`);
    if (await page.evaluate(() => window.__game.menu() !== null)) await page.keyboard.press('Enter');
    await page.waitForTimeout(50);
  }
}

const HERO_HIT = '(() => { const v = window.__game.view(); return !!v && v.hero.hp < v.hero.maxHp && v.numbers.some((n) => n.side === "hero" && n.kind !== "miss"); })()';
const BOTH_HIT = `${HERO_HIT} && window.__game.view().numbers.some((n) => n.side === "enemy" && n.kind === "damage")`;

describe('the battle field', () => {
  const t = useBrowser();

  it('draws a 200-combatant stress battle in a bounded number of draw calls per frame, not one or two per monster', async () => {
    await t.context.addInitScript(COUNT_DRAWS);
    await openTestGame(t.page, '?stress=200&seed=1&lang=en');
    await t.page.waitForFunction(() => (window.__game.view()?.enemies.length ?? 0) === 199, null, { timeout: 60_000 });
    const counts = () => t.page.evaluate(() => ({ all: window.__game.view()!.fieldRedraws, partial: window.__game.view()!.fieldPartialRedraws }));
    const before = await counts();
    const draws = await drawsPerFrame(t.page, 30);
    const after = await counts();
    // The field was redrawn in the frames counted (the battle plays itself), so its draw calls are in the count.
    expect(after.all).toBeGreaterThan(before.all);
    // A hit redraws only the monsters that changed, not the whole 199-monster field.
    expect(after.partial).toBeGreaterThan(before.partial);
    expect(draws.some((n) => n > 0)).toBe(true);
    // Backdrop, one batch per monster texture, one Graphics for all 199 HP bars, the field quad, the windows and texts.
    expect(Math.max(...draws)).toBeLessThanOrEqual(30);
    t.problems.assertClean();
  });

  it('draws no frame while nothing on screen changes, and draws one as soon as something does', async () => {
    await t.context.addInitScript(COUNT_DRAWS);
    await openTestGame(t.page, `?enemies=slime,bat&seed=1&lang=en&${FAST}`);
    await t.page.waitForFunction(() => window.__game.menu()?.id === 'command', null, { timeout: 60_000 });
    await t.page.waitForTimeout(500); // the window's last line and the menu settle
    const idle = await drawsPerFrame(t.page, 45);
    // Waiting for a command: most frames are skipped; a few are drawn anyway (the cursor's blink, the gate's safety refresh).
    expect(idle.filter((n) => n === 0).length).toBeGreaterThan(30);
    expect(idle.some((n) => n > 0)).toBe(true);
    // Each cursor move is drawn within a few frames (a safety refresh landing there by chance three times running is unlikely).
    for (const key of ['ArrowDown', 'ArrowDown', 'ArrowUp']) {
      const before = await t.page.evaluate(() => ({ cursor: window.__game.menu()!.cursor, calls: window.__drawCalls.calls }));
      await t.page.keyboard.press(key);
      await t.page.waitForFunction((c) => window.__game.menu()!.cursor !== c, before.cursor);
      await drawsPerFrame(t.page, 2);
      expect(await t.page.evaluate(() => window.__drawCalls.calls)).toBeGreaterThan(before.calls);
    }
    t.problems.assertClean();
  });

  it("keeps King Slime's sprite and HP bar off the hero's status box at 1280×720 with the debugger docked", async () => {
    await openTestGame(t.page, '?enemy=king-slime&seed=1&lang=en&debug=1');
    // Docked: the game's canvas is narrower than the page, and the view has laid itself out for it.
    await t.page.waitForFunction(() => {
      const canvas = document.querySelector('canvas');
      const v = window.__game.view();
      return !!canvas && canvas.getBoundingClientRect().width < 1280 && !!v && v.enemies.length === 1 && v.enemies[0]!.sprite.x + v.enemies[0]!.sprite.w <= canvas.getBoundingClientRect().width;
    }, null, { timeout: 30_000 });
    const v = (await t.page.evaluate(() => window.__game.view()))!;
    const king = v.enemies[0]!;
    expect(king.id).toBe('king-slime');
    expect(overlaps(king.sprite, v.status)).toBe(false);
    expect(overlaps(king.bar, v.status)).toBe(false);
    expect(king.bar.y).toBeGreaterThanOrEqual(v.status.y + v.status.h);
    // Pixel art at a whole-number scale: the sprite's width is its texture's (56 px) times the field scale.
    expect(v.fieldScale).toBeGreaterThan(1);
    expect(king.sprite.w).toBe(56 * v.fieldScale);
    t.problems.assertClean();
  });

  it("shows the hero's HP bar and outlined damage numbers where they read, and shakes the screen when the hero is hit", async () => {
    await openTestGame(t.page, `?enemy=king-slime&seed=3&lang=en&${FAST}`);
    await playUntil(t.page, BOTH_HIT);
    const v = (await t.page.evaluate(() => window.__game.view()))!;
    expect(v.reducedMotion).toBe(false);
    expect(v.shakes).toBeGreaterThan(0);
    // The bar sits inside the status window and is filled in proportion to the HP shown.
    const { bar, fill } = v.hero;
    expect(bar.x >= v.status.x && bar.y >= v.status.y && bar.x + bar.w <= v.status.x + v.status.w && bar.y + bar.h <= v.status.y + v.status.h).toBe(true);
    expect(fill.w).toBe(Math.round((bar.w * v.hero.hp) / v.hero.maxHp));
    expect(fill.w).toBeLessThan(bar.w);
    // Every number is one the core dealt, bright on a thick black outline.
    const events = await t.page.evaluate(() => window.__game.events.filter((e) => e.type === 'damage').map((e) => e.type === 'damage' && { target: e.target, amount: e.amount }));
    const hero = v.numbers.filter((n) => n.side === 'hero' && n.kind !== 'miss');
    expect(hero.length).toBeGreaterThan(0);
    for (const n of v.numbers.filter((n) => n.kind === 'damage' || n.kind === 'critical')) {
      expect(events).toContainEqual({ target: n.target, amount: Number(n.text) });
      expect(n.stroke).toBe('#000000');
      expect(n.strokeThickness).toBeGreaterThanOrEqual(4);
      expect(n.font).toBeGreaterThanOrEqual(18);
    }
    // The hero's number is red, on the field below the status window, not over its HP and MP figures.
    expect(hero[0]!.color).toBe('#ff6b6b');
    expect(hero[0]!.rect.y).toBeGreaterThanOrEqual(v.status.y + v.status.h);
    // A monster's number is above its HP bar, not on the sprite's white flash.
    const foe = v.numbers.find((n) => n.side === 'enemy' && n.kind === 'damage')!;
    const king = v.enemies.find((e) => e.id === foe.target)!;
    expect(foe.color).toBe('#ffffff');
    expect(foe.rect.y + foe.rect.h).toBeLessThanOrEqual(king.bar.y);
    t.problems.assertClean();
  });

  it('does not shake the screen under prefers-reduced-motion: reduce', async () => {
    const context = await t.browser.newContext({ viewport: { width: 1280, height: 720 }, deviceScaleFactor: 1, reducedMotion: 'reduce' });
    try {
      const page = await context.newPage();
      const problems = collectProblems(page);
      await openTestGame(page, `?enemy=king-slime&seed=3&lang=en&${FAST}`);
      await playUntil(page, HERO_HIT);
      const v = (await page.evaluate(() => window.__game.view()))!;
      expect(v.reducedMotion).toBe(true);
      expect(v.shakes).toBe(0);
      // The hit is still shown: the HP bar went down and the number appeared.
      expect(v.hero.fill.w).toBeLessThan(v.hero.bar.w);
      problems.assertClean();
    } finally {
      await context.close();
    }
  });
});
