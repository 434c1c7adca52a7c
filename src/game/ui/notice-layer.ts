// Where notices appear: top-right under the speaker button, moved down past anything they must
// never cover (a scene's logo, subtitle and menu, the debugger's panel).
import type * as Phaser from 'phaser';
import type { Rect } from './layout.ts';
import { COLORS, textStyle } from './theme.ts';

export interface NoticePlacement {
  /** Top of the notices when nothing is in the way, in CSS px. */
  readonly top: number;
  readonly font: number;
  /** What the notices must not cover, in CSS px; asked again whenever they are placed. */
  readonly avoid: () => readonly Rect[];
}

export const NOTICE_MS = 6000;
const GAP = 6;

const overlaps = (a: Rect, b: Rect) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

/** The first top at or below `top` where a box of this size overlaps none of `avoid`. */
export function freeTop(box: { x: number; w: number; h: number }, top: number, avoid: readonly Rect[]): number {
  let y = top;
  for (let guard = 0; guard <= avoid.length; guard++) {
    const hit = avoid.filter((r) => overlaps({ x: box.x, y, w: box.w, h: box.h }, r));
    if (hit.length === 0) return y;
    y = Math.max(...hit.map((r) => r.y + r.h)) + GAP;
  }
  return y;
}

/** The debugger's panel while it shows (docked right, or a strip at the top on a phone). */
function debuggerRects(doc: Document): Rect[] {
  const out: Rect[] = [];
  for (const el of doc.querySelectorAll<HTMLElement>('.cq-debug-panel, .cq-debug-toggle')) {
    if (el.hidden || el.closest('[hidden]')) continue;
    const r = el.getBoundingClientRect();
    if (r.width > 0 && r.height > 0) out.push({ x: r.left, y: r.top, w: r.width, h: r.height });
  }
  return out;
}

/**
 * Shows `lines` on the canvas for `ms` (never in the page's HTML: the text may come from the URL);
 * `ms` null keeps it until it is destroyed. While shown it is re-placed a few times a second, since
 * the debugger can open under it.
 */
export function showNoticeText(scene: Phaser.Scene, lines: readonly string[], at: NoticePlacement, ms: number | null = NOTICE_MS): Phaser.GameObjects.Text {
  const text = scene.add
    .text(scene.scale.width - 8, at.top, lines.join('\n'), {
      ...textStyle(at.font, COLORS.warn),
      backgroundColor: '#000000cc',
      padding: { x: 6, y: 4 },
      align: 'right',
      wordWrap: { width: Math.min(scene.scale.width - 16, at.font * 30), useAdvancedWrap: true },
    })
    .setOrigin(1, 0)
    .setDepth(1000);
  // The canvas fills #game from the page's top-left corner (Scale.RESIZE), so CSS px are canvas px.
  const place = () => {
    if (!text.active) return;
    // Only on a change: setWordWrapWidth re-renders the text and uploads its texture again.
    const wrap = Math.min(scene.scale.width - 16, at.font * 30);
    if (text.style.wordWrapWidth !== wrap) text.setWordWrapWidth(wrap, true);
    text.setX(scene.scale.width - 8);
    const b = text.getBounds();
    text.setY(freeTop({ x: b.x, w: b.width, h: b.height }, at.top, [...at.avoid(), ...debuggerRects(document)]));
  };
  place();
  const timer = scene.time.addEvent({ delay: 250, loop: true, callback: place });
  // 'destroy' is Phaser.GameObjects.Events.DESTROY: a type-only import keeps this file loadable in Node.
  text.once('destroy', () => timer.remove());
  if (ms !== null) scene.time.delayedCall(ms, () => text.destroy());
  return text;
}
