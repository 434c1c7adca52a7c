// Where notices appear: a DOM layer over the canvas, top-right under the speaker button, moved
// down past anything it must never cover (a scene's logo and subtitle, the debugger's panel).
// Text goes in through textContent only, so nothing from a URL can become markup.
import type { Rect } from './layout.ts';
import { COLORS, FONT_FAMILY } from './theme.ts';

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
 * Shows `lines` for NOTICE_MS; returns a function that removes them at once (the scene left).
 * While shown they are re-placed a few times a second, since the debugger can open under them.
 */
export function showNoticeLines(lines: readonly string[], at: NoticePlacement, doc: Document = document): () => void {
  const box = doc.createElement('div');
  box.className = 'cq-notices';
  box.setAttribute('role', 'status');
  Object.assign(box.style, {
    position: 'fixed', zIndex: '900', right: '8px', top: `${at.top}px`, maxWidth: `min(calc(100vw - 16px), ${at.font * 30}px)`,
    padding: '4px 6px', background: '#000000cc', color: COLORS.warn, font: `${at.font}px/1.35 ${FONT_FAMILY}`,
    textAlign: 'right', whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', pointerEvents: 'none',
  });
  for (const line of lines) {
    const row = doc.createElement('div');
    row.textContent = line;
    box.append(row);
  }
  doc.body.append(box);
  const place = () => {
    const game = doc.getElementById('game')?.getBoundingClientRect();
    const right = game ? Math.max(8, doc.documentElement.clientWidth - game.right + 8) : 8;
    box.style.right = `${right}px`;
    const r = box.getBoundingClientRect();
    box.style.top = `${freeTop({ x: r.left, w: r.width, h: r.height }, at.top, [...at.avoid(), ...debuggerRects(doc)])}px`;
  };
  place();
  const timer = setInterval(place, 250);
  const remove = () => {
    clearInterval(timer);
    clearTimeout(end);
    box.remove();
  };
  const end = setTimeout(remove, NOTICE_MS);
  return remove;
}
