// Share links, imported logs, saves and notices in the built game: a link copied by the overlay's
// own button opens that battle; a bad link, a failing storage or a confusing URL gets one notice
// in the player's language, placed clear of the logo, the subtitle and the debugger.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { deflateSync, strToU8 } from 'fflate';
import { main } from '../../src/cli/sim.ts';
import type { GameTestApi } from '../../src/game/testing/test-api';
import { bytesToBase64Url, MAX_LINK_CHARS } from '../../src/game/debug/log-link.ts';
import { openGame, saveScreenshot, useBrowser } from './browser';
import { FAST, waitMenu, waitScene } from './game';

declare const window: { __game: GameTestApi };

type Box = { x: number; y: number; w: number; h: number };
const PROGRESS_KEY = 'coroutine-quest.progress';
const link = (json: string) => `#log=2.${bytesToBase64Url(deflateSync(strToU8(json)))}`;
const overlayOpen = (page: Page) => page.locator('[data-overlay="debug"][data-open="true"]').count();

/** The notice boxes on screen, and the rectangles they must stay clear of. */
async function noticeLayout(page: Page) {
  return page.evaluate(() => {
    const box = (r: DOMRect) => ({ x: r.left, y: r.top, w: r.width, h: r.height });
    const panel = document.querySelector<HTMLElement>('.cq-debug-panel');
    const notices = [];
    for (let i = 0; window.__game.probe(`notice-${i}`) !== null; i++) notices.push(window.__game.probe(`notice-${i}`)!);
    return {
      notices,
      logo: window.__game.probe('logo'),
      subtitle: window.__game.probe('subtitle'),
      debugger: panel && !panel.hidden ? box(panel.getBoundingClientRect()) : null,
      menu: window.__game.scene === 'Title' ? window.__game.menu()?.items ?? [] : [],
    };
  });
}

const apart = (a: Box, b: Box | null) => b === null || a.x >= b.x + b.w || b.x >= a.x + a.w || a.y >= b.y + b.h || b.y >= a.y + a.h;

/** Waits for the notice layer, checks it covers nothing it must not, and keeps a screenshot. */
async function checkNoticePlacement(page: Page, name: string): Promise<void> {
  await page.waitForFunction(() => window.__game.probe('notice-0') !== null, null, { polling: 50 });
  await page.waitForTimeout(300); // one re-placement after the debugger or a font settled
  const at = await noticeLayout(page);
  expect(at.notices.length).toBeGreaterThan(0);
  for (const n of at.notices) {
    for (const other of [at.logo, at.subtitle, at.debugger, ...at.menu]) expect(apart(n, other), `${name}: notice ${JSON.stringify(n)} over ${JSON.stringify(other)}`).toBe(true);
  }
  await saveScreenshot(page, `notice-${name}`);
}

/** The input log the CLI writes with --save, for a finished battle. */
async function cliSave(args: string[]): Promise<string> {
  const file = join(mkdtempSync(join(tmpdir(), 'cq-save-')), 'save.json');
  const code = await main([...args, '--save', file], { out: () => {}, err: () => {} });
  expect(code).toBe(0);
  return readFileSync(file, 'utf8');
}

describe('share links', () => {
  const t = useBrowser();

  it('a link copied by the overlay opens that battle at its last step, with the debugger open', async () => {
    await t.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await openGame(t.page, `?enemy=king-slime&seed=11&lang=en&debug=1&${FAST}`);
    await waitScene(t.page, 'Battle');
    for (let i = 0; i < 2; i++) {
      expect(await waitMenu(t.page, 'command')).not.toBeNull();
      await t.page.keyboard.press('Enter');
      await t.page.waitForFunction(() => window.__game.menu()?.id !== 'command', null, { polling: 50 });
    }
    expect(await waitMenu(t.page, 'command')).not.toBeNull();
    const before = await t.page.evaluate(() => ({ events: JSON.stringify(window.__game.events), step: window.__game.snapshot()!.step }));
    await t.page.getByRole('button', { name: 'Copy share link' }).click();
    await t.page.waitForFunction(() => (document.querySelector<HTMLInputElement>('.cq-share-url')?.value ?? '') !== '', null, { polling: 50 });
    const copied = await t.page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await t.page.locator('.cq-share-url').inputValue());
    const hash = new URL(copied).hash;
    expect(hash).toMatch(/^#log=2\.[\w-]+$/);
    expect(hash.length - 1).toBeLessThanOrEqual(MAX_LINK_CHARS);

    await t.page.goto('about:blank');
    await openGame(t.page, copied.replace(/^https?:\/\/[^/]+\//, ''));
    await waitScene(t.page, 'Battle');
    expect(await waitMenu(t.page, 'command')).not.toBeNull();
    const after = await t.page.evaluate(() => ({ events: JSON.stringify(window.__game.events), step: window.__game.snapshot()!.step }));
    expect(after).toEqual(before);
    await t.page.waitForSelector('[data-overlay="debug"][data-open="true"]', { state: 'attached' });
    t.problems.assertClean();
  });

  it('a link too large, with a save to repair and a confusing URL, in Japanese: one notice each, the title screen', async () => {
    await t.context.addInitScript((key) => {
      if (!sessionStorage.getItem('seeded')) localStorage.setItem(key, JSON.stringify({ seed: 42, floor: 2, hp: 500, mp: 3 }));
      sessionStorage.setItem('seeded', '1');
    }, PROGRESS_KEY);
    await openGame(t.page, `?lang=ja&seed=1&seed=2&damage=8&speed=%E2%80%AE9#log=2.${'A'.repeat(MAX_LINK_CHARS)}`);
    await waitScene(t.page, 'Title');
    const seen = await t.page.evaluate((key) => ({
      notices: [...window.__game.notices],
      continue: window.__game.menu()?.items.find((i) => i.label === 'つづきから')?.enabled,
      stored: localStorage.getItem(key),
    }), PROGRESS_KEY);
    expect(seen.notices).toEqual([
      '?speed="9" は つかいません: 0.25〜4 の かず に してください',
      '?seed が 2 かい あります ("1", "2")。さいしょ の ものを つかいます',
      '?damage は つかいません: ?classic=1 の とき だけ です',
      `きょうゆう リンク が ながすぎます (${MAX_LINK_CHARS + 6} もじ。${MAX_LINK_CHARS} もじ まで)`,
      // Issue 15: the five-floor save is repaired as before, then migrated to save v2, and both are said.
      'ふるい セーブデータを あたらしい かたちに なおしました (パーティ・どうぐ・ゴールド つき)。セーブデータ を なおしました: シード 42 と 3 かい は そのまま。HP を 100 に しました (500 でした)',
    ]);
    expect(seen.continue).toBe(true);
    expect(JSON.parse(seen.stored!)).toMatchObject({ version: 2, seed: 42, floor: 2, party: [{ kind: 'hero', hp: 100, mp: 3 }, { kind: 'mage' }] });
    await checkNoticePlacement(t.page, 'title-ja-1280x720');
    t.problems.assertClean();
  });
});

describe('on a phone', () => {
  const t = useBrowser({ width: 360, height: 640 });

  it('a link naming an unknown monster, with a storage that throws on read: one notice each, nothing deleted', async () => {
    await t.context.addInitScript((key) => {
      localStorage.setItem(key, JSON.stringify({ seed: 7, floor: 1, hp: 50, mp: 5 }));
      const read = Storage.prototype.getItem;
      Storage.prototype.getItem = function (k: string) {
        if (k === key) throw new DOMException('The operation is insecure.', 'SecurityError');
        return read.call(this, k);
      };
      (window as unknown as { __read: typeof read }).__read = read;
    }, PROGRESS_KEY);
    const hash = link(JSON.stringify({ version: 2, mode: 'battle', seed: 1, party: [{ kind: 'hero' }], enemies: ['dragon'], commands: [] }));
    await openGame(t.page, `?lang=en${hash}`);
    await waitScene(t.page, 'Title');
    const seen = await t.page.evaluate((key) => ({
      notices: [...window.__game.notices],
      continue: window.__game.menu()?.items.find((i) => i.label === 'Continue')?.enabled,
      stored: (window as unknown as { __read: (this: Storage, k: string) => string | null }).__read.call(localStorage, key),
    }), PROGRESS_KEY);
    expect(seen.notices).toEqual([
      'the shared link: the log names a monster this game does not have: "dragon"',
      'The save could not be read (The operation is insecure.); it was left as it is',
    ]);
    expect(seen.continue).toBe(false);
    expect(JSON.parse(seen.stored!)).toEqual({ seed: 7, floor: 1, hp: 50, mp: 5 });
    await checkNoticePlacement(t.page, 'title-en-360x640');
    t.problems.assertClean();
  });

  it('a notice in a battle stays clear of the debugger strip; ?classic=1 with ?enemy is named', async () => {
    await openGame(t.page, `?classic=1&enemy=bat&lang=ja&debug=1&${FAST}`);
    await waitScene(t.page, 'Classic');
    await t.page.waitForSelector('.cq-debug-panel');
    expect(await t.page.evaluate(() => [...window.__game.notices])).toEqual(['?enemy は つかいません: クラシック (?classic=1) の メンバー は きまっています']);
    await checkNoticePlacement(t.page, 'classic-debugger-ja-360x640');
    t.problems.assertClean();
  });
});

describe('imported logs', () => {
  const t = useBrowser();

  it('a finished CLI --save log, battle or classic, opens at its end with the overlay instead of Result', async () => {
    const battle = await cliSave(['--seed', '5', '--enemy', 'slime']);
    const classic = await cliSave(['--classic', '--seed', '3']);
    await openGame(t.page, `?enemy=bat&seed=2&lang=ja&debug=1&${FAST}`);
    await waitScene(t.page, 'Battle');
    await t.page.waitForSelector('.cq-file');
    for (const [name, text] of [['battle.json', battle], ['classic.json', classic]] as const) {
      await t.page.setInputFiles('.cq-file', { name, mimeType: 'application/json', buffer: Buffer.from(text) });
      await t.page.waitForFunction(() => window.__game.snapshot()?.outcome != null, null, { polling: 50 });
      await t.page.waitForTimeout(1500); // a battle that ended would be on Result by now
      const shown = await t.page.evaluate(() => ({ scene: window.__game.scene, seed: window.__game.snapshot()!.seed, status: document.querySelector('.cq-status')?.textContent }));
      expect(shown).toMatchObject({ scene: 'Battle', seed: JSON.parse(text).seed });
      expect(shown.status).not.toMatch(/こわれ|よめません/);
      expect(await overlayOpen(t.page)).toBe(1);
    }
    await t.page.locator('#game canvas').focus();
    await t.page.keyboard.press('Enter');
    await waitScene(t.page, 'Title');
    t.problems.assertClean();
  });
});

describe('saves', () => {
  const t = useBrowser();

  it('a storage that refuses to write: one notice, and the adventure goes on', async () => {
    await t.context.addInitScript(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await openGame(t.page, `?lang=en&seed=5&${FAST}`);
    await waitScene(t.page, 'Title');
    await t.page.keyboard.press('Enter');
    await waitScene(t.page, 'Battle');
    expect(await waitMenu(t.page, 'command')).not.toBeNull();
    const notices = await t.page.evaluate(() => window.__game.notices.filter((n) => /could not be saved/.test(n)));
    expect(notices).toEqual(['The adventure could not be saved (storage is full or turned off); it lasts until this page is closed']);
    await checkNoticePlacement(t.page, 'battle-en-1280x720');
    t.problems.assertClean();
  });
});
