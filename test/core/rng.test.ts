import { describe, expect, it } from 'vitest';
import { MAX_SEED, createRng, deriveSeed, parseSeed } from '../../src/core/rng.ts';
import { DEFAULT_SEED } from '../helpers.ts';

describe('createRng', () => {
  it('matches the pure-rand vector: xoroshiro128plus(42), uniformInt 1..6 → 2, 4, 6', () => {
    const rng = createRng(42);
    expect([rng.int(1, 6), rng.int(1, 6), rng.int(1, 6)]).toEqual([2, 4, 6]);
  });

  it('is deterministic per seed and differs across seeds', () => {
    const draw = (seed: number) => {
      const r = createRng(seed);
      return Array.from({ length: 20 }, () => r.int(0, 1000));
    };
    expect(draw(DEFAULT_SEED)).toEqual(draw(DEFAULT_SEED));
    expect(draw(DEFAULT_SEED)).not.toEqual(draw(DEFAULT_SEED + 1));
  });

  it('int stays within both bounds, and both bounds occur (randint is inclusive)', () => {
    const r = createRng(DEFAULT_SEED);
    const seen = new Set(Array.from({ length: 500 }, () => r.int(5, 10)));
    expect([...seen].sort((a, b) => a - b)).toEqual([5, 6, 7, 8, 9, 10]);
  });

  it('chance(0) never and chance(100) always', () => {
    const r = createRng(DEFAULT_SEED);
    for (let i = 0; i < 200; i++) {
      expect(r.chance(0)).toBe(false);
      expect(r.chance(100)).toBe(true);
    }
  });

  it('pick refuses an empty list', () => {
    const r = createRng(DEFAULT_SEED);
    expect(['a', 'b']).toContain(r.pick(['a', 'b']));
    expect(() => r.pick([])).toThrow(RangeError);
  });
});

describe('deriveSeed', () => {
  it('gives each label its own stream within the seed range', () => {
    const a = deriveSeed(DEFAULT_SEED, 'slime');
    expect(a).toBe(deriveSeed(DEFAULT_SEED, 'slime'));
    expect(a).not.toBe(deriveSeed(DEFAULT_SEED, 'bat'));
    expect(a).not.toBe(deriveSeed(DEFAULT_SEED + 1, 'slime'));
    expect(a).toBeGreaterThanOrEqual(0);
    expect(a).toBeLessThanOrEqual(MAX_SEED);
  });
});

describe('parseSeed', () => {
  it.each([
    ['0', 0],
    ['7', 7],
    [' 42 ', 42],
    [String(MAX_SEED), MAX_SEED],
  ])('accepts %j', (text, n) => expect(parseSeed(text)).toBe(n));

  it.each(['', 'x', '-1', '1.5', '1e3', String(MAX_SEED + 1), '99999999999'])('refuses %j', (text) => {
    expect(parseSeed(text)).toBeNull();
  });
});
