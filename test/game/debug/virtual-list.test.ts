// @vitest-environment happy-dom
// The virtual list under the trace: only a window of rows in the DOM, every row reachable by
// scrolling, each saying where it is. happy-dom has no layout, so the list's height and scroll
// size are given here as a browser would measure them.
import { describe, expect, it } from 'vitest';
import { domFor } from '../../../src/game/debug/dom.ts';
import { ROW_PX, UNLAID_ROWS, virtualList } from '../../../src/game/debug/virtual-list.ts';

const PAD = 4;

function setup(laid: boolean) {
  const list = document.createElement('ol');
  document.body.replaceChildren(list);
  let count = 0;
  if (laid) {
    Object.defineProperty(list, 'clientHeight', { get: () => 160 });
    Object.defineProperty(list, 'scrollHeight', { get: () => count * ROW_PX + 2 * PAD });
  }
  const rows = virtualList(domFor(document), list, (li, pos) => {
    li.textContent = `line ${pos + 1}`;
  }, (pos) => pos);
  const update = (n: number, changed = false) => {
    count = n;
    rows.update(n, changed);
  };
  const shown = () => [...list.children].map((li) => li.textContent);
  const scrollTo = (top: number) => {
    list.scrollTop = top;
    list.dispatchEvent(new Event('scroll'));
  };
  return { list, rows, update, shown, scrollTo };
}

describe('virtual list', () => {
  it('with no layout: the newest UNLAID_ROWS rows, each with its place in the whole list', () => {
    const { list, update, shown } = setup(false);
    update(1000);
    expect(shown()).toHaveLength(UNLAID_ROWS);
    expect(shown().at(-1)).toBe('line 1000');
    const last = list.lastElementChild!;
    expect([last.getAttribute('aria-posinset'), last.getAttribute('aria-setsize')]).toEqual(['1000', '1000']);
    expect(list.style.getPropertyValue('--cq-rows-before')).toBe(`${(1000 - UNLAID_ROWS) * ROW_PX}px`);
    expect(list.style.getPropertyValue('--cq-rows-after')).toBe('0px');
  });

  it('scrolled: draws the rows in view and a margin, and follows the newest row only at the end', () => {
    const { list, update, shown, scrollTo } = setup(true);
    update(2000);
    expect(shown().at(-1)).toBe('line 2000');
    expect(shown().length).toBeLessThan(60);
    scrollTo(0);
    expect(shown()[0]).toBe('line 1');
    expect(list.style.getPropertyValue('--cq-rows-before')).toBe('0px');
    update(2001); // a new row while scrolled up: the view stays where it is
    expect(shown()[0]).toBe('line 1');
    expect(list.lastElementChild!.getAttribute('aria-setsize')).toBe('2001');
    scrollTo(1000 * ROW_PX);
    expect(shown()).toContain('line 1001');
    expect(shown()).not.toContain('line 1');
  });

  it('reveal brings a far row into view (the message log link), keeping the elements of rows that stay', () => {
    const { list, rows, update, shown } = setup(true);
    update(2000);
    const kept = list.lastElementChild;
    rows.reveal(1990);
    expect(list.lastElementChild).toBe(kept); // already in view: nothing moved
    rows.reveal(10);
    expect(shown()).toContain('line 11');
    expect(list.scrollTop).toBe(PAD + 10 * ROW_PX);
    rows.stickToEnd();
    update(2000, true);
    expect(shown().at(-1)).toBe('line 2000');
  });
});
