import type { ColorName } from './palette.ts';

/**
 * One sprite: an ASCII grid where each character is one pixel. '.' is always
 * transparent; every other character must be in `legend`, which maps it to a
 * palette colour.
 */
export interface SpriteDef {
  /** Output file base name: assets/sprites/<key>.png. This is the game's contract. */
  readonly key: string;
  readonly legend: Readonly<Record<string, ColorName>>;
  readonly grid: readonly string[];
  /** Integer nearest-neighbour upscale; 1 (default) keeps native pixel size. */
  readonly scale?: number;
}

export const TRANSPARENT = '.';

/**
 * A mutable character grid for the backdrops, which are too big (160x90) to
 * type out pixel by pixel. They are composed from small ASCII stamps (clouds,
 * bricks, torches…) and integer-only geometry, so the result is deterministic
 * on every platform (no floating point, no randomness).
 */
export class CharCanvas {
  private readonly rows: string[][];

  constructor(
    readonly width: number,
    readonly height: number,
    fill: string = TRANSPARENT,
  ) {
    this.rows = Array.from({ length: height }, () => Array<string>(width).fill(fill));
  }

  get(x: number, y: number): string | undefined {
    return this.rows[y]?.[x];
  }

  set(x: number, y: number, c: string): void {
    if (x < 0 || y < 0 || x >= this.width || y >= this.height) return;
    this.rows[y]![x] = c;
  }

  rect(x: number, y: number, w: number, h: number, c: string): void {
    for (let j = y; j < y + h; j++) for (let i = x; i < x + w; i++) this.set(i, j, c);
  }

  /** Fill a rect with a 2-colour checker dither (a classic way to blend two bands). */
  dither(x: number, y: number, w: number, h: number, a: string, b: string): void {
    for (let j = y; j < y + h; j++) for (let i = x; i < x + w; i++) this.set(i, j, (i + j) % 2 === 0 ? a : b);
  }

  /**
   * Draw an ASCII stamp with its top-left at (x, y). '.' in a stamp leaves the
   * canvas untouched; `map` optionally recolours stamp characters.
   */
  stamp(x: number, y: number, art: readonly string[], map: Readonly<Record<string, string>> = {}): void {
    art.forEach((line, j) => {
      [...line].forEach((ch, i) => {
        if (ch !== TRANSPARENT) this.set(x + i, y + j, map[ch] ?? ch);
      });
    });
  }

  /** Repeat a stamp across a rectangle (clipped at its edges). */
  tile(x: number, y: number, w: number, h: number, art: readonly string[]): void {
    const th = art.length;
    const tw = art[0]!.length;
    for (let j = 0; j < h; j++) {
      for (let i = 0; i < w; i++) {
        const ch = art[j % th]![i % tw]!;
        if (ch !== TRANSPARENT) this.set(x + i, y + j, ch);
      }
    }
  }

  toGrid(): string[] {
    return this.rows.map((r) => r.join(''));
  }
}
