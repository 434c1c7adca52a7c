import { describe, expect, it } from 'vitest';
import { battleLayout, type Rect } from '../../../src/game/ui/layout';

const inside = (r: Rect, w: number, h: number) => r.x >= 0 && r.y >= 0 && r.x + r.w <= w && r.y + r.h <= h;
const overlap = (a: Rect, b: Rect) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

describe('battleLayout', () => {
  for (const [w, h] of [[360, 640], [1280, 720], [640, 360], [320, 480], [1920, 1080]] as const) {
    it(`fits ${w}×${h} with text of at least 12px`, () => {
      const l = battleLayout(w, h);
      expect(l.font).toBeGreaterThanOrEqual(12);
      for (const r of [l.status, l.command, l.message, l.field]) expect(inside(r, w, h)).toBe(true);
      expect(overlap(l.command, l.message)).toBe(false);
      expect(overlap(l.status, l.message)).toBe(false);
      expect(l.field.h).toBeGreaterThan(24 * 2);
    });
  }

  it('stacks the windows on a portrait phone', () => {
    const l = battleLayout(360, 640);
    expect(l.portrait).toBe(true);
    expect(l.command.y).toBeGreaterThan(l.message.y);
    expect(battleLayout(1280, 720).portrait).toBe(false);
  });
});

describe('party status windows', () => {
  const speaker = (w: number, h: number): Rect => {
    const z = Math.max(2, Math.round(Math.min(w, h) / 320));
    return { x: w - 6 - 12 * z, y: 44, w: 12 * z, h: 12 * z };
  };
  for (const [w, h] of [[1280, 720], [360, 640], [640, 360], [1920, 1080], [320, 480]] as const) {
    it(`fits three at ${w}×${h} without touching each other, the speaker button, the field or the windows`, () => {
      const l = battleLayout(w, h, 3);
      expect(l.party).toHaveLength(3);
      for (const r of l.party) {
        expect(inside(r, w, h)).toBe(true);
        expect(overlap(r, speaker(w, h))).toBe(false);
        expect(overlap(r, l.field)).toBe(false);
        expect(overlap(r, l.message)).toBe(false);
      }
      for (let i = 1; i < 3; i++) expect(overlap(l.party[i - 1]!, l.party[i]!)).toBe(false);
      expect(l.field.h).toBeGreaterThan(24 * 2);
      expect(l.partyStyle).toBe(l.portrait ? 'row' : 'box');
    });
  }

  it('keeps the hero alone exactly where the status window always was', () => {
    for (const [w, h] of [[1280, 720], [360, 640]] as const) {
      const one = battleLayout(w, h);
      expect(one.party).toEqual([one.status]);
      expect(battleLayout(w, h, 1)).toEqual(one);
    }
  });
});
