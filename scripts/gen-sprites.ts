/**
 * Deterministic pixel-art generator: renders every ASCII sprite grid under
 * scripts/sprites/ to a PNG in assets/sprites/<key>.png, plus public/favicon.png.
 *
 *   npm run gen:sprites
 *
 * The output is byte-identical across runs (no timestamps or text chunks, fixed
 * zlib options), and test/scripts/gen-sprites.test.ts re-renders everything in
 * memory to check the committed PNGs still match their source.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PNG, type PackerOptions } from 'pngjs';

import { bgCastle, bgCave, bgField } from './sprites/backdrops.ts';
import { bat } from './sprites/bat.ts';
import { ghost } from './sprites/ghost.ts';
import { hero } from './sprites/hero.ts';
import { kingSlime } from './sprites/king-slime.ts';
import { bubbleSlime, golem, healslime, magician } from './sprites/new-monsters.ts';
import { mage, priest } from './sprites/party.ts';
import { rgba } from './sprites/palette.ts';
import { faviconSlime, metalSlime, sheSlime, slime } from './sprites/slime.ts';
import { TRANSPARENT, type SpriteDef } from './sprites/types.ts';
import { cursor, iconDebug, iconSpeakerOff, iconSpeakerOn, uiFrame } from './sprites/ui.ts';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Every sprite the game loads (assets/sprites/<key>.png), in the order the summary prints them. */
export const SPRITES: readonly SpriteDef[] = [
  // combatants
  hero,
  slime,
  sheSlime,
  metalSlime,
  kingSlime,
  bat,
  ghost,
  mage,
  priest,
  bubbleSlime,
  healslime,
  magician,
  golem,
  // battle backdrops
  bgField,
  bgCave,
  bgCastle,
  // UI
  uiFrame,
  cursor,
  iconDebug,
  iconSpeakerOn,
  iconSpeakerOff,
];

export interface Output {
  readonly def: SpriteDef;
  /** Path relative to the repo root. */
  readonly path: string;
}

export const OUTPUTS: readonly Output[] = [
  ...SPRITES.map((def) => ({ def, path: `assets/sprites/${def.key}.png` })),
  { def: faviconSlime, path: 'public/favicon.png' },
];

export interface Bitmap {
  readonly width: number;
  readonly height: number;
  /** RGBA, row-major. */
  readonly data: Buffer;
}

/** Check a grid is rectangular and only uses known characters; throws with the exact spot if not. */
export function validate(def: SpriteDef): void {
  const { key, grid, legend } = def;
  if (grid.length === 0) throw new Error(`${key}: empty grid`);
  if (TRANSPARENT in legend) throw new Error(`${key}: '${TRANSPARENT}' is reserved for transparency`);
  const width = grid[0]!.length;
  grid.forEach((row, y) => {
    if (row.length !== width) throw new Error(`${key}: row ${y} is ${row.length} wide, expected ${width}`);
    [...row].forEach((ch, x) => {
      if (ch !== TRANSPARENT && !(ch in legend)) throw new Error(`${key}: unknown char '${ch}' at (${x}, ${y})`);
    });
  });
  const scale = def.scale ?? 1;
  if (!Number.isInteger(scale) || scale < 1) throw new Error(`${key}: scale must be a positive integer`);
}

/** Size of the rendered image in pixels (grid size times scale). */
export function sizeOf(def: SpriteDef): { width: number; height: number } {
  const scale = def.scale ?? 1;
  return { width: def.grid[0]!.length * scale, height: def.grid.length * scale };
}

/** Grid -> RGBA pixels ('.' = fully transparent black). */
export function rasterize(def: SpriteDef): Bitmap {
  validate(def);
  const scale = def.scale ?? 1;
  const { width, height } = sizeOf(def);
  const data = Buffer.alloc(width * height * 4);
  for (let y = 0; y < height; y++) {
    const row = def.grid[Math.floor(y / scale)]!;
    for (let x = 0; x < width; x++) {
      const ch = row[Math.floor(x / scale)]!;
      if (ch === TRANSPARENT) continue;
      const [r, g, b, a] = rgba(def.legend[ch]!);
      const o = (y * width + x) * 4;
      data[o] = r;
      data[o + 1] = g;
      data[o + 2] = b;
      data[o + 3] = a;
    }
  }
  return { width, height, data };
}

/** True if every pixel is opaque, so the PNG can drop its alpha channel. */
function isOpaque(bmp: Bitmap): boolean {
  for (let i = 3; i < bmp.data.length; i += 4) if (bmp.data[i] !== 255) return false;
  return true;
}

/**
 * Encode pixels to PNG bytes. Every encoder option is explicit so the bytes never
 * drift; pngjs writes no time or text chunks. (Unfiltered rows + default deflate
 * strategy came out smallest for this flat-colour art.) Deflate output is stable
 * for a given zlib build (`process.versions.zlib`), which Node bundles.
 */
export function encode(bmp: Bitmap): Buffer {
  const png = new PNG({ width: bmp.width, height: bmp.height });
  bmp.data.copy(png.data);
  const options: PackerOptions = {
    colorType: isOpaque(bmp) ? 2 : 6, // RGB for opaque backdrops, RGBA otherwise
    inputColorType: 6,
    inputHasAlpha: true,
    bitDepth: 8,
    deflateLevel: 9,
    deflateStrategy: 0, // Z_DEFAULT_STRATEGY
    filterType: 0, // no row filter
  };
  return PNG.sync.write(png, options);
}

/** Sprite source -> PNG bytes (what the test compares against the committed files). */
export function renderSprite(def: SpriteDef): Buffer {
  return encode(rasterize(def));
}

function main(): void {
  let total = 0;
  for (const { def, path } of OUTPUTS) {
    const bytes = renderSprite(def);
    const abs = join(ROOT, path);
    mkdirSync(dirname(abs), { recursive: true });
    writeFileSync(abs, bytes);
    const { width, height } = sizeOf(def);
    total += bytes.length;
    console.log(`${path.padEnd(36)} ${`${width}x${height}`.padStart(7)} ${String(bytes.length).padStart(6)} B`);
  }
  console.log(`${OUTPUTS.length} files, ${total} bytes total`);
}

if (process.argv[1] && relative(resolve(process.argv[1]), fileURLToPath(import.meta.url)) === '') main();
