import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { openGame, saveScreenshot, useBrowser } from './browser';
import { FAST, waitMenu, waitScene } from './game';

declare const window: { __game: import('../../src/game/testing/game-api').GameApi };

/** Pixels brighter than mid-grey inside a rectangle of a PNG. */
function litPixels(png: PNG, r: { x: number; y: number; w: number; h: number }): number {
  let lit = 0;
  for (let y = Math.floor(r.y); y < Math.ceil(r.y + r.h); y++) {
    for (let x = Math.floor(r.x); x < Math.ceil(r.x + r.w); x++) {
      const i = (y * png.width + x) * 4;
      // The same rule as the page's reference count below (red above half): the name may be white or
      // the accent yellow, and a sum of all three channels would count yellow's anti-aliased edge differently.
      if (png.data[i]! > 128) lit++;
    }
  }
  return lit;
}

describe('boot and rendering', () => {
  const t = useBrowser();

  it('the production build: window.__game is frozen, read-only getters, with no member that drives the game', async () => {
    await openGame(t.page, `?enemy=slime&seed=3&lang=en&${FAST}`);
    await waitScene(t.page, 'Battle');
    const api = await t.page.evaluate(() => {
      const g = window.__game as unknown as Record<string, unknown>;
      const descriptors = Object.getOwnPropertyDescriptors(g);
      const writable = Object.entries(descriptors).filter(([, d]) => d.set !== undefined || d.writable === true && typeof d.value !== 'function').map(([k]) => k);
      let assigned = 'refused';
      try {
        (g as { scene: string }).scene = 'Hacked';
        if (g.scene === 'Hacked') assigned = 'took';
      } catch {
        assigned = 'threw';
      }
      return { keys: Object.keys(g).sort(), frozen: Object.isFrozen(g), writable, assigned, scene: g.scene };
    });
    expect(api.frozen).toBe(true);
    expect(api.writable).toEqual([]);
    expect(api.assigned).not.toBe('took');
    expect(api.scene).toBe('Battle');
    for (const mutator of ['session', 'sendCommand', 'setSpeed', 'eventsJson', 'bench']) expect(api.keys).not.toContain(mutator);
    expect(api.keys).toEqual(expect.arrayContaining(['scene', 'menu', 'snapshot', 'events', 'notices', 'lastBattle', 'audio']));
    t.problems.assertClean();
  });

  it('draws the title, then a battle whose Japanese text is DotGothic16, not tofu', async () => {
    await openGame(t.page, `?lang=ja&${FAST}`);
    expect(await t.page.title()).toContain('Coroutine Quest');
    await waitScene(t.page, 'Title');
    expect(await t.page.evaluate(() => window.__game.menu()?.items.map((i) => i.label))).toContain('はじめから');

    await openGame(t.page, `?enemy=slime&seed=3&lang=ja&${FAST}`);
    await waitScene(t.page, 'Battle');
    await waitMenu(t.page, 'command');
    const png = PNG.sync.read(await saveScreenshot(t.page, 'battle-ja'));
    const colours = new Set<number>();
    for (let i = 0; i < png.data.length; i += 4 * 97) colours.add((png.data[i]! << 16) | (png.data[i + 1]! << 8) | png.data[i + 2]!);
    expect(colours.size).toBeGreaterThan(16);

    // The hero's name ゆうしゃ in the status box, compared with the same string drawn by the page
    // in DotGothic16 and in the system fallback (this machine has no Japanese font: tofu boxes).
    const probe = await t.page.evaluate(() => window.__game.probe('hero-name'));
    expect(probe?.text).toBe('ゆうしゃ');
    // Drawn in the name's own colour: the accent of whose turn it is lights fewer anti-aliased pixels than white.
    const reference = await t.page.evaluate(async ({ text, font, color }) => {
      const count = (family: string) => {
        const c = document.createElement('canvas');
        c.width = font * text.length + 8;
        c.height = font * 2;
        const g = c.getContext('2d')!;
        g.font = `${font}px ${family}`;
        g.fillStyle = color;
        g.textBaseline = 'top';
        g.fillText(text, 0, 0);
        const d = g.getImageData(0, 0, c.width, c.height).data;
        let lit = 0;
        for (let i = 0; i < d.length; i += 4) if (d[i]! > 128 && d[i + 3]! > 128) lit++;
        return lit;
      };
      return { dot: count('"DotGothic16"'), fallback: count('sans-serif'), loaded: document.fonts.check(`${font}px "DotGothic16"`, text) };
    }, { text: probe!.text, font: probe!.font, color: probe!.color ?? '#fff' });
    const shown = litPixels(png, probe!);
    expect(reference.loaded).toBe(true);
    expect(Math.abs(reference.dot - reference.fallback)).toBeGreaterThan(reference.dot * 0.15);
    expect(Math.abs(shown - reference.dot)).toBeLessThan(reference.dot * 0.15);
    t.problems.assertClean();
  });

  it('survives bad URL values with a notice', async () => {
    await openGame(t.page, `?seed=abc&lang=xx&enemy=%3Cimg%20src%3Dx%3E&speed=99&hp=-1&${FAST}`);
    await waitScene(t.page, 'Title');
    const notices = await t.page.evaluate(() => window.__game.notices);
    expect(notices.join('\n')).toMatch(/seed.*lang.*enemy.*speed.*hp/s);
    expect(await t.page.locator('img').count()).toBe(0);
    t.problems.assertClean();
  });
});
