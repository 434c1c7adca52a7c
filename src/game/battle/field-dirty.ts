// Which parts of the battle field must be redrawn before the next frame. Pure: unit-tested without
// Phaser. Why: in a 200-monster field at zoom 1 the field texture is nearly screen-sized, and
// redrawing all of it (backdrop fill, 200 sprites, 200 HP bars) for one monster's shake doubled the
// cost of a drawn frame under SwiftShader. A monster that changed marks only the area it can ever
// paint; the FieldLayer redraws those areas under a scissor and leaves the rest of the texture.
import type { Rect } from '../ui/layout.ts';

/** More separate areas than this in one frame: one redraw of their bounding box is cheaper than many scissored passes. */
export const MAX_AREAS = 6;

export function intersects(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

export function union(a: Rect, b: Rect): Rect {
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return { x, y, w: Math.max(a.x + a.w, b.x + b.w) - x, h: Math.max(a.y + a.h, b.y + b.h) - y };
}

/** `r` grown to whole pixels and cut to the texture (w × h); null when nothing of it is on the texture. */
export function clampToTexture(r: Rect, w: number, h: number): Rect | null {
  const x0 = Math.max(0, Math.floor(r.x));
  const y0 = Math.max(0, Math.floor(r.y));
  const x1 = Math.min(w, Math.ceil(r.x + r.w));
  const y1 = Math.min(h, Math.ceil(r.y + r.h));
  return x1 > x0 && y1 > y0 ? { x: x0, y: y0, w: x1 - x0, h: y1 - y0 } : null;
}

/** The areas to redraw: everything, or a few rectangles in field pixels. */
export type Damage = { readonly all: true } | { readonly all: false; readonly areas: readonly Rect[] };

export class DirtyRegion {
  private all = true;
  private areas: Rect[] = [];

  /** The whole field changed (a layout, a new lineup). */
  markAll(): void {
    this.all = true;
    this.areas = [];
  }

  /** One area changed; overlapping areas are merged, so each pixel is drawn once. */
  mark(area: Rect): void {
    if (this.all) return;
    let merged = area;
    let rest = this.areas;
    // Merging can make the merged area reach another one, so repeat until it touches none.
    for (;;) {
      const hit = rest.filter((r) => intersects(r, merged));
      if (hit.length === 0) break;
      merged = hit.reduce(union, merged);
      rest = rest.filter((r) => !hit.includes(r));
    }
    this.areas = [...rest, merged];
    if (this.areas.length > MAX_AREAS) this.areas = [this.areas.reduce(union)];
  }

  get clean(): boolean {
    return !this.all && this.areas.length === 0;
  }

  /** What to redraw now; the region is clean afterwards. */
  take(): Damage {
    const out: Damage = this.all ? { all: true } : { all: false, areas: this.areas };
    this.all = false;
    this.areas = [];
    return out;
  }
}
