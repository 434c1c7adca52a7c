// The small marks drawn by a monster's HP bar for its status effects (ねむり zZ, どく a drop, the
// guard a shield), as pixel glyphs in the field texture. Pure: which marks, where, and their cells,
// so the unit test and the view report read them without pixels. Each has its own shape, not only
// its own colour. They do not move, so reduced motion needs nothing of them.
import type { EffectsView } from '../../core/events.ts';
import type { Rect } from '../ui/layout.ts';

export type MarkKind = 'sleep' | 'poison' | 'guard';

/** Each glyph: rows of '#' (lit) and '.' (clear), and its colour. */
export const GLYPHS: Readonly<Record<MarkKind, { readonly rows: readonly string[]; readonly color: number }>> = {
  sleep: { rows: ['.....#####', '........#.', '####...#..', '..#...#...', '.#...#....', '####.#####'], color: 0xd8e8ff },
  poison: { rows: ['..#..', '.###.', '#####', '#####', '.###.'], color: 0xc07cff },
  guard: { rows: ['#####', '#####', '#####', '.###.', '..#..'], color: 0x6ab8ff },
};

/** The marks for these effects, in the windows' order (sleep, poison, guard). */
export function markKinds(effects: EffectsView | undefined): MarkKind[] {
  if (!effects) return [];
  const on: Record<MarkKind, boolean> = { sleep: !!effects.sleep, poison: !!effects.poison, guard: !!effects.guard };
  return (['sleep', 'poison', 'guard'] as const).filter((k) => on[k]);
}

/** Field pixels per glyph cell at `scale` CSS px per field pixel: a glyph at least 15 CSS px tall at every zoom. */
export function markCell(scale: number): number {
  return Math.max(1, Math.round(3 / scale));
}

export interface PlacedMark {
  readonly kind: MarkKind;
  /** The glyph with its one-pixel black outline, in field pixels. */
  readonly rect: Rect;
}

/**
 * The marks in a row beside `bar` (field pixels), centred on it: right of it, or left of it when
 * the row would leave the field (`fieldW` wide).
 */
export function placeMarks(kinds: readonly MarkKind[], bar: Rect, cell: number, fieldW: number): PlacedMark[] {
  const boxes = kinds.map((kind) => ({ kind, w: GLYPHS[kind].rows[0]!.length * cell + 2, h: GLYPHS[kind].rows.length * cell + 2 }));
  const gap = 1;
  const total = boxes.reduce((s, b) => s + b.w + gap, 0);
  let x = bar.x + bar.w + 1 + gap + total > fieldW ? bar.x - 1 - total : bar.x + bar.w + 1 + gap;
  return boxes.map((b) => {
    const rect = { x, y: Math.round(bar.y + bar.h / 2 - b.h / 2), w: b.w, h: b.h };
    x += b.w + gap;
    return { kind: b.kind, rect };
  });
}

/** The lit cells of a placed mark, in field pixels (inside its outline). */
export function markCells(mark: PlacedMark, cell: number): Rect[] {
  return GLYPHS[mark.kind].rows.flatMap((row, r) =>
    [...row].flatMap((c, col) => (c === '#' ? [{ x: mark.rect.x + 1 + col * cell, y: mark.rect.y + 1 + r * cell, w: cell, h: cell }] : [])),
  );
}
