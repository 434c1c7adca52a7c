import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';

import { OUTPUTS, ROOT, rasterize, renderSprite, sizeOf, validate } from '../../scripts/gen-sprites.ts';
import type { SpriteDef } from '../../scripts/sprites/types.ts';

/** The files the game loads, with their exact pixel sizes: the contract with src/game. */
const EXPECTED: Record<string, [w: number, h: number]> = {
  'assets/sprites/hero.png': [32, 32],
  'assets/sprites/slime.png': [24, 24],
  'assets/sprites/she-slime.png': [24, 24],
  'assets/sprites/metal-slime.png': [24, 24],
  'assets/sprites/king-slime.png': [56, 48],
  'assets/sprites/bat.png': [32, 24],
  'assets/sprites/ghost.png': [28, 32],
  'assets/sprites/mage.png': [32, 32],
  'assets/sprites/priest.png': [32, 32],
  'assets/sprites/bubble-slime.png': [24, 24],
  'assets/sprites/healslime.png': [24, 29],
  'assets/sprites/magician.png': [24, 28],
  'assets/sprites/golem.png': [32, 32],
  'assets/sprites/bg-field.png': [160, 90],
  'assets/sprites/bg-cave.png': [160, 90],
  'assets/sprites/bg-castle.png': [160, 90],
  'assets/sprites/ui-frame.png': [24, 24],
  'assets/sprites/cursor.png': [8, 8],
  'assets/sprites/icon-debug.png': [16, 16],
  'assets/sprites/icon-speaker-on.png': [16, 16],
  'assets/sprites/icon-speaker-off.png': [16, 16],
  'public/favicon.png': [32, 32],
};

const committed = (path: string): Buffer => readFileSync(join(ROOT, path));
const decode = (bytes: Buffer): PNG => PNG.sync.read(bytes);
const alphaAt = (png: { width: number; data: Buffer }, x: number, y: number): number => png.data[(y * png.width + x) * 4 + 3]!;
const pixelAt = (png: { width: number; data: Buffer }, x: number, y: number): string =>
  png.data.subarray((y * png.width + x) * 4, (y * png.width + x) * 4 + 4).toString('hex');

describe('gen-sprites', () => {
  it('renders exactly the files the game expects', () => {
    expect(OUTPUTS.map((o) => o.path).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  describe.each(OUTPUTS.map((o) => [o.path, o] as const))('%s', (path, { def }) => {
    it('is committed with the expected dimensions', () => {
      expect(existsSync(join(ROOT, path)), `${path} missing: run npm run gen:sprites`).toBe(true);
      const png = decode(committed(path));
      expect([png.width, png.height]).toEqual(EXPECTED[path]);
      const { width, height } = sizeOf(def);
      expect([width, height]).toEqual(EXPECTED[path]);
    });

    it('matches its source (pixels, then bytes)', () => {
      const bytes = committed(path);
      const png = decode(bytes);
      const fresh = rasterize(def);
      // Pixels first: a mismatch here means the source changed without regenerating.
      expect(png.data.equals(fresh.data), `${path} is stale: run npm run gen:sprites`).toBe(true);
      // Then the exact bytes (deterministic encoder; stable for a given zlib build).
      expect(
        renderSprite(def).equals(bytes),
        `${path}: pixels match but PNG bytes differ (zlib ${process.versions.zlib}); run npm run gen:sprites`,
      ).toBe(true);
    });

    it('is not blank', () => {
      const { data } = rasterize(def);
      const colours = new Set<string>();
      let opaque = 0;
      for (let i = 0; i < data.length; i += 4) {
        if (data[i + 3] === 0) continue;
        opaque++;
        colours.add(data.subarray(i, i + 3).toString('hex'));
      }
      expect(opaque).toBeGreaterThan(0);
      expect(colours.size).toBeGreaterThanOrEqual(def.key === 'cursor' ? 1 : 2);
    });
  });

  it('renders deterministically and writes no timestamp or text chunks', () => {
    for (const { def } of OUTPUTS) {
      const a = renderSprite(def);
      expect(renderSprite(def).equals(a)).toBe(true);
      for (const chunk of ['tIME', 'tEXt', 'zTXt', 'iTXt']) expect(a.includes(Buffer.from(chunk, 'ascii'))).toBe(false);
    }
  });

  it('keeps every PNG small (all together well under 40 KB)', () => {
    const total = OUTPUTS.reduce((sum, o) => sum + committed(o.path).length, 0);
    expect(total).toBeLessThan(40 * 1024);
  });

  it('draws combatants on a transparent background and backdrops fully opaque', () => {
    const get = (key: string) => rasterize(OUTPUTS.find((o) => o.def.key === key)!.def);
    for (const key of ['hero', 'slime', 'she-slime', 'metal-slime', 'king-slime', 'bat', 'ghost']) {
      const b = get(key);
      // Top-left corner is background, never part of the figure.
      expect(alphaAt(b, 0, 0), key).toBe(0);
      expect(alphaAt(b, b.width - 1, 0), key).toBe(0);
    }
    for (const key of ['bg-field', 'bg-cave', 'bg-castle']) {
      const { data } = get(key);
      let seeThrough = 0;
      for (let i = 3; i < data.length; i += 4) if (data[i] !== 255) seeThrough++;
      expect(seeThrough, key).toBe(0);
    }
  });

  it('ui-frame works as a 9-slice with 8px insets', () => {
    const f = rasterize(OUTPUTS.find((o) => o.def.key === 'ui-frame')!.def);
    expect([f.width, f.height]).toEqual([24, 24]);
    for (let y = 0; y < 24; y++) {
      // Top/bottom edge cells and the centre stretch horizontally: every column in 8..15 is the same.
      for (let x = 9; x < 16; x++) expect(pixelAt(f, x, y), `(${x},${y})`).toBe(pixelAt(f, 8, y));
    }
    for (let x = 0; x < 24; x++) {
      for (let y = 9; y < 16; y++) expect(pixelAt(f, x, y), `(${x},${y})`).toBe(pixelAt(f, x, 8));
    }
    // Centre is opaque black; the border is white; the outer corner pixel is transparent (rounded).
    expect(pixelAt(f, 12, 12)).toBe('000000ff');
    expect(pixelAt(f, 12, 1)).toBe('ffffffff');
    expect(pixelAt(f, 1, 12)).toBe('ffffffff');
    expect(alphaAt(f, 0, 0)).toBe(0);
    // Symmetric, so every corner matches the others.
    for (let y = 0; y < 24; y++) {
      for (let x = 0; x < 24; x++) {
        expect(pixelAt(f, x, y)).toBe(pixelAt(f, 23 - x, y));
        expect(pixelAt(f, x, y)).toBe(pixelAt(f, x, 23 - y));
      }
    }
  });

  it('rejects malformed grids', () => {
    const base: SpriteDef = { key: 't', legend: { A: 'white' }, grid: ['A.', '.A'] };
    expect(() => validate(base)).not.toThrow();
    expect(() => validate({ ...base, grid: ['A.', 'A'] })).toThrow(/row 1 is 1 wide/);
    expect(() => validate({ ...base, grid: ['AB', '..'] })).toThrow(/unknown char 'B' at \(1, 0\)/);
    expect(() => validate({ ...base, scale: 1.5 })).toThrow(/scale/);
  });

  it('upscales by an integer factor with nearest-neighbour pixels', () => {
    const def: SpriteDef = { key: 't', legend: { A: 'white' }, grid: ['A.'], scale: 3 };
    const b = rasterize(def);
    expect([b.width, b.height]).toEqual([6, 3]);
    expect(alphaAt(b, 2, 2)).toBe(255);
    expect(alphaAt(b, 3, 0)).toBe(0);
  });
});
