// The trace: exactly the CLI's `--trace` lines, filtered by coroutine, copied as text. The DOM
// keeps at most TRACE_DOM_LIMIT lines; the full trace stays in memory for copying. A line is
// selected by a click (or Enter) and lights up with the messages it caused (panels/messages.ts).
import './trace.css';
import type { Battle } from '../../../core/battle.ts';
import { copyText } from '../export.ts';
import { traceLines } from '../format.ts';
import { skipLine } from '../effects-format.ts';
import type { Panel, PanelContext } from '../panel.ts';

/** Lines of trace kept in the DOM; older ones are dropped from the view (copy still has them). */
export const TRACE_DOM_LIMIT = 500;

export function tracePanel(ctx: PanelContext): Panel {
  const { h, button, doc } = ctx.dom;
  const { T } = ctx;
  const el = h('section', 'cq-section cq-trace-section');
  const bar = h('div', 'cq-trace-bar');
  const filterLabel = h('label', undefined, `${T('filter')} `);
  const filterSelect = h('select', 'cq-filter');
  filterLabel.append(filterSelect);
  bar.append(filterLabel, button(T('copy'), () => void copy()));
  const list = h('ol', 'cq-trace');
  list.tabIndex = 0;
  list.setAttribute('aria-label', T('trace'));
  el.append(h('h3', undefined, T('trace')), bar, list);

  let battle: Battle | null = null;
  let filter = '';
  /** Every trace line of the shown battle, and the task it belongs to (filter, copy). */
  let lines: string[] = [];
  let lineTasks: string[] = [];
  /** Turns a sleeping coroutine did not get: no resume, so no ledger line; shown between the lines (DOM only). */
  let skips: { before: number; text: string; task: string }[] = [];
  let eventsSeen = 0;
  let resumesSeen = 0
  const shows = (i: number) => filter === '' || lineTasks[i] === filter;

  const item = (index: number): HTMLElement => {
    const li = h('li', 'cq-line', lines[index]);
    li.value = index + 1;
    li.dataset.index = String(index);
    if (filter === '') li.dataset.task = lineTasks[index]!;
    if (ctx.selection.current?.trace === index) li.classList.add('cq-selected');
    return li;
  };
  const pick = (target: EventTarget | null): void => {
    const li = (target as Element | null)?.closest?.('li.cq-line') as HTMLElement | null;
    if (!li) return;
    const index = Number(li.dataset.index);
    ctx.selection.set(ctx.selection.current?.trace === index && ctx.selection.current.message === null ? null : { trace: index, message: null });
  };
  list.addEventListener('click', (e) => pick(e.target));
  // Selection follows the message log too: the selected line lights up and scrolls into view.
  ctx.selection.watch((sel) => {
    for (const li of list.querySelectorAll('.cq-selected')) li.classList.remove('cq-selected');
    if (!sel) return;
    const li = list.querySelector<HTMLElement>(`li[data-index="${sel.trace}"]`);
    li?.classList.add('cq-selected');
    if (li && sel.message !== null) li.scrollIntoView?.({ block: 'nearest' });
  });
  const skipItem = (text: string): HTMLElement => {
    const li = h('li', 'cq-line cq-skip', text);
    li.setAttribute('aria-label', text);
    return li;
  };
  /** The skipped turns that come just before ledger line `index` (or after the last, for lines.length). */
  const skipsBefore = (index: number): HTMLElement[] =>
    skips.filter((s) => s.before === index && (filter === '' || s.task === filter)).map((s) => skipItem(s.text));
  const readSkips = (): void => {
    const events = battle?.events ?? [];
    for (; eventsSeen < events.length; eventsSeen++) {
      const e = events[eventsSeen]!;
      if (e.type === 'resume') resumesSeen++;
      else if (e.type === 'skipTurn') {
        skips.push({ before: resumesSeen, text: skipLine(ctx.names.get(e.actor) ?? e.actor, ctx.lang), task: e.actor });
      }
    }
  };
  const rebuild = (): void => {
    const frag = doc.createDocumentFragment();
    const indexes = lines.map((_, i) => i).filter(shows);
    for (const i of indexes.slice(-TRACE_DOM_LIMIT)) frag.append(...skipsBefore(i), item(i));
    frag.append(...skipsBefore(lines.length));
    list.replaceChildren(frag);
    list.scrollTop = list.scrollHeight;
  };
  const copy = async (): Promise<void> => {
    const ok = await copyText(lines.filter((_, i) => shows(i)).join('\n') + '\n', doc);
    ctx.say(ok ? T('copied') : T('copyFailed'), !ok);
  };
  filterSelect.addEventListener('change', () => {
    filter = filterSelect.value;
    rebuild();
  });

  return {
    el,
    reset(next, snap) {
      battle = next;
      filter = snap.combatants.some((c) => c.id === filter) ? filter : '';
      const all = h('option', undefined, T('all'));
      all.value = '';
      filterSelect.replaceChildren(all, ...snap.combatants.map((c) => {
        const o = h('option', undefined, `${c.name[ctx.lang]} (${c.id})`);
        o.value = c.id;
        return o;
      }));
      filterSelect.value = filter;
      lines = [];
      lineTasks = [];
      skips = [];
      eventsSeen = 0;
      resumesSeen = 0;
      list.replaceChildren();
    },
    render() {
      if (!battle) return;
      const ledger = battle.ledger();
      if (ledger.length < lines.length) {
        // A new battle is a new object (reset), but never show a stale trace.
        lines = [];
        lineTasks = [];
        skips = [];
        eventsSeen = 0;
        resumesSeen = 0;
        list.replaceChildren();
      }
      const skipsKnown = skips.length;
      readSkips();
      if (ledger.length === lines.length) {
        for (const s of skips.slice(skipsKnown)) if (filter === '' || s.task === filter) list.append(skipItem(s.text));
        return;
      }
      const before = lines.length;
      const added = ledger.slice(lines.length);
      const text = traceLines(added, ctx.names);
      const atBottom = list.scrollTop + list.clientHeight >= list.scrollHeight - 4;
      const frag = doc.createDocumentFragment();
      const shown: number[] = [];
      for (let i = 0; i < added.length; i++) {
        lines.push(text[i]!);
        lineTasks.push(added[i]!.task);
        if (shows(lines.length - 1)) shown.push(lines.length - 1);
      }
      // Skips already on screen (before the old end) stay where they are; the new ones go between the new lines.
      const fresh = new Set(skips.slice(skipsKnown));
      const newSkips = (i: number) => skips.filter((s) => fresh.has(s) && s.before === i && (filter === '' || s.task === filter)).map((s) => skipItem(s.text));
      for (const index of shown.slice(-TRACE_DOM_LIMIT)) frag.append(...(index >= before ? newSkips(index) : []), item(index));
      frag.append(...newSkips(lines.length));
      list.append(frag);
      let extra = list.childElementCount - TRACE_DOM_LIMIT;
      while (extra-- > 0) list.firstElementChild?.remove();
      if (atBottom) list.scrollTop = list.scrollHeight;
    },
  };
}
