// @vitest-environment happy-dom
// The debugger's tabs by keyboard: only the selected tab is in the Tab order, so the arrows move.
import { describe, expect, it } from 'vitest';
import { domFor } from '../../../src/game/debug/dom.ts';
import { tabs } from '../../../src/game/debug/tabs.ts';

describe('debugger tabs', () => {
  it('ArrowRight, ArrowLeft, Home and End select and focus a tab', () => {
    document.body.replaceChildren();
    const dom = domFor(document);
    const picked: string[] = [];
    const t = tabs(dom, [{ id: 'cards', label: 'Coroutines', content: [] }, { id: 'trace', label: 'Trace', content: [] }], (id) => picked.push(id));
    document.body.append(t.el);
    const [cards, trace] = [...document.querySelectorAll<HTMLButtonElement>('[role=tab]')];
    expect([cards!.tabIndex, trace!.tabIndex]).toEqual([0, -1]);
    cards!.focus();
    const press = (key: string) => document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
    press('ArrowRight');
    expect(t.selected).toBe('trace');
    expect(document.activeElement).toBe(trace);
    expect(trace!.getAttribute('aria-selected')).toBe('true');
    press('ArrowRight'); // wraps
    expect(t.selected).toBe('cards');
    press('End');
    press('ArrowLeft');
    press('Home');
    expect(picked).toEqual(['trace', 'cards', 'trace', 'cards', 'cards']);
    expect(document.activeElement).toBe(cards);
  });
});
