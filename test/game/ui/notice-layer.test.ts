import { describe, expect, it } from 'vitest';
import { freeTop } from '../../../src/game/ui/notice-layer.ts';

describe('freeTop', () => {
  const box = { x: 200, w: 100, h: 40 };

  it('keeps the wanted top when nothing is in the way', () => {
    expect(freeTop(box, 80, [{ x: 0, y: 0, w: 150, h: 500 }])).toBe(80);
  });

  it('moves below what it would cover, and below whatever is there next', () => {
    const logo = { x: 100, y: 60, w: 300, h: 50 };
    const menu = { x: 150, y: 120, w: 200, h: 100 };
    expect(freeTop(box, 80, [logo])).toBe(116);
    expect(freeTop(box, 80, [logo, menu])).toBe(226);
  });
});
