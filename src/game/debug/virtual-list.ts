// A virtual list: every row is reachable by scrolling, but only the rows in view (and a few on
// each side) are in the DOM. Rows have one fixed height (ROW_PX, set in the list's CSS), so the
// rows above and below the window are two empty boxes of the right height (the list's ::before
// and ::after, sized by two CSS variables), and the list keeps its native scrolling —
// wheel, touch, and the keys of a focused scroll container (arrows, Page Up/Down, Home, End).
// The list stays a real list: each row says where it is with aria-posinset and aria-setsize.
import { reconcile, type Dom } from './dom.ts';

/** One row's height in CSS pixels (trace.css gives the rows this height). */
export const ROW_PX = 16;
/** The list's own padding above its first row (trace.css). */
const PAD_PX = 4;
/** Rows drawn beyond each edge of the view, so a small scroll shows no gap. */
const OVERSCAN = 12;
/** Rows drawn while the list has no layout (a hidden tab, a DOM without layout): a few more than fit in view. */
export const UNLAID_ROWS = 40;

export interface VirtualList {
  /** There are `count` rows now (rows kept their meaning unless `changed`); redraws the window. */
  update(count: number, changed: boolean): void;
  /** Scrolls as little as needed to bring row `pos` into view, and draws it. */
  reveal(pos: number): void;
  /** Follows the newest row again (after a new battle). */
  stickToEnd(): void;
  /** The rows now in the DOM. */
  rows(): HTMLElement[];
}

/**
 * `fill(li, pos)` writes row `pos` into a fresh or recycled `li`; `key(pos)` names what the row
 * shows, so a row that scrolls back into view with the same key keeps its element.
 */
export function virtualList(dom: Dom, list: HTMLElement, fill: (li: HTMLLIElement, pos: number) => void, key: (pos: number) => number): VirtualList {
  let count = 0;
  let atEnd = true;
  let drawn = new Map<number, HTMLLIElement>();
  /** Where a list with no layout would be scrolled to (it cannot scroll itself). */
  let parkedTop = 0;
  const viewPx = () => list.clientHeight || UNLAID_ROWS * ROW_PX;

  const draw = (): void => {
    const view = viewPx();
    const laid = list.clientHeight > 0;
    const top = atEnd ? Math.max(0, count * ROW_PX - view) : laid ? list.scrollTop : parkedTop;
    // With no layout nothing scrolls, so there is no margin to draw: exactly UNLAID_ROWS rows.
    const margin = laid ? OVERSCAN : 0;
    const first = Math.max(0, Math.floor(top / ROW_PX) - margin);
    const last = Math.min(count, Math.ceil((top + view) / ROW_PX) + margin);
    const next = new Map<number, HTMLLIElement>();
    const wanted: HTMLLIElement[] = [];
    for (let pos = first; pos < last; pos++) {
      const k = key(pos);
      let li = drawn.get(k);
      if (!li) {
        li = dom.h('li');
        fill(li, pos);
      }
      li.setAttribute('aria-posinset', String(pos + 1));
      li.setAttribute('aria-setsize', String(count));
      next.set(k, li);
      wanted.push(li);
    }
    drawn = next;
    list.style.setProperty('--cq-rows-before', `${first * ROW_PX}px`);
    list.style.setProperty('--cq-rows-after', `${(count - last) * ROW_PX}px`);
    reconcile(list, wanted);
    if (atEnd) list.scrollTop = list.scrollHeight;
  };

  list.addEventListener('scroll', () => {
    if (list.clientHeight === 0) return;
    atEnd = list.scrollTop + list.clientHeight >= list.scrollHeight - 4;
    draw();
  }, { passive: true });

  return {
    update(n, changed) {
      count = n;
      if (changed) drawn = new Map();
      draw();
    },
    reveal(pos) {
      const view = list.clientHeight;
      if (view > 0) {
        const rowTop = PAD_PX + pos * ROW_PX;
        if (list.scrollTop > rowTop) list.scrollTop = rowTop;
        else if (list.scrollTop < rowTop + ROW_PX - view) list.scrollTop = rowTop + ROW_PX - view;
        atEnd = list.scrollTop + view >= list.scrollHeight - 4;
      } else {
        atEnd = false;
        parkedTop = Math.max(0, pos * ROW_PX - (UNLAID_ROWS * ROW_PX) / 2);
      }
      draw();
    },
    stickToEnd() {
      atEnd = true;
    },
    rows: () => [...drawn.values()],
  };
}
