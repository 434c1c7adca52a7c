import { describe, expect, it } from 'vitest';
import { clampToTexture, DirtyRegion, intersects, MAX_AREAS, union } from '../../../src/game/battle/field-dirty';

const r = (x: number, y: number, w: number, h: number) => ({ x, y, w, h });

describe('the field dirty region', () => {
  it('starts dirty as a whole, and is clean once taken', () => {
    const d = new DirtyRegion();
    expect(d.take()).toEqual({ all: true });
    expect(d.clean).toBe(true);
    d.mark(r(0, 0, 4, 4));
    expect(d.clean).toBe(false);
  });

  it('keeps separate areas apart and merges overlapping ones, including chains', () => {
    const d = new DirtyRegion();
    d.take();
    d.mark(r(0, 0, 10, 10));
    d.mark(r(50, 0, 10, 10));
    d.mark(r(100, 0, 10, 10));
    // Bridges the first two; the merged box then reaches nothing more.
    d.mark(r(5, 0, 50, 5));
    const taken = d.take();
    expect(taken.all).toBe(false);
    if (taken.all) return;
    expect(taken.areas).toHaveLength(2);
    expect(taken.areas).toContainEqual(r(0, 0, 60, 10));
    expect(taken.areas).toContainEqual(r(100, 0, 10, 10));
  });

  it('merges an area that only touches the grown box', () => {
    const d = new DirtyRegion();
    d.take();
    d.mark(r(0, 0, 10, 10));
    d.mark(r(25, 0, 10, 10));
    d.mark(r(5, 0, 10, 10)); // grows the first to x 0..15, still apart from 25..35
    d.mark(r(12, 0, 15, 2)); // reaches both
    const taken = d.take();
    expect(taken).toEqual({ all: false, areas: [r(0, 0, 35, 10)] });
  });

  it('falls back to one bounding box past MAX_AREAS separate areas', () => {
    const d = new DirtyRegion();
    d.take();
    for (let i = 0; i <= MAX_AREAS; i++) d.mark(r(i * 20, 0, 5, 5));
    expect(d.take()).toEqual({ all: false, areas: [r(0, 0, MAX_AREAS * 20 + 5, 5)] });
  });

  it('a whole-field mark absorbs every area', () => {
    const d = new DirtyRegion();
    d.take();
    d.mark(r(0, 0, 5, 5));
    d.markAll();
    d.mark(r(9, 9, 1, 1));
    expect(d.take()).toEqual({ all: true });
  });

  it('clamps areas to whole pixels on the texture', () => {
    expect(clampToTexture(r(-2.5, 3.2, 10, 4), 6, 6)).toEqual(r(0, 3, 6, 3));
    expect(clampToTexture(r(10, 10, 4, 4), 6, 6)).toBeNull();
    expect(intersects(r(0, 0, 2, 2), r(2, 0, 2, 2))).toBe(false);
    expect(union(r(0, 0, 2, 2), r(4, 4, 1, 1))).toEqual(r(0, 0, 5, 5));
  });
});
