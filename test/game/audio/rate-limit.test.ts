import { describe, expect, it } from 'vitest';
import { SfxRateLimiter } from '../../../src/game/audio/rate-limit.ts';

describe('SfxRateLimiter', () => {
  it('plays the same effect at most once per 60 ms by default', () => {
    const l = new SfxRateLimiter();
    expect(l.tryPlay('hit-enemy', 1000, 10)).toBe(true);
    expect(l.tryPlay('hit-enemy', 1030, 10)).toBe(false);
    expect(l.tryPlay('hit-enemy', 1059.9, 10)).toBe(false);
    expect(l.tryPlay('hit-enemy', 1060, 10)).toBe(true);
    // a refused attempt does not push the window back
    expect(l.tryPlay('hit-enemy', 1100, 10)).toBe(false);
    expect(l.tryPlay('hit-enemy', 1120, 10)).toBe(true);
  });

  it('lets different effects start together', () => {
    const l = new SfxRateLimiter();
    expect(l.tryPlay('attack', 0, 100)).toBe(true);
    expect(l.tryPlay('hit-enemy', 0, 100)).toBe(true);
  });

  it('allows at most 4 overlapping effects, freeing slots as they end', () => {
    const l = new SfxRateLimiter();
    expect(l.tryPlay('a', 0, 500)).toBe(true);
    expect(l.tryPlay('b', 10, 100)).toBe(true);
    expect(l.tryPlay('c', 20, 500)).toBe(true);
    expect(l.tryPlay('d', 30, 500)).toBe(true);
    expect(l.overlapping(40)).toBe(4);
    expect(l.tryPlay('e', 40, 500)).toBe(false);
    expect(l.tryPlay('e', 110, 500)).toBe(true); // 'b' ended at 110
    expect(l.tryPlay('f', 120, 500)).toBe(false);
    expect(l.overlapping(10_000)).toBe(0);
  });

  it('simulates 4x speed: a burst of hits is thinned, not queued', () => {
    const l = new SfxRateLimiter();
    let played = 0;
    // 40 hits every 15 ms (a 4x-speed flurry), each sound 200 ms long
    for (let i = 0; i < 40; i++) if (l.tryPlay('hit-enemy', i * 15, 200)) played++;
    expect(played).toBeLessThanOrEqual(Math.ceil((40 * 15) / 60));
    expect(played).toBeGreaterThan(0);
  });

  it('takes its limits as options', () => {
    const l = new SfxRateLimiter({ minIntervalMs: 0, maxOverlapping: 1 });
    expect(l.tryPlay('a', 0, 50)).toBe(true);
    expect(l.tryPlay('a', 0, 50)).toBe(false); // the slot is taken
    expect(l.tryPlay('a', 50, 50)).toBe(true);
    expect(() => new SfxRateLimiter({ maxOverlapping: 0 })).toThrow(RangeError);
    expect(() => new SfxRateLimiter({ minIntervalMs: -1 })).toThrow(RangeError);
    expect(() => new SfxRateLimiter({ minIntervalMs: Number.NaN })).toThrow(RangeError);
  });

  it('treats zero, negative or non-finite durations as occupying no slot', () => {
    const l = new SfxRateLimiter({ maxOverlapping: 1 });
    expect(l.tryPlay('a', 0, 0)).toBe(true);
    expect(l.tryPlay('b', 0, Number.NaN)).toBe(true);
    expect(l.tryPlay('c', 0, -5)).toBe(true);
    expect(l.overlapping(0)).toBe(0);
  });

  it('refuses a non-finite time without recording anything', () => {
    const l = new SfxRateLimiter();
    expect(l.tryPlay('a', Number.NaN, 100)).toBe(false);
    expect(l.tryPlay('a', Number.POSITIVE_INFINITY, 100)).toBe(false);
    expect(l.tryPlay('a', 0, 100)).toBe(true);
  });

  it('recovers when the clock jumps backwards', () => {
    const l = new SfxRateLimiter({ maxOverlapping: 1 });
    expect(l.tryPlay('a', 100_000, 60_000)).toBe(true);
    expect(l.tryPlay('a', 5, 100)).toBe(true); // new time base: old state forgotten
  });

  it('reset() forgets everything', () => {
    const l = new SfxRateLimiter({ maxOverlapping: 1 });
    l.tryPlay('a', 0, 1000);
    l.reset();
    expect(l.tryPlay('a', 1, 1000)).toBe(true);
  });
});
