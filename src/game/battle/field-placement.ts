// Where the monsters stand on the field, and at what scale the field is drawn. Pure: unit-tested
// without Phaser. Every sprite on the field shares one scale (CSS px per art pixel), so the art's
// pixels are the same size everywhere and the whole field can be drawn at that scale and zoomed.
import type { BattleLayout, Rect } from '../ui/layout.ts';

/** More monsters than this (a ?stress battle) are packed in a grid instead of one row. */
export const CROWD = 8;
const SPRITE_PX = 24;
/** Feet of a row of monsters, as a fraction of the field's height. */
const FEET = 0.78;

/** The largest whole zoom at which `n` sprites (and their HP bars) fit in `field` as a grid. */
export function crowdGrid(n: number, field: Rect, maxZoom: number): { cols: number; cellW: number; cellH: number; zoom: number } {
  for (let zoom = Math.max(1, maxZoom); zoom >= 1; zoom--) {
    const cols = Math.floor(field.w / (SPRITE_PX * zoom + 4));
    const rows = Math.floor(field.h / (SPRITE_PX * zoom + 16));
    if (cols * rows >= n) return { cols, cellW: field.w / cols, cellH: field.h / Math.ceil(n / cols), zoom };
  }
  // Not even at zoom 1: squeeze the cells (sprites overlap their neighbours, never the windows).
  const cols = Math.max(1, Math.ceil(Math.sqrt((n * field.w) / field.h)));
  return { cols, cellW: field.w / cols, cellH: field.h / Math.ceil(n / cols), zoom: 1 };
}

/** CSS px an HP bar and its gaps take above a sprite drawn at `zoom` (see EnemySprite.barBox). */
export function barSpace(zoom: number): number {
  return (2 * Math.max(1, Math.round(6 / zoom)) + 1) * zoom;
}

export interface Placement {
  /** CSS px per art pixel: the field is drawn at this scale. */
  readonly scale: number;
  /** Each sprite's feet, in field pixels (CSS px / scale, from the field's top left). */
  readonly feet: readonly { x: number; y: number }[];
  /** A crowd: no name labels, narrow bars. */
  readonly compact: boolean;
}

/**
 * One row: the largest zoom up to the layout's at which the tallest sprite and its HP bar fit
 * between the field's top and the feet line, and each sprite fits its slot. The field starts
 * below the status window, so no monster (King Slime's crown included) can cover it.
 */
export function fieldPlacement(sizes: readonly { w: number; h: number }[], layout: BattleLayout): Placement {
  const field = layout.field;
  if (sizes.length > CROWD) {
    const grid = crowdGrid(sizes.length, field, layout.spriteZoom);
    const k = grid.zoom;
    const feet = sizes.map((_, i) => ({ x: (grid.cellW * ((i % grid.cols) + 0.5)) / k, y: (grid.cellH * (Math.floor(i / grid.cols) + 1)) / k }));
    return { scale: k, feet, compact: true };
  }
  const tallest = Math.max(1, ...sizes.map((s) => s.h));
  const widest = Math.max(1, ...sizes.map((s) => s.w));
  const slot = field.w / (sizes.length + 1);
  const room = field.h * FEET - 4;
  let zoom = Math.max(1, layout.spriteZoom);
  while (zoom > 1 && (tallest * zoom + barSpace(zoom) > room || widest * zoom > slot * 0.95)) zoom--;
  const feet = sizes.map((_, i) => ({ x: (slot * (i + 1)) / zoom, y: Math.floor((field.h * FEET) / zoom) }));
  return { scale: zoom, feet, compact: false };
}
