import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { openGame, saveScreenshot, useBrowser } from './browser';

describe('boot', () => {
  const t = useBrowser();

  it('loads the built game and draws the title screen without errors', async () => {
    await openGame(t.page);

    expect(await t.page.title()).toContain('Coroutine Quest');
    expect(await t.page.evaluate(() => window.__game)).toEqual({ ready: true, scene: 'Title' });

    const canvas = t.page.locator('#game canvas');
    await expect.poll(() => canvas.count()).toBe(1);
    const png = PNG.sync.read(await saveScreenshot(canvas, 'boot-title'));
    expect(png.width).toBeGreaterThan(100);
    expect(png.height).toBeGreaterThan(100);

    const colours = new Set<number>();
    let titlePixels = 0;
    // The title line sits around 32% of the height; sample the band it occupies.
    const bandTop = Math.floor(png.height * 0.2);
    const bandBottom = Math.ceil(png.height * 0.44);
    for (let y = 0; y < png.height; y++) {
      for (let x = 0; x < png.width; x++) {
        const i = (y * png.width + x) * 4;
        const [r, g, b] = [png.data[i]!, png.data[i + 1]!, png.data[i + 2]!];
        colours.add((r << 16) | (g << 8) | b);
        // Title colour is #ffd84a; allow for antialiasing at glyph edges.
        if (y >= bandTop && y < bandBottom && r > 180 && g > 140 && b < 140) titlePixels++;
      }
    }
    expect(colours.size).toBeGreaterThanOrEqual(2);
    expect(titlePixels).toBeGreaterThan(500);

    t.problems.assertClean();
  });
});
