// The trace: exactly the CLI's `--trace` lines, filtered by coroutine, copied as text. It is a
// virtual list (virtual-list.ts): every line of a long battle is reachable by scrolling, but only
// the lines in view are in the DOM, and a line is formatted only when it is drawn or copied, so
// a seek (a new battle object, the same lines up to its step) costs a window, not the whole run.
// A line is selected by a click and lights up with the messages it caused (panels/messages.ts).
// A turn a sleeping coroutine did not get has no resume, so no ledger line: it is drawn as an
// unnumbered row between the lines (on screen only; Copy stays the CLI's --trace).
import './trace.css';
import type { Battle } from '../../../core/battle.ts';
import type { LedgerEntry } from '../../../core/task.ts';
import { copyText } from '../export.ts';
import { traceLines } from '../format.ts';
import { skipLine } from '../effects-format.ts';
import type { Panel, PanelContext } from '../panel.ts';
import { UNLAID_ROWS, virtualList } from '../virtual-list.ts';

/** The most trace lines in the DOM while the list has no layout (a hidden tab); in view, the rows that fit plus a margin. */
export const TRACE_DOM_LIMIT = UNLAID_ROWS;

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
  /** Every ledger entry of the shown battle; its lines are formatted when first needed. */
  let entries: readonly LedgerEntry[] = [];
  let texts: (string | undefined)[] = [];
  /** The rows the filter shows, in order: a ledger index, or a skipped turn as -(its index + 1). */
  let shown: number[] = [];
  /** Skipped turns, each before ledger line `before`, read from the battle's events as they come. */
  let skips: { before: number; text: string; task: string }[] = [];
  let eventsSeen = 0;
  let resumesSeen = 0;
  /** The first skip not yet placed among the rows. */
  let nextSkip = 0;
  /** A new battle was set and its lines are not drawn yet. */
  let fresh = false;
  const shows = (i: number) => filter === '' || entries[i]!.task === filter;
  const text = (i: number): string => (texts[i] ??= traceLines([entries[i]!], ctx.names)[0]!);
  const readSkips = (): boolean => {
    const events = battle?.events ?? [];
    const known = skips.length;
    for (; eventsSeen < events.length; eventsSeen++) {
      const e = events[eventsSeen]!;
      if (e.type === 'resume') resumesSeen++;
      else if (e.type === 'skipTurn') skips.push({ before: resumesSeen, text: skipLine(ctx.names.get(e.actor) ?? e.actor, ctx.lang), task: e.actor });
    }
    return skips.length > known;
  };
  /** Appends the rows for ledger lines from..end, with the skipped turns that come before each (and after the last). */
  const place = (from: number): void => {
    const placeSkipsUpTo = (before: number) => {
      for (; nextSkip < skips.length && skips[nextSkip]!.before <= before; nextSkip++) {
        if (filter === '' || skips[nextSkip]!.task === filter) shown.push(-(nextSkip + 1));
      }
    };
    for (let i = from; i < entries.length; i++) {
      placeSkipsUpTo(i);
      if (shows(i)) shown.push(i);
    }
    placeSkipsUpTo(entries.length);
  };

  const rows = virtualList(ctx.dom, list, (li, pos) => {
    const index = shown[pos]!;
    if (index < 0) {
      const skip = skips[-index - 1]!;
      li.className = 'cq-line cq-skip';
      li.textContent = skip.text;
      li.setAttribute('aria-label', skip.text);
      return;
    }
    li.className = 'cq-line';
    li.textContent = text(index);
    li.value = index + 1;
    li.dataset.index = String(index);
    if (filter === '') li.dataset.task = entries[index]!.task;
    if (ctx.selection.current?.trace === index) li.classList.add('cq-selected');
  }, (pos) => shown[pos]!);

  const pick = (target: EventTarget | null): void => {
    const li = (target as Element | null)?.closest?.('li.cq-line') as HTMLElement | null;
    if (!li || li.dataset.index === undefined) return;
    const index = Number(li.dataset.index);
    ctx.selection.set(ctx.selection.current?.trace === index && ctx.selection.current.message === null ? null : { trace: index, message: null });
  };
  list.addEventListener('click', (e) => pick(e.target));
  // Selection follows the message log too: the selected line lights up and scrolls into view.
  ctx.selection.watch((sel) => {
    if (sel && sel.message !== null) {
      const pos = shown.indexOf(sel.trace);
      if (pos >= 0) rows.reveal(pos);
    }
    for (const li of rows.rows()) li.classList.toggle('cq-selected', sel !== null && li.dataset.index === String(sel.trace));
  });
  const refilter = (): void => {
    shown = [];
    nextSkip = 0;
    place(0);
    rows.stickToEnd();
    rows.update(shown.length, true);
  };
  const copy = async (): Promise<void> => {
    const ok = await copyText(shown.filter((i) => i >= 0).map(text).join('\n') + '\n', doc);
    ctx.say(ok ? T('copied') : T('copyFailed'), !ok);
  };
  filterSelect.addEventListener('change', () => {
    filter = filterSelect.value;
    refilter();
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
      // Drawn by the render that follows (one layout per frame, not one here and one there).
      entries = [];
      texts = [];
      shown = [];
      skips = [];
      eventsSeen = 0;
      resumesSeen = 0;
      nextSkip = 0;
      fresh = true;
      rows.stickToEnd();
    },
    render() {
      if (!battle) return;
      const ledger = battle.ledger();
      const newSkips = readSkips();
      if (ledger.length === entries.length && !fresh && !newSkips) return;
      const from = ledger.length < entries.length || fresh ? 0 : entries.length;
      fresh = false;
      // A new battle is a new object (reset), but never show a stale trace.
      if (from === 0) {
        texts = [];
        shown = [];
        nextSkip = 0;
      }
      entries = ledger;
      place(from);
      rows.update(shown.length, from === 0);
    },
  };
}
