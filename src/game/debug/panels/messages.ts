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
      rows = [];
      read = messageRowReader(ctx.lang);
      list.replaceChildren();
      if (ctx.selection.current) ctx.selection.set(null);
    },
    render() {
      if (!battle) return;
      const added = read(battle.events);
      if (added.length === 0) return;
      const from = rows.length;
      rows.push(...added);
      const atBottom = list.scrollTop + list.clientHeight >= list.scrollHeight - 4;
      const frag = ctx.dom.doc.createDocumentFragment();
      for (let i = Math.max(from, rows.length - MESSAGE_DOM_LIMIT); i < rows.length; i++) frag.append(item(i));
      list.append(frag);
      let extra = list.childElementCount - MESSAGE_DOM_LIMIT;
      while (extra-- > 0) list.firstElementChild?.remove();
      if (atBottom || from === 0) list.scrollTop = list.scrollHeight;
    },
  };
}
