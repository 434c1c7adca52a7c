import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import manifest from '../../assets/audio/manifest.json';
import { soundFor } from '../../src/game/audio/sound-map';
import type { BattleEvent } from '../../src/core/events';
import { openGame, useBrowser } from './browser';
import { FAST, playToResult, waitScene } from './game';

declare const window: { __game: import('../../src/game/testing/test-api').GameTestApi } & Window;

const MENU_SOUNDS = new Set(['menu-move', 'confirm']);

/** Attacks the first living enemy through the test API (no menu keys, so no menu sounds). */
async function attack(page: Page): Promise<void> {
  await page.evaluate(() => {
    const foe = window.__game.snapshot()?.combatants.find((c) => c.side === 'enemy' && c.hp > 0);
    window.__game.sendCommand({ kind: 'attack', target: foe?.id });
  });
}

async function audioState(page: Page) {
  return page.evaluate(() => window.__game.audio);
}

describe('sound', () => {
  const t = useBrowser();

  it('a seeded battle plays the sound of each core event, in order, through the one table', async () => {
    await openGame(t.page, `?enemy=slime&seed=11&${FAST}`);
    await waitScene(t.page, 'Battle');
    // Autoplay is allowed by flag, so the context runs at once; wait for the loop to be loaded and started.
    await t.page.waitForFunction(() => window.__game.audio.played.includes('bgm-battle'), null, { timeout: 20_000, polling: 50 });
    expect(await audioState(t.page)).toMatchObject({ unlocked: true, muted: false, failed: [], music: 'bgm-battle' });

    await playToResult(t.page, () => attack(t.page));
    expect(await t.page.evaluate(() => window.__game.result?.outcome)).toBe('victory');

    const events = JSON.parse((await t.page.evaluate(() => window.__game.lastBattle!.eventsJson))) as BattleEvent[];
    const expected = events.map((e) => soundFor(e)).filter((id): id is NonNullable<typeof id> => id !== null);
    const { played, music } = await audioState(t.page);
    // The battle loop is the scene's choice, not an event's; everything else comes from the table.
    const heard = played.filter((id) => !id.startsWith('bgm-') && !MENU_SOUNDS.has(id));
    expect(expected).toContain('attack');
    expect(expected).toContain('hit-enemy');
    expect(expected).toContain('hit-hero');
    expect(expected.at(-1)).toBe('jingle-victory');
    expect(heard).toEqual(expected);
    expect(music).toBe('jingle-victory');
    t.problems.assertClean();
  });

  it('every bundled audio file is fetched by the game and decodes', async () => {
    await openGame(t.page, `?${FAST}`);
    await waitScene(t.page, 'Title');
    await t.page.waitForFunction(() => window.__game.audio.played.includes('bgm-title'), null, { timeout: 20_000, polling: 50 });
    const decoded = await t.page.evaluate(async () => {
      const urls = [...new Set(performance.getEntriesByType('resource').map((e) => e.name).filter((u) => /\.wav(\?|$)/.test(u)))];
      const ctx = new AudioContext();
      const out: { file: string; duration: number; channels: number }[] = [];
      for (const url of urls) {
        const buffer = await ctx.decodeAudioData(await (await fetch(url)).arrayBuffer());
        out.push({ file: new URL(url).pathname.split('/').pop()!, duration: buffer.duration, channels: buffer.numberOfChannels });
      }
      await ctx.close();
      return out;
    });
    const entries = Object.values(manifest);
    expect(decoded).toHaveLength(entries.length);
    for (const entry of entries) {
      const stem = entry.file.replace(/\.wav$/, '');
      // Vite adds a content hash: name-HASH.wav
      const got = decoded.find((d) => d.file === entry.file || d.file.startsWith(`${stem}-`) && d.file.slice(stem.length + 1).match(/^[\w-]{6,}\.wav$/));
      expect(got, entry.file).toBeDefined();
      expect(got!.channels).toBe(1);
      expect(got!.duration).toBeCloseTo(entry.duration, 1);
    }
    expect((await audioState(t.page)).failed).toEqual([]);
    t.problems.assertClean();
  });

  it('M mutes, the speaker shows it, and both survive a reload', async () => {
    await openGame(t.page, `?${FAST}`);
    await waitScene(t.page, 'Title');
    let state = await audioState(t.page);
    expect(state.muted).toBe(false);
    expect(state.speaker?.icon).toBe('icon-speaker-on');

    await t.page.keyboard.press('m');
    state = await audioState(t.page);
    expect(state.muted).toBe(true);
    expect(state.speaker?.icon).toBe('icon-speaker-off');
    // A muted menu makes no sound.
    const before = state.played.length;
    await t.page.keyboard.press('ArrowDown');
    expect((await audioState(t.page)).played.slice(before).filter((id) => MENU_SOUNDS.has(id))).toEqual([]);

    await t.page.reload();
    await t.page.waitForFunction(() => window.__game?.ready && window.__game.scene === 'Title', null, { timeout: 60_000 });
    state = await audioState(t.page);
    expect(state.muted).toBe(true);
    expect(state.speaker?.icon).toBe('icon-speaker-off');

    // The on-screen button turns it back on (and the click does not reach the menu).
    const s = state.speaker!;
    await t.page.mouse.click(s.x + s.w / 2, s.y + s.h / 2);
    state = await audioState(t.page);
    expect(state.muted).toBe(false);
    expect(state.speaker?.icon).toBe('icon-speaker-on');
    expect(await t.page.evaluate(() => window.__game.scene)).toBe('Title');
    await t.page.keyboard.press('ArrowDown');
    await t.page.waitForFunction(() => window.__game.audio.played.includes('menu-move'), null, { timeout: 5000, polling: 50 });
    t.problems.assertClean();
  });

  it('with every audio file missing (404) the game still reaches Result, with one notice and no console error', async () => {
    await t.page.route('**/*.wav', (route) => route.fulfill({ status: 404, body: '' }));
    // seed 14: the slime falls to the first blow (found with the headless core), so this stays quick.
    await openGame(t.page, `?enemy=slime&seed=14&lang=en&${FAST}`);
    await waitScene(t.page, 'Battle');
    await t.page.waitForFunction(() => window.__game.audio.failed.length >= 20, null, { timeout: 20_000, polling: 50 });
    await playToResult(t.page, () => attack(t.page));
    expect(await t.page.evaluate(() => window.__game.result?.outcome)).toBe('victory');

    const state = await audioState(t.page);
    expect(state.failed).toHaveLength(Object.keys(manifest).length);
    expect(state.played).toEqual([]);
    const notices = await t.page.evaluate(() => window.__game.notices);
    expect(notices.filter((n) => /sound/i.test(n))).toHaveLength(1);
    // The 404s themselves are what this test asks for: only they, and Chromium's own line for
    // each of them, are allowed. Nothing from the game.
    const others = t.problems.problems.filter((p) => !/^HTTP 404: .*\.wav$/.test(p) && !/^console\.error: Failed to load resource: .*404/.test(p));
    expect(others).toEqual([]);
    expect(t.problems.problems.filter((p) => p.startsWith('HTTP 404')).length).toBeGreaterThan(0);
  });
});
