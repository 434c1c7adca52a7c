// Issue 14, pacing and flow: fleeing keeps the adventure, the save is only replaced by a choice
// that says so, touch players always have a way out of a sub-menu, the battle speed setting and
// fast-forward, and the texts of the quiet screens. One page per viewport where the tests allow.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser, openGame } from './browser';
import { FAST, itemCentre, menu, waitMenu, waitScene } from './game';

declare const window: { __game: import('../../src/game/testing/game-api').GameApi };
declare const localStorage: Storage;

const PROGRESS_KEY = 'coroutine-quest.progress';

const save = (page: Page) => page.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? 'null'), PROGRESS_KEY);

/** Answers every command window with `answer` until the scene is one of `scenes`. */
async function playUntil(page: Page, scenes: readonly string[], answer: () => Promise<void>): Promise<string> {
  for (let i = 0; i < 200; i++) {
    const handle = await page.waitForFunction((ends) => {
      const g = window.__game;
      if (ends.includes(g.scene)) return g.scene;
      return g.scene === 'Battle' && g.menu()?.id === 'command' ? 'menu' : false;
    }, scenes, { timeout: 60_000, polling: 50 });
    const got = (await handle.jsonValue()) as string;
    if (got !== 'menu') return got;
    await answer();
    await page.waitForFunction(() => window.__game.menu()?.id !== 'command', null, { timeout: 10_000, polling: 20 }).catch(() => {});
  }
  throw new Error('no end after 200 commands');
}

/** The quiet screens' texts (Interlude, Result), top to bottom, and the hint under the menu. */
async function screenTexts(page: Page): Promise<{ lines: string[]; hint: string | null }> {
  return page.evaluate(() => {
    const lines: string[] = [];
    for (let i = 0, p = window.__game.probe('line-0'); p; p = window.__game.probe(`line-${++i}`)) lines.push(p.text);
    return { lines, hint: window.__game.probe('hint')?.text ?? null };
  });
}

/** にげる/Flee is bottom-right of the 2×2 command grid; the cursor stays where it was last turn. */
const flee = async (page: Page) => {
  const cursor = (await menu(page))?.cursor ?? 0;
  if (cursor < 2) await page.keyboard.press('ArrowDown');
  if (cursor % 2 === 0) await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
};

describe('fleeing, defeat and the save', () => {
  const t = useBrowser();

  it('a flee goes to the Interlude and retries the floor; a defeat offers a retry and leaves the save alone', async () => {
    const page = t.page;
    await openGame(page, `?seed=3&lang=en&${FAST}`);
    await waitScene(page, 'Title');
    await page.keyboard.press('Enter'); // Start
    await waitScene(page, 'Battle');
    expect(await playUntil(page, ['Interlude', 'Result'], () => flee(page))).toBe('Interlude');
    // Same floor, one more try; the HP and MP the hero got away with.
    const fled = await save(page);
    expect(fled).toMatchObject({ seed: 3, floor: 0, attempt: 1 });
    // The Interlude says where the hero is, what waits there, what they carry and the run so far.
    // (Issue 15: 8 floors, a save v2 with a party, and the purse and bag on their own line.)
    const [hero] = fled.party;
    const bag = [['yakusou', 'Medicinal Herb'], ['dokukeshi', 'Antidote'], ['seisui', 'Magic Water']].filter(([id]) => fled.bag[id!] > 0).map(([id, name]) => `${name} ×${fled.bag[id!]}`).join(', ');
    expect(await screenTexts(page)).toEqual({
      lines: ['Got away! Still on this floor', 'Floor 1 of 8', 'Ahead: Slime ×2', `Hero Lv1  HP ${hero.hp}/100  MP ${hero.mp}/30`, `${fled.gold}G  ${bag}`,
        `So far: 1 battle, ${fled.tally.turns} turns`, `Damage dealt ${fled.tally.dealt}, taken ${fled.tally.taken}`, 'Seed: 3'],
      hint: 'A new battle on this floor; fleeing never skips a floor',
    });
    const interlude = await menu(page);
    expect(interlude?.items.map((i) => i.label)).toEqual(['Try this floor again', 'Item shop', 'Title']);
    await page.keyboard.press('Enter');
    await waitScene(page, 'Battle');
    const snap = await page.evaluate(() => window.__game.snapshot());
    expect(snap?.combatants.filter((c) => c.side === 'enemy').map((c) => c.kind)).toEqual(['slime', 'slime']);
    // A new battle there, not the same one again.
    expect(snap?.seed).not.toBe(await page.evaluate(() => window.__game.lastBattle?.snapshot.seed));

    // Floor 6 (four monsters; issue 15's v1 floor 4) with the hero alone at 5 HP, from a save (v2) with three battles behind it: a defeat.
    const saved = { version: 2, seed: 2, floor: 5, party: [{ kind: 'hero', hp: 5, mp: 0, level: 1, exp: 0 }], gold: 0, bag: { yakusou: 0, dokukeshi: 0, seisui: 0 }, tally: { battles: 3, turns: 14, dealt: 120, taken: 40 } };
    await page.evaluate(([k, v]) => localStorage.setItem(k, v), [PROGRESS_KEY, JSON.stringify(saved)] as const);
    await openGame(page, `?lang=en&${FAST}`);
    await waitScene(page, 'Title');
    const at = await itemCentre(page, 'Continue');
    await page.mouse.click(at.x, at.y);
    await waitScene(page, 'Interlude');
    await page.keyboard.press('Enter');
    await waitScene(page, 'Battle');
    // Attack, and the first target when there is a choice (the second Enter lands on the target menu).
    const attack = async () => {
      await page.keyboard.press('Enter');
      await page.keyboard.press('Enter');
    };
    expect(await playUntil(page, ['Result', 'Interlude'], attack)).toBe('Result');
    expect(await page.evaluate(() => window.__game.result?.outcome)).toBe('defeat');
    // English lists: commas, one "and".
    expect((await page.evaluate(() => window.__game.messages))[0]).toBe('Metal Slime, Healslime, Ghost and Dracky appear!');
    // The Result counts the whole adventure's turns, not only the last battle's.
    const lastTurns = await page.evaluate(() => window.__game.lastBattle!.snapshot.turn);
    expect(await page.evaluate(() => window.__game.result?.turns)).toBe(14 + lastTurns);
    // The Result sums up the whole adventure, the three battles of the save and this one.
    const { lines, hint } = await screenTexts(page);
    expect(lines.slice(0, 3)).toEqual(['Defeat…', 'Floors cleared: 5 of 8', `Turns in all: ${14 + lastTurns} (4 battles)`]);
    const [, dealt, taken] = /^Damage dealt (\d+), taken (\d+)$/.exec(lines[3] ?? '') ?? [];
    expect(Number(dealt)).toBeGreaterThanOrEqual(120);
    expect(Number(taken)).toBeGreaterThan(40); // the last blow at least
    expect(lines.slice(4)).toEqual(['Seed: 2']);
    expect(hint).toBe('A new battle with the HP and MP you came in with; the save is kept');
    const result = await menu(page);
    expect(result?.cursor).toBe(0);
    expect(result?.items.map((i) => i.label)).toEqual(['Retry floor 6', 'New adventure (erases save)', 'Title']);
    expect(await save(page)).toEqual(saved);
    await page.keyboard.press('Enter'); // the default: retry, which says nothing about the save
    await waitScene(page, 'Battle');
    const foes = await page.evaluate(() => window.__game.snapshot()?.combatants.filter((c) => c.side === 'enemy').map((c) => c.kind));
    expect(foes).toEqual(['metal-slime', 'healslime', 'ghost', 'bat']);
    expect(await save(page)).toEqual(saved);
    t.problems.assertClean();
  });
});

describe('battle speed', () => {
  const t = useBrowser();

  it('is a setting that survives a reload, Classic uses it, and holding Shift fast-forwards a battle', async () => {
    const page = t.page;
    // Frames drawn while the battle plays on its own (no command window waiting for this test),
    // counted by the page itself: the measure of how long a battle takes on screen.
    await page.addInitScript(() => {
      const w = window as unknown as { __frames: number; __game?: { scene: string; menu(): unknown } };
      w.__frames = 0;
      const tick = () => {
        if (w.__game?.scene === 'Battle' && !w.__game.menu()) w.__frames++;
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    const click = async (label: string) => {
      const at = await itemCentre(page, label);
      await page.mouse.click(at.x, at.y);
    };
    await openGame(page, '?lang=en');
    await waitScene(page, 'Title');
    expect(await page.evaluate(() => window.__game.pace())).toEqual({ setting: 1, fastForward: false });
    await click('Settings');
    await waitMenu(page, 'settings', 'Battle');
    // The Settings window opens below the line under the logo, not across it.
    const tagline = await page.evaluate(() => window.__game.probe('tagline'));
    expect((await menu(page))!.items[0]!.y - 16).toBeGreaterThan(tagline!.y + tagline!.h);
    await click('Battle speed: 1×');
    await click('Battle speed: 1.5×');
    expect((await menu(page))?.items.map((i) => i.label)).toContain('Battle speed: 2×');
    await openGame(page, '?lang=en'); // a reload
    await waitScene(page, 'Title');
    expect(await page.evaluate(() => window.__game.pace().setting)).toBe(2);
    await click('Settings');
    await waitMenu(page, 'settings', 'Battle');
    expect((await menu(page))?.items.map((i) => i.label)).toContain('Battle speed: 2×');

    await openGame(page, '?classic=1&lang=en');
    await waitScene(page, 'Classic');
    expect(await page.evaluate(() => window.__game.control()?.speed)).toBe(2);

    /** One battle, attacking every turn: the frames it took and the lines it showed. */
    const battle = async (hold: boolean) => {
      await openGame(page, '?enemy=slime&seed=11&lang=en');
      await waitScene(page, 'Battle');
      const start = await page.evaluate(() => (window as unknown as { __frames: number }).__frames);
      if (hold) await page.keyboard.down('Shift');
      const seen: { speed?: number; fastForward: boolean }[] = [];
      await playUntil(page, ['Result'], async () => {
        seen.push(await page.evaluate(() => ({ speed: window.__game.control()?.speed, fastForward: window.__game.pace().fastForward })));
        await page.keyboard.press('Enter');
      });
      const frames = await page.evaluate(() => (window as unknown as { __frames: number }).__frames) - start;
      if (hold) await page.keyboard.up('Shift');
      return { frames, seen, lines: await page.evaluate(() => [...window.__game.messages]) };
    };
    const normal = await battle(false);
    const fast = await battle(true);
    expect(normal.seen.every((s) => s.speed === 2 && !s.fastForward)).toBe(true);
    expect(fast.seen.every((s) => s.speed === 4 && s.fastForward)).toBe(true);
    // The same battle, every line shown, in a fraction of the frames (about 0.15 of them under
    // SwiftShader: each line shows whole and holds one frame, and the animations run 4× faster).
    expect(fast.lines).toEqual(normal.lines);
    expect(fast.frames).toBeLessThan(normal.frames * 0.4);
    expect(await page.evaluate(() => window.__game.pace().fastForward)).toBe(false);
    t.problems.assertClean();
  });
});

describe('touch', () => {
  const t = useBrowser({ width: 360, height: 640 }, { touch: true });

  it('sub-menus have a way back, a greyed spell says why, spells show cost and effect, targets are ≥ 44 px', async () => {
    const page = t.page;
    // Floor 2 (two monsters, so attacking asks for a target) with 1 MP: every spell is out of reach.
    await page.addInitScript((k) => localStorage.setItem(k, JSON.stringify({ seed: 5, floor: 1, hp: 90, mp: 1 })), PROGRESS_KEY);
    await openGame(page, `?lang=ja&seed=abc&${FAST}`);
    await waitScene(page, 'Title');
    // A URL notice: in Japanese, clear of the logo's lines and of the keys help.
    const probes = await page.evaluate(() => ['notice-0', 'logo', 'subtitle', 'tagline', 'controls'].map((n) => window.__game.probe(n)));
    const [notice, ...others] = probes;
    expect(notice?.text).toContain('つかいません');
    for (const o of others) {
      expect(o).not.toBeNull();
      const apart = notice!.y >= o!.y + o!.h || o!.y >= notice!.y + notice!.h || notice!.x >= o!.x + o!.w || o!.x >= notice!.x + notice!.w;
      expect(apart, `notice overlaps ${o!.text}`).toBe(true);
    }
    const tap = async (label: string | number) => {
      const at = await itemCentre(page, label);
      await page.touchscreen.tap(at.x, at.y);
    };
    await tap('つづきから');
    await waitScene(page, 'Interlude');
    // In Japanese too, and on a phone's width: the floor and its monsters, each on one line.
    const interlude = await screenTexts(page);
    // (Issue 15: the v1 save is migrated, the hero at the level a player would have by floor 2.)
    expect(interlude.lines.slice(0, 3)).toEqual(['フロア 2 / 8', 'てき: スライム、ドラキー ×2', 'ゆうしゃ Lv2  HP 90/109  MP 1/32']);
    for (const name of ['line-0', 'line-1', 'line-2']) {
      const p = await page.evaluate((n) => window.__game.probe(n), name);
      expect(p!.x).toBeGreaterThanOrEqual(0);
      expect(p!.x + p!.w).toBeLessThanOrEqual(360);
      expect(p!.h).toBeLessThan(p!.font * 2); // one line, not wrapped
    }
    await tap(0);
    const command = await waitMenu(page, 'command', 'Result');
    const tall = (m: Awaited<ReturnType<typeof menu>>) => m!.items.map((i) => i.h);
    expect(Math.min(...tall(command))).toBeGreaterThanOrEqual(44);

    await tap('じゅもん');
    const spells = await waitMenu(page, 'spell', 'Result');
    expect(spells!.items.map((i) => [i.label, i.enabled])).toEqual([
      ['ホイミ  3MP・HPを かいふく', false],
      ['ギラ  5MP・てき ぜんいんに ダメージ', false],
      ['もどる', true],
    ]);
    expect(Math.min(...tall(spells))).toBeGreaterThanOrEqual(44);
    await tap(0); // greyed: says why, and stays open
    await page.waitForFunction(() => window.__game.menu()?.note === 'MPが たりない!', null, { timeout: 5000, polling: 50 });
    expect((await menu(page))?.id).toBe('spell');
    await tap('もどる');
    await waitMenu(page, 'command', 'Result');

    await tap('たたかう');
    const targets = await waitMenu(page, 'target', 'Result');
    expect(targets!.items.at(-1)).toMatchObject({ label: 'もどる', enabled: true });
    expect(Math.min(...tall(targets))).toBeGreaterThanOrEqual(44);
    await tap('もどる');
    expect((await waitMenu(page, 'command', 'Result'))?.id).toBe('command');
    t.problems.assertClean();
  });
});
