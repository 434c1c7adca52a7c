// The run queue: who is resuming now, who is next (front → back), and who left the queue.
import './queue.css';
import type { BattleSnapshot } from '../../../core/battle.ts';
import { animate, reconcile } from '../dom.ts';
import { isAlive } from '../format.ts';
import { effectMarks, effectsText } from '../effects-format.ts';
import type { Panel, PanelContext } from '../panel.ts';

export function queuePanel(ctx: PanelContext): Panel {
  const { h } = ctx.dom;
  const T = ctx.T;
  const el = h('section', 'cq-section cq-queue-section');
  const nowSlot = h('div', 'cq-now');
  nowSlot.append(h('span', 'cq-now-label', `${T('now')} ▶`));
  const nowChips = h('span', 'cq-now-chips');
  nowSlot.append(nowChips);
  const queueList = h('ol', 'cq-queue');
  queueList.setAttribute('aria-label', T('queue'));
  const outRow = h('div', 'cq-out');
  const outChips = h('span', 'cq-out-chips');
  // The chips are <li>s that move between these three lists: each is a list to assistive tech.
  for (const [list, label] of [[nowChips, T('now')], [outChips, T('out')]] as const) {
    list.setAttribute('role', 'list');
    list.setAttribute('aria-label', label);
  }
  outRow.append(h('span', 'cq-out-label', `${T('out')}:`), outChips);
  el.append(h('h3', undefined, T('queue')), nowSlot, queueList, outRow);

  const chips = new Map<string, HTMLElement>();
  let prevCurrent: string | null = null;
  let prevGone = new Set<string>();
  const chipFor = (id: string): HTMLElement => {
    let chip = chips.get(id);
    if (!chip) {
      chip = h('li', 'cq-chip', ctx.names.get(id) ?? id);
      chip.dataset.id = id;
      chips.set(id, chip);
    }
    return chip;
  };

  return {
    el,
    reset(_battle, snap) {
      chips.clear();
      nowChips.replaceChildren();
      queueList.replaceChildren();
      outChips.replaceChildren();
      prevCurrent = snap.current;
      prevGone = new Set();
    },
    render(snap: BattleSnapshot, fresh: boolean) {
      const inQueue = new Set(snap.queue);
      const current = snap.current;
      const gone = snap.combatants.filter((c) => c.id !== current && !inQueue.has(c.id) && (!isAlive(c.state) || c.fled)).map((c) => c.id);
      reconcile(nowChips, current ? [chipFor(current)] : []);
      reconcile(queueList, snap.queue.map(chipFor));
      reconcile(outChips, gone.map(chipFor));
      outRow.hidden = gone.length === 0;
      const out = new Set(snap.combatants.filter((c) => !isAlive(c.state) || c.fled).map((c) => c.id));
      for (const [id, chip] of chips) {
        chip.classList.toggle('cq-current', id === current);
        chip.classList.toggle('cq-gone', out.has(id));
      }
      // Effects on the chips: an asleep coroutine stays in the queue, drawn dashed (suspended, not scheduled).
      for (const c of snap.combatants) {
        const chip = chips.get(c.id);
        if (!chip) continue;
        const text = `${ctx.names.get(c.id) ?? c.id}${effectMarks(c.effects)}`;
        if (chip.textContent !== text) chip.textContent = text;
        chip.classList.toggle('cq-asleep', (c.effects?.sleep ?? 0) > 0);
        chip.classList.toggle('cq-poisoned', c.effects?.poison === true);
        const title = effectMarks(c.effects) ? effectsText(c.effects, ctx.lang) : '';
        if (title) chip.title = title;
        else chip.removeAttribute('title');
      }
      if (!fresh) {
        if (current && current !== prevCurrent) animate(chipFor(current), 'cq-pop');
        if (prevCurrent && prevCurrent !== current && snap.queue[snap.queue.length - 1] === prevCurrent) animate(chipFor(prevCurrent), 'cq-append');
        for (const id of gone) if (!prevGone.has(id)) animate(chipFor(id), 'cq-leave');
      }
      prevCurrent = current;
      prevGone = new Set(gone);
    },
  };
}
