import { describe, expect, it } from 'vitest';
import { replay, startBattle } from '../../src/core/replay';
import { useBrowser, openGame } from './browser';
import { FAST, itemCentre, nodeRoster, playToResult, waitScene } from './game';

declare const window: { __game: import('../../src/game/testing/game-api').GameApi };

/** The last battle's log and events, and the headless core's events for the same log. */
async function compareWithHeadless(page: import('playwright-core').Page) {
  // The production build keeps the events, not their JSON: encode them in the page, as the test build would.
  const last = await page.evaluate(() => {
    const b = window.__game.lastBattle;
    return b && { log: b.log, eventsJson: JSON.stringify(b.events) };
  });
  expect(last).not.toBeNull();
  const headless = replay(last!.log, await nodeRoster());
  expect(JSON.parse(last!.eventsJson)).toEqual(JSON.parse(JSON.stringify(headless.events)));
  return headless;
}

describe('playing a battle', () => {
  const t = useBrowser();

  it('keyboard only: Title → boss battle → Result, with the same event log as the headless core', async () => {
    const page = t.page;
    await openGame(page, `?seed=7&floor=8&hp=40&lang=ja&${FAST}`); // issue 15: the King Slime is on floor 8 of 8
    await waitScene(page, 'Title');
    await page.keyboard.press('Enter'); // はじめから
    await waitScene(page, 'Battle');
    // Attack every turn: the cursor starts on たたかう, so Enter is the whole plan.
    await playToResult(page, () => page.keyboard.press('Enter'));
    const result = await page.evaluate(() => window.__game.result);
    expect(['victory', 'defeat']).toContain(result?.outcome);
    const headless = await compareWithHeadless(page);
    expect(headless.outcome).toBe(result?.outcome);
    const log = await page.evaluate(() => window.__game.lastBattle!.log);
    expect(log.mode === 'battle' && log.commands.length).toBeGreaterThan(1);
    t.problems.assertClean();
  });

  it('wins a fight against a slime', async () => {
    await openGame(t.page, `?enemy=slime&seed=11&${FAST}`);
    await waitScene(t.page, 'Battle');
    await playToResult(t.page, () => t.page.keyboard.press('Enter'));
    expect(await t.page.evaluate(() => window.__game.result?.outcome)).toBe('victory');
    await compareWithHeadless(t.page);
    t.problems.assertClean();
  });

  it('loses a fight: a hero with 5 HP against the King Slime', async () => {
    await openGame(t.page, `?enemy=king-slime&hp=5&seed=2&${FAST}`);
    await waitScene(t.page, 'Battle');
    await playToResult(t.page, () => t.page.keyboard.press('Enter'));
    expect(await t.page.evaluate(() => window.__game.result?.outcome)).toBe('defeat');
    await compareWithHeadless(t.page);
    t.problems.assertClean();
  });

  it('flees successfully', async () => {
    // A seed whose first flee works, found with the headless core.
    const roster = await nodeRoster();
    let seed = 0;
    for (; seed < 100; seed++) {
      const b = startBattle({ version: 1, mode: 'battle', seed, party: [{ kind: 'hero' }], enemies: ['slime'], commands: [] }, roster);
      b.stepTurn();
      b.submit({ kind: 'flee' });
      b.stepTurn();
      if (b.outcome === 'fled') break;
    }
    await openGame(t.page, `?enemy=slime&seed=${seed}&${FAST}`);
    await waitScene(t.page, 'Battle');
    await playToResult(t.page, async () => {
      // にげる is bottom-right of the 2×2 command grid.
      await t.page.keyboard.press('ArrowDown');
      await t.page.keyboard.press('ArrowRight');
      await t.page.keyboard.press('Enter');
    });
    expect(await t.page.evaluate(() => window.__game.result?.outcome)).toBe('fled');
    await compareWithHeadless(t.page);
    t.problems.assertClean();
  });

  it('two key presses within one frame move the cursor once each', async () => {
    await openGame(t.page, `?enemy=slime&seed=1&${FAST}`);
    await waitScene(t.page, 'Battle');
    await t.page.waitForFunction(() => window.__game.menu()?.id === 'command', null, { timeout: 60_000 });
    // Down then Right, pressed and released in one task (so in one frame): にげる, bottom-right of the grid.
    const cursors = await t.page.evaluate(() => {
      const fire = (type: string, code: string, keyCode: number) => (globalThis as unknown as EventTarget).dispatchEvent(new KeyboardEvent(type, { code, key: code, keyCode, bubbles: true } as KeyboardEventInit));
      const seen = [window.__game.menu()!.cursor];
      fire('keydown', 'ArrowDown', 40);
      fire('keyup', 'ArrowDown', 40);
      seen.push(window.__game.menu()!.cursor);
      fire('keydown', 'ArrowRight', 39);
      fire('keyup', 'ArrowRight', 39);
      seen.push(window.__game.menu()!.cursor);
      return seen;
    });
    expect(cursors).toEqual([0, 2, 3]);
    t.problems.assertClean();
  });

  it('mouse only: clicks reach the Result screen', async () => {
    await openGame(t.page, `?enemy=slime&seed=5&${FAST}`);
    await waitScene(t.page, 'Battle');
    await playToResult(t.page, async () => {
      const at = await itemCentre(t.page, 0);
      await t.page.mouse.click(at.x, at.y);
    });
    expect(await t.page.evaluate(() => window.__game.result?.outcome)).toBe('victory');
    // And a click on "New battle" starts another fight.
    const at = await itemCentre(t.page, 1);
    await t.page.mouse.click(at.x, at.y);
    await waitScene(t.page, 'Battle');
    t.problems.assertClean();
  });
});

describe('touch', () => {
  const t = useBrowser({ width: 360, height: 640 }, { touch: true });

  it('touch only: taps reach the Result screen on a portrait phone', async () => {
    const page = t.page;
    await openGame(page, `?enemy=slime&seed=5&lang=en&${FAST}`);
    await waitScene(page, 'Battle');
    await playToResult(page, async () => {
      const at = await itemCentre(page, 0);
      await page.touchscreen.tap(at.x, at.y);
    });
    expect(await page.evaluate(() => window.__game.result?.outcome)).toBe('victory');
    const back = await itemCentre(page, 'Title');
    await page.touchscreen.tap(back.x, back.y);
    await waitScene(page, 'Title');
    t.problems.assertClean();
  });
});
