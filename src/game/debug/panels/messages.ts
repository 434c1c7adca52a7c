// The message log: one row per line the battle window has shown, oldest first, each linked to
// the trace line (the resume) that caused it. Select a row and its trace line lights up; select a
// trace line and the rows it caused light up (the shared ctx.selection).
import './messages.css';
import type { Battle } from '../../../core/battle.ts';
import { messageRowReader, type MessageRow } from '../../battle/shown-lines.ts';
import type { Panel, PanelContext, Selected } from '../panel.ts';

/** Rows kept in the DOM, like the trace's limit; older rows are dropped from the view. */
export const MESSAGE_DOM_LIMIT = 500;

export function messagesPanel(ctx: PanelContext): Panel {
  const { h } = ctx.dom;
  const el = h('section', 'cq-section cq-messages-section');
  const list = h('ol', 'cq-messages');
  list.setAttribute('aria-label', ctx.T('messages'));
  el.append(h('h3', undefined, ctx.T('messages')), list);

  let battle: Battle | null = null;
  let rows: MessageRow[] = [];
  /** The rows of the battle shown before a reset, until the new battle's first render. */
  let stale: MessageRow[] | null = null;
  let read = messageRowReader(ctx.lang);

  const lit = (row: MessageRow, index: number, sel: Selected | null): boolean =>
    sel !== null && (sel.message === null ? row.trace === sel.trace : sel.message === index || (row.trace === sel.trace && row.trace >= 0));
  const choose = (index: number): void => {
    const row = rows[index]!;
    const sel = ctx.selection.current;
    ctx.selection.set(sel?.message === index ? null : { trace: row.trace, message: index });
  };
  const item = (index: number): HTMLElement => {
    const row = rows[index]!;
    const li = h('li', 'cq-message', row.text);
    li.value = index + 1;
    li.tabIndex = 0;
    li.dataset.index = String(index);
    li.dataset.trace = String(row.trace);
    li.title = row.trace >= 0 ? `trace #${row.trace + 1}` : '';
    li.classList.toggle('cq-selected', lit(row, index, ctx.selection.current));
    return li;
  };
  const rowOf = (target: EventTarget | null): number | null => {
    const li = (target as Element | null)?.closest?.('li.cq-message') as HTMLElement | null;
    return li ? Number(li.dataset.index) : null;
  };
  list.addEventListener('click', (e) => {
    const i = rowOf(e.target);
    if (i !== null) choose(i);
  });
  list.addEventListener('keydown', (e) => {
    const i = rowOf(e.target);
    if (i === null || (e.key !== 'Enter' && e.key !== ' ')) return;
    e.preventDefault();
    choose(i);
  });
  ctx.selection.watch((sel) => {
    let first: HTMLElement | null = null;
    for (const li of list.children as HTMLCollectionOf<HTMLElement>) {
      const i = Number(li.dataset.index);
      const on = lit(rows[i]!, i, sel);
      li.classList.toggle('cq-selected', on);
      if (on && !first) first = li;
    }
    if (sel && sel.message === null) first?.scrollIntoView?.({ block: 'nearest' });
  });

  return {
    el,
    reset(next) {
      battle = next;
      // The rows stay until the new battle's are read: a seek shares most of them (render keeps those).
      stale = rows;
      rows = [];
      read = messageRowReader(ctx.lang);
      if (ctx.selection.current) ctx.selection.set(null);
    },
    render() {
      if (!battle) return;
      const added = read(battle.events);
      if (added.length === 0 && stale === null) return;
      const from = rows.length;
      rows.push(...added);
      const atBottom = list.scrollTop + list.clientHeight >= list.scrollHeight - 4;
      // After a reset, rows the new battle shows alike keep their elements; only the rest change.
      const kept = stale ? keptRows(stale, rows) : from;
      const first = Math.max(0, rows.length - MESSAGE_DOM_LIMIT);
      if (stale) {
        for (const li of [...list.children] as HTMLElement[]) {
          const i = Number(li.dataset.index);
          if (i < first || i >= kept) li.remove();
        }
        stale = null;
        // A shorter battle keeps older rows in view than the old one did: put those back in front.
        const have = list.firstElementChild ? Number((list.firstElementChild as HTMLElement).dataset.index) : kept;
        const front = ctx.dom.doc.createDocumentFragment();
        for (let i = first; i < Math.min(have, kept); i++) front.append(item(i));
        list.prepend(front);
      }
      const frag = ctx.dom.doc.createDocumentFragment();
      for (let i = Math.max(kept, first); i < rows.length; i++) frag.append(item(i));
      list.append(frag);
      let extra = list.childElementCount - MESSAGE_DOM_LIMIT;
      while (extra-- > 0) list.firstElementChild?.remove();
      if (atBottom || from === 0) list.scrollTop = list.scrollHeight;
    },
  };
}

/** How many rows at the start of `next` are the same as in `before` (text and trace line). */
function keptRows(before: readonly MessageRow[], next: readonly MessageRow[]): number {
  let i = 0;
  while (i < before.length && i < next.length && before[i]!.text === next[i]!.text && before[i]!.trace === next[i]!.trace) i++;
  return i;
}
