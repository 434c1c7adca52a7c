import { describe, expect, it } from 'vitest';
import { barSpace, crowdGrid, fieldPlacement } from '../../../src/game/battle/field-placement';
import { battleLayout } from '../../../src/game/ui/layout';

const SLIME = { w: 24, h: 24 };
const KING = { w: 56, h: 48 };

describe('fieldPlacement', () => {
  // 860×720: a 1280×720 page with the debugger docked (its 420 px), where King Slime used to cover the status box.
  for (const [w, h] of [[1280, 720], [860, 720], [360, 640], [640, 360], [1920, 1080]] as const) {
    it(`keeps every sprite and its HP bar inside the field, below the status box, at ${w}×${h}`, () => {
      const layout = battleLayout(w, h);
      for (const sizes of [[KING], [SLIME], [SLIME, SLIME, SLIME], [KING, SLIME]]) {
        const p = fieldPlacement(sizes, layout);
        expect(Number.isInteger(p.scale) && p.scale >= 1).toBe(true);
        sizes.forEach((s, i) => {
          const feet = p.feet[i]!;
          const top = layout.field.y + (feet.y - s.h) * p.scale - barSpace(p.scale);
          expect(top).toBeGreaterThanOrEqual(layout.field.y);
          expect(layout.field.y + feet.y * p.scale).toBeLessThanOrEqual(layout.field.y + layout.field.h);
          expect(feet.x * p.scale - (s.w * p.scale) / 2).toBeGreaterThanOrEqual(0);
          expect(feet.x * p.scale + (s.w * p.scale) / 2).toBeLessThanOrEqual(layout.field.w);
        });
      }
    });
  }

  it("uses the layout's zoom for small sprites and shrinks only as far as a big one needs", () => {
    const layout = battleLayout(1280, 720);
    expect(fieldPlacement([SLIME, SLIME], layout).scale).toBe(layout.spriteZoom);
    const king = fieldPlacement([KING], layout).scale;
    expect(king).toBeLessThan(layout.spriteZoom);
    expect(KING.h * (king + 1) + barSpace(king + 1)).toBeGreaterThan(layout.field.h * 0.78 - 4);
  });

  it('packs a crowd in a grid at the grid zoom, without labels', () => {
    const layout = battleLayout(1280, 720);
    const p = fieldPlacement(Array.from({ length: 199 }, () => SLIME), layout);
    expect(p.compact).toBe(true);
    expect(p.scale).toBe(crowdGrid(199, layout.field, layout.spriteZoom).zoom);
    expect(p.feet).toHaveLength(199);
  });
});
