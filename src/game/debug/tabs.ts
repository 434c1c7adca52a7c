// The debugger's tabs: the cards on one, the trace with the message log on the other, so the
// newest trace lines are in view at 720p without scrolling past the cards.
import './tabs.css';
import type { Dom } from './dom.ts';

export interface Tab {
  readonly id: string;
  readonly label: string;
  readonly content: readonly HTMLElement[];
}

export interface Tabs {
  readonly el: HTMLElement;
  select(id: string): void;
  readonly selected: string;
}

export function tabs(dom: Dom, list: readonly Tab[], onSelect: (id: string) => void = () => {}): Tabs {
  const { h, button } = dom;
  const el = h('div', 'cq-tabs');
  const bar = h('div', 'cq-tab-bar');
  bar.setAttribute('role', 'tablist');
  const panes = new Map<string, { tab: HTMLButtonElement; pane: HTMLElement }>();
  let selected = list[0]!.id;
  for (const t of list) {
    const tab = button(t.label, () => select(t.id));
    tab.classList.add('cq-tab');
    tab.setAttribute('role', 'tab');
    tab.id = `cq-tab-${t.id}`;
    tab.dataset.tab = t.id;
    const pane = h('div', `cq-pane cq-pane-${t.id}`);
    pane.setAttribute('role', 'tabpanel');
    pane.setAttribute('aria-labelledby', tab.id);
    pane.append(...t.content);
    bar.append(tab);
    panes.set(t.id, { tab, pane });
  }
  el.append(bar, ...[...panes.values()].map((p) => p.pane));
  // Only the selected tab is in the Tab order (tabIndex 0), so the arrows (and Home/End) move
  // between tabs, as the ARIA tabs pattern has it: without them the other tab had no key at all.
  bar.addEventListener('keydown', (e) => {
    const ids = list.map((t) => t.id);
    const at = ids.indexOf(selected);
    const next = e.key === 'ArrowRight' ? ids[(at + 1) % ids.length] : e.key === 'ArrowLeft' ? ids[(at - 1 + ids.length) % ids.length]
      : e.key === 'Home' ? ids[0] : e.key === 'End' ? ids[ids.length - 1] : undefined;
    if (next === undefined) return;
    e.preventDefault();
    select(next);
    panes.get(next)?.tab.focus();
  });

  function show(id: string): void {
    selected = id;
    for (const [key, { tab, pane }] of panes) {
      tab.setAttribute('aria-selected', String(key === id));
      tab.tabIndex = key === id ? 0 : -1;
      pane.hidden = key !== id;
    }
  }
  function select(id: string): void {
    if (!panes.has(id)) return;
    show(id);
    onSelect(id);
  }
  show(selected);
  return {
    el,
    select,
    get selected() {
      return selected;
    },
  };
}
