import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { uniformInt } from 'pure-rand/distribution/uniformInt';

/** A seeded random source. Same seed, same numbers, in Node and in every browser. */
export interface Rng {
  /** An integer in [min, max], both included — Python's `random.randint(min, max)`. */
  int(min: number, max: number): number;
  /** true with probability `percent`/100. */
  chance(percent: number): boolean;
  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T;
}

export const MAX_SEED = 0x7fffffff;

/** Mixes a label into a seed (FNV-1a), so each combatant draws from its own stream. */
export function deriveSeed(seed: number, label: string): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < label.length; i++) {
    h ^= label.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h & MAX_SEED;
}

export function createRng(seed: number): Rng {
  return new SeededRng(seed);
}

/** A class, not an object of closures: one allocation besides the generator's state (a battle makes several). */
class SeededRng implements Rng {
  private readonly gen: ReturnType<typeof xoroshiro128plus>;

  constructor(seed: number) {
    this.gen = xoroshiro128plus(seed | 0);
  }

  int(min: number, max: number): number {
    return uniformInt(this.gen, min, max);
  }

  chance(percent: number): boolean {
    return uniformInt(this.gen, 0, 99) < percent;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError('pick() from an empty list');
    return items[uniformInt(this.gen, 0, items.length - 1)]!;
  }
}

/** Parses a seed given by a person (CLI flag, URL). Returns null when it is not one. */
export function parseSeed(text: string): number | null {
  if (!/^\d{1,10}$/.test(text.trim())) return null;
  const n = Number(text);
  return Number.isSafeInteger(n) && n <= MAX_SEED ? n : null;
}
