// Issue 15 through the real UI: a party battle (three status windows, whose turn in the command
// window), an item from どうぐ on an ally picked with a tap, a status effect shown on a window and
// the debugger's card, then the Interlude's level-up and a purchase in its shop. One page.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser, openGame } from './browser';
import { FAST, itemCentre, menu, waitMenu, waitScene } from './game';

declare const window: { __game: import('../../src/game/testing/game-api').GameApi };

/** Moves the cursor to `label` with the arrow keys (right in a grid, down in a list) and presses Enter. */
async function chooseByKeys(page: Page, label: string): Promise<void> {
  const m = (await menu(page))!;
  const target = m.items.findIndex((i) => i.label.startsWith(label));
  if (target < 0) throw new Error(`menu ${m.id} has no ${label}: ${m.items.map((i) => i.label).join(', ')}`);
  const grid = m.items.length > 1 && m.items[1]!.x !== m.items[0]!.x;
  for (let i = 0; i < m.items.length && (await menu(page))!.cursor !== target; i++) await page.keyboard.press(grid ? 'ArrowRight' : 'ArrowDown');
  await page.keyboard.press('Enter');
}

/** Each monster's effects are marked by its HP bar on the field, as its words say (the view report, not pixels); returns the marks. */
async function expectFieldMarks(page: Page): Promise<string[]> {
  const { enemies } = (await page.evaluate(() => window.__game.screen()))!;
  const kinds: string[] = [];
  for (const foe of (await page.evaluate(() => window.__game.view()))!.enemies) {
    const words = enemies.find((e) => e.id === foe.id)!.effects ?? [];
    expect(foe.marks.map((m) => m.kind), foe.id).toEqual(words.map((w) => ({ ねむり: 'sleep', どく: 'poison', ぼうぎょ: 'guard', asleep: 'sleep', poisoned: 'poison', guard: 'guard' })[w]));
    for (const m of foe.marks) {
      // Beside the bar, centred on it, at least 15 CSS px tall.
      expect(Math.abs(m.rect.y + m.rect.h / 2 - (foe.bar.y + foe.bar.h / 2))).toBeLessThanOrEqual(foe.bar.h);
      expect(m.rect.h).toBeGreaterThanOrEqual(15);
    }
    kinds.push(...foe.marks.map((m) => m.kind));
  }
  return kinds;
}

/** Who the open command window is for (its heading), from the battle's waiting member. */
const waiting = (page: Page) => page.evaluate(() => window.__game.snapshot()?.waitingFor ?? null);

describe('a party battle', () => {
  const t = useBrowser();

  it('uses an item on a tapped ally, shows a status effect, then levels up and buys in the shop', async () => {
    const page = t.page;
    await openGame(page, `?seed=3&lang=ja&floor=3&party=mage,priest&${FAST}`);
    await waitScene(page, 'Title');
    await page.keyboard.press('Enter');
    await waitMenu(page, 'command');
    // Three windows, the hero's turn in the accent colour and in the command window's title.
    const party = await page.evaluate(() => window.__game.screen()!.party!);
    expect(party.map((m) => m.id)).toEqual(['hero', 'mage', 'priest']);
    expect(party.map((m) => m.active)).toEqual([true, false, false]);
    expect((await menu(page))!.items.map((i) => i.label)).toEqual(['たたかう', 'じゅもん', 'ぼうぎょ', 'にげる', 'どうぐ']);

    // どうぐ → やくそう (with its count) → the ally by a tap, with もどる in each list.
    const herbs = (await page.evaluate(() => window.__game.bag())).yakusou!;
    await chooseByKeys(page, 'どうぐ');
    const items = await waitMenu(page, 'items');
    expect(items!.items.map((i) => i.label.split('  ')[0])).toEqual([`やくそう ×${herbs}`, expect.stringMatching(/^どくけしそう ×\d+$/), expect.stringMatching(/^まほうのせいすい ×\d+$/), 'もどる']);
    await chooseByKeys(page, 'やくそう');
    const allies = await waitMenu(page, 'target');
    expect(allies!.items.map((i) => i.label)).toEqual(['ゆうしゃ  HP 100/100', 'まほうつかい  HP 52/52', 'そうりょ  HP 68/68', 'もどる']);
    const at = await itemCentre(page, 'まほうつかい  HP 52/52');
    await page.mouse.click(at.x, at.y);
    await page.waitForFunction(() => window.__game.events.some((e) => e.type === 'item'), null, { timeout: 10_000, polling: 50 });
    expect(await page.evaluate(() => window.__game.events.find((e) => e.type === 'item'))).toMatchObject({ actor: 'hero', item: 'yakusou', target: 'mage', left: herbs - 1 });
    expect((await page.evaluate(() => window.__game.bag())).yakusou).toBe(herbs - 1);

    // Then play on: companions attack, the priest cures whoever is poisoned (キアリー on an ally).
    let poisonSeen = false;
    for (let turn = 0; turn < 80; turn++) {
      const state = await page.waitForFunction(() => {
        const g = window.__game;
        if (g.scene !== 'Battle') return g.scene;
        return g.menu()?.id === 'command' ? 'menu' : false;
      }, null, { timeout: 60_000, polling: 50 }).then((h) => h.jsonValue());
      if (state !== 'menu') break;
      const shown = await page.evaluate(() => window.__game.screen()!.party!);
      if (shown.some((m) => m.effects.includes('どく'))) poisonSeen = true;
      await expectFieldMarks(page);
      const poisoned = (await page.evaluate(() => window.__game.party())).find((m) => m.effects.poison && m.hp > 0);
      const actor = await waiting(page);
      if (actor === 'priest' && poisoned) {
        await chooseByKeys(page, 'じゅもん');
        await waitMenu(page, 'spell');
        await chooseByKeys(page, 'キアリー');
        await waitMenu(page, 'target');
        await chooseByKeys(page, (await menu(page))!.items.find((i) => i.label.startsWith(poisoned.kind === 'hero' ? 'ゆうしゃ' : poisoned.kind === 'mage' ? 'まほうつかい' : 'そうりょ'))!.label);
      } else {
        await chooseByKeys(page, 'たたかう');
        if ((await menu(page))?.id === 'target') await page.keyboard.press('Enter');
      }
      await page.waitForFunction((a) => window.__game.snapshot()?.waitingFor !== a || window.__game.scene !== 'Battle', actor, { timeout: 10_000, polling: 20 }).catch(() => {});
    }
    const events = await page.evaluate(() => window.__game.lastBattle!.events);
    // Seed 3: the バブルスライム poisons a member; its window said どく, and it was cured before the end.
    const poison = events.flatMap((e) => (e.type === 'effect' && e.effect === 'poison' ? [[e.target, e.on] as const] : []));
    expect(poison).toHaveLength(2);
    expect(['hero', 'mage', 'priest']).toContain(poison[0]![0]);
    expect(poison).toEqual([[poison[0]![0], true], [poison[0]![0], false]]);
    expect(poisonSeen).toBe(true);
    expect(events.some((e) => e.type === 'damage' && e.source === 'poison'), 'poison sent its damage before a turn').toBe(true);

    // The Interlude: the floor's rewards and the level-ups, then the shop, under the lines.
    await waitScene(page, 'Interlude');
    const lines = await page.evaluate(() => window.__game.sceneText());
    expect(lines[0]).toMatch(/^けいけんち \d+・\d+G を てにいれた$/);
    expect(lines.some((l) => /^ゆうしゃ レベル 2 に! HP\+\d+ MP\+\d+$/.test(l))).toBe(true);
    const before = (await page.evaluate(() => window.__game.adventure()))!;
    await waitMenu(page, 'interlude', 'Battle');
    await chooseByKeys(page, 'どうぐや');
    const shop = await waitMenu(page, 'shop', 'Battle');
    expect(shop!.items.map((i) => i.label.split('  ')[0])).toEqual(['やくそう', 'どくけしそう', 'まほうのせいすい', 'もどる']);
    const lastLine = await page.evaluate(() => window.__game.probe(`line-${window.__game.sceneText().length - 1}`));
    expect(shop!.items[0]!.y).toBeGreaterThan(lastLine!.y + lastLine!.h);
    await chooseByKeys(page, 'やくそう');
    await page.waitForFunction((gold) => (window.__game.adventure()?.gold ?? gold) < gold, before.gold, { timeout: 10_000, polling: 50 });
    const after = (await page.evaluate(() => window.__game.adventure()))!;
    expect(after.bag.yakusou).toBe(before.bag.yakusou! + 1);
    expect(after.gold).toBe(before.gold - 8);
    expect((await page.evaluate(() => window.__game.sceneText()))[0]).toBe(`やくそう を かった! のこり ${after.gold}G`);
    t.problems.assertClean();
  });

  it('marks a monster’s guard by its HP bar on the field while it lasts (the golem’s スカラ on itself)', async () => {
    const page = t.page;
    await openGame(page, `?enemy=golem&seed=1&lang=en&${FAST}`); // straight into the battle
    let marked = false;
    for (let turn = 0; turn < 12 && !marked; turn++) {
      const state = await page.waitForFunction(() => (window.__game.scene !== 'Battle' ? window.__game.scene : window.__game.menu()?.id === 'command' ? 'menu' : false), null, { timeout: 30_000, polling: 50 }).then((h) => h.jsonValue());
      if (state !== 'menu') break;
      marked = (await expectFieldMarks(page)).includes('guard');
      if (!marked) await chooseByKeys(page, 'Defend');
    }
    expect(marked, 'the golem cast Kabuff on itself and its guard was marked').toBe(true);
    expect(await page.evaluate(() => window.__game.events.some((e) => e.type === 'effect' && e.effect === 'guard' && e.on && e.target === 'golem'))).toBe(true);
    t.problems.assertClean();
  });
});
