import { describe, expect, it } from 'vitest';
import { GLYPHS, markCell, markCells, markKinds, placeMarks } from '../../../src/game/battle/effect-marks';
import { EffectsShown } from '../../../src/game/battle/effects-shown';

const bar = { x: 40, y: 20, w: 20, h: 3 };

describe('the status marks by a monster’s HP bar', () => {
  it('has one mark per effect, in the windows’ order, none without effects', () => {
    expect(markKinds(undefined)).toEqual([]);
    expect(markKinds({})).toEqual([]);
    expect(markKinds({ guard: 2, sleep: 1 })).toEqual(['sleep', 'guard']);
    expect(markKinds({ poison: true, sleep: 3, guard: 1 })).toEqual(['sleep', 'poison', 'guard']);
  });

  it('draws each glyph 15 to 40 CSS px tall (in proportion to the sprites’ zoom) at every zoom the field uses (readable at 360x640 and 1280x720)', () => {
    for (const scale of [1, 2, 3, 4, 5, 6]) {
      const cell = markCell(scale);
      for (const g of Object.values(GLYPHS)) expect(g.rows.length * cell * scale).toBeGreaterThanOrEqual(15);
      for (const g of Object.values(GLYPHS)) expect(g.rows.length * cell * scale).toBeLessThanOrEqual(40);
    }
  });

  it('gives each effect its own shape, not only its own colour', () => {
    const shapes = Object.values(GLYPHS).map((g) => g.rows.join('/'));
    expect(new Set(shapes).size).toBe(shapes.length);
    for (const g of Object.values(GLYPHS)) expect(new Set(g.rows.map((r) => r.length)).size).toBe(1);
  });

  it('puts the marks in a row right of the bar, centred on it, apart from each other', () => {
    const marks = placeMarks(['sleep', 'poison'], bar, 1, 200);
    expect(marks.map((m) => m.kind)).toEqual(['sleep', 'poison']);
    expect(marks[0]!.rect.x).toBeGreaterThan(bar.x + bar.w);
    expect(marks[1]!.rect.x).toBeGreaterThan(marks[0]!.rect.x + marks[0]!.rect.w - 1);
    for (const m of marks) expect(Math.abs(m.rect.y + m.rect.h / 2 - (bar.y + bar.h / 2))).toBeLessThanOrEqual(1);
    expect(marks[0]!.rect).toMatchObject({ w: 10 + 2, h: 6 + 2 });
  });

  it('goes left of the bar when the row would leave the field', () => {
    const marks = placeMarks(['poison', 'guard'], { ...bar, x: 180 }, 2, 210);
    for (const m of marks) expect(m.rect.x + m.rect.w).toBeLessThanOrEqual(180);
    expect(marks[0]!.rect.x).toBeGreaterThanOrEqual(0);
  });

  it('lights only cells inside the mark’s outline, one per # of its glyph', () => {
    const [m] = placeMarks(['guard'], bar, 2, 200);
    const cells = markCells(m!, 2);
    expect(cells).toHaveLength(GLYPHS.guard.rows.join('').split('#').length - 1);
    for (const c of cells) {
      expect(c.x).toBeGreaterThan(m!.rect.x - 1);
      expect(c.y).toBeGreaterThan(m!.rect.y - 1);
      expect(c.x + c.w).toBeLessThanOrEqual(m!.rect.x + m!.rect.w - 1);
      expect(c.y + c.h).toBeLessThanOrEqual(m!.rect.y + m!.rect.h - 1);
    }
  });

  it('is told of each effect as it lands and ends, and of everyone’s on a reset, so the field redraws the mark', () => {
    const told: [string, object][] = [];
    const shown = new EffectsShown((id, effects) => told.push([id, { ...effects }]));
    shown.reset([{ id: 'slime', effects: { guard: 1 } }, { id: 'hero', effects: {} }]);
    expect(told).toEqual([['slime', { guard: 1 }], ['hero', {}]]);
    told.length = 0;
    shown.apply({ type: 'effect', target: 'slime', effect: 'sleep', on: true, turns: 2 } as never);
    shown.apply({ type: 'effect', target: 'slime', effect: 'guard', on: false } as never);
    shown.clear('slime');
    expect(told).toEqual([['slime', { guard: 1, sleep: 2 }], ['slime', { sleep: 2 }], ['slime', {}]]);
  });
});
