// The branches panel: fork the battle at a step (another damage or heal for that step's send, or
// another command at a command wait), switch between up to 8 named branches, rename or delete
// them, and compare two (the compare view, loaded on demand). Hot reload opens the same compare
// view with "before your edit" and "after your edit".
import './compare.css';
import type { Battle } from '../../../core/battle.ts';
import type { Command } from '../../../core/protocol.ts';
import { replayUntilRefused } from '../../../core/replay.ts';
import { SPELLS } from '../../../core/rules.ts';
import { bw, forkName, type BranchWord } from '../branch-words.ts';
import { BranchBook, MAX_BRANCH_NAME, sentNumbers, type Branch, type ForkChange } from '../branches.ts';
import type { CompareRun } from '../compare-model.ts';
import { reconcile } from '../dom.ts';
import type { Panel, PanelContext } from '../panel.ts';
import { bookFor, forgetBook, keepBook, takeLinkedBranches } from '../branch-registry.ts';

export interface BranchesPanel extends Panel {
  /** After a hot reload that changed the battle: the compare view of the run before and after. */
  compareReload(): void;
}

const commandCount = (log: { mode: string; commands?: readonly unknown[] }) => log.commands?.length ?? 0;

export function branchesPanel(ctx: PanelContext): BranchesPanel {
  const { session, lang } = ctx;
  const { h, button } = ctx.dom;
  const W = (k: BranchWord) => bw(k, lang);
  // Folded until asked for (a summary is a button for keys and touch alike), so the trace above
  // keeps its room at 720p.
  const el = h('details', 'cq-section cq-branches');
  const head = h('summary', 'cq-branches-head');
  head.append(h('h3', undefined, W('branches')));
  const list = h('ul', 'cq-branch-list');
  list.setAttribute('aria-label', W('branchList'));
  const form = h('div', 'cq-fork-form');
  const stepIn = numberInput(W('forkStep'));
  const valueIn = numberInput(W('forkValue'));
  const forkSend = button(W('forkSend'), () => doFork({ step: Number(stepIn.value), value: Number(valueIn.value) }));
  forkSend.classList.add('cq-fork-send');
  const commandSel = h('select', 'cq-fork-command');
  commandSel.setAttribute('aria-label', W('command'));
  const forkCommand = button(W('forkCommand'), () => {
    const c = JSON.parse(commandSel.value || 'null') as Command | null;
    if (c) doFork({ step: Number(stepIn.value), command: c });
  });
  forkCommand.classList.add('cq-fork-cmd');
  form.append(labelled(W('forkStep'), stepIn), labelled(W('forkValue'), valueIn), forkSend, commandSel, forkCommand);
  const compareRow = h('div', 'cq-fork-form');
  const pickA = h('select', 'cq-compare-a');
  const pickB = h('select', 'cq-compare-b');
  pickA.setAttribute('aria-label', `${W('compare')} 1`);
  pickB.setAttribute('aria-label', `${W('compare')} 2`);
  const compareButton = button(W('compare'), () => compareBranches());
  compareButton.classList.add('cq-compare-open');
  compareRow.append(pickA, h('span', undefined, W('compareWith')), pickB, compareButton);
  const slot = h('div', 'cq-compare-slot');
  el.append(head, list, form, compareRow, slot);

  let switching = false;
  let drawn = '';
  let prefilledAt = -1;
  let shown: Battle | null = null;
  let previous: Battle | null = null;
  const rows = new Map<number, { li: HTMLLIElement; name: HTMLInputElement; show: HTMLButtonElement; del: HTMLButtonElement; meta: HTMLElement }>();

  session.subscribe({
    onReset: (_battle, reason) => {
      // A new battle, or a file or link opened from outside: its branches start over.
      if (!switching && (reason === 'start' || reason === 'import')) forgetBook(session);
    },
  });

  function book(): BranchBook {
    return bookFor(session) ?? takeLinkedBranches(session) ?? keepBook(session, new BranchBook(session.timelineRun(), lang === 'ja' ? 'もと' : 'main'));
  }

  function numberInput(label: string): HTMLInputElement {
    const input = h('input');
    input.type = 'number';
    input.step = '1';
    input.setAttribute('aria-label', label);
    return input;
  }

  function option(label: string, value: string): HTMLOptionElement {
    const o = h('option', undefined, label);
    o.value = value;
    return o;
  }

  function labelled(text: string, input: HTMLElement): HTMLElement {
    const l = h('label', undefined, `${text} `);
    l.append(input);
    return l;
  }

  function load(branch: Branch): void {
    switching = true;
    try {
      session.setPaused(true);
      session.load(branch.log);
      session.snap();
    } finally {
      switching = false;
    }
    drawn = '';
    ctx.invalidate();
  }

  function doFork(change: ForkChange): void {
    if (!Number.isInteger(change.step) || ('value' in change && !Number.isInteger(change.value))) {
      ctx.say(lang === 'ja' ? 'ステップ と あたい は せいすう で いれてください' : 'step and value must be whole numbers', true);
      return;
    }
    const b = book();
    b.follow(session.timelineRun());
    const r = b.fork(change, session.roster, session.classic(), session.battle.events, forkName(change.step, change, lang));
    if (!r.ok) {
      ctx.say(r.why[lang], true);
      return;
    }
    load(r.branch);
    ctx.say(`${W('forked')} ${r.branch.name}`);
  }

  function runOf(branch: Branch): CompareRun {
    const { battle } = replayUntilRefused(branch.log, session.roster, branch.steps || Infinity, { counter: session.classic() });
    const run = { label: branch.name, events: [...battle.events], steps: battle.stepCount, outcome: battle.outcome };
    if (battle.outcome === null) battle.dispose();
    return run;
  }

  async function openCompare(a: CompareRun, b: CompareRun): Promise<void> {
    slot.textContent = W('loading');
    const { openCompareView } = await import('./compare-view.ts');
    const view = openCompareView(ctx.dom, lang, a, b, () => {
      slot.replaceChildren();
      compareButton.focus();
    });
    slot.replaceChildren(view.el);
    view.el.querySelector<HTMLElement>('.cq-compare-close')?.focus();
  }

  function compareBranches(): void {
    const bk = book();
    bk.follow(session.timelineRun());
    const a = bk.byId(Number(pickA.value));
    const b = bk.byId(Number(pickB.value));
    if (!a || !b) return;
    void openCompare(runOf(a), runOf(b));
  }

  function row(b: Branch) {
    let r = rows.get(b.id);
    if (r) return r;
    const li = h('li', 'cq-branch');
    const show = button(W('show'), () => {
      const picked = book().select(b.id);
      if (picked) load(picked);
    });
    const name = h('input', 'cq-branch-name');
    name.type = 'text';
    name.maxLength = MAX_BRANCH_NAME;
    name.setAttribute('aria-label', W('nameOf'));
    name.addEventListener('change', () => {
      book().rename(b.id, name.value);
      drawn = '';
      ctx.invalidate();
    });
    const del = button(`✕ ${W('remove')}`, () => {
      const bk = book();
      const wasShown = bk.currentId === b.id;
      if (!bk.remove(b.id)) return;
      rows.delete(b.id);
      if (wasShown) load(bk.current);
      drawn = '';
      ctx.invalidate();
    });
    del.setAttribute('aria-label', `${W('removeOf')} ${b.name}`);
    const meta = h('span', 'cq-branch-meta');
    li.append(show, name, meta, del);
    r = { li, name, show, del, meta };
    rows.set(b.id, r);
    return r;
  }

  function renderList(bk: BranchBook): void {
    const key = JSON.stringify([bk.currentId, bk.branches.map((b) => [b.id, b.name, b.steps])]);
    if (key === drawn) return;
    drawn = key;
    reconcile(list, bk.branches.map((b) => {
      const r = row(b);
      const isShown = b.id === bk.currentId;
      r.li.dataset.shown = String(isShown);
      r.li.dataset.branch = String(b.id);
      if (ctx.dom.doc.activeElement !== r.name) r.name.value = b.name;
      r.show.setAttribute('aria-pressed', String(isShown));
      r.show.setAttribute('aria-label', `${W('show')} ${b.name}`);
      r.del.disabled = bk.branches.length === 1;
      r.meta.textContent = `${b.steps} ${W('steps')}${isShown ? ` · ${W('shown')}` : ''}`;
      return r.li;
    }));
    for (const [sel, fallback] of [[pickA, bk.branches[0]!.id], [pickB, bk.currentId]] as const) {
      const keep = Number(sel.value);
      sel.replaceChildren(...bk.branches.map((b) => option(b.name, String(b.id))));
      sel.value = String(bk.byId(keep) && sel.dataset.touched ? keep : fallback);
    }
  }

  for (const sel of [pickA, pickB]) sel.addEventListener('change', () => (sel.dataset.touched = '1'));

  function prefill(step: number): void {
    if (step === prefilledAt || form.contains(ctx.dom.doc.activeElement)) return;
    prefilledAt = step;
    stepIn.value = String(step);
    const sent = sentNumbers(session.battle.events).get(step);
    valueIn.value = sent === undefined ? '' : String(sent);
    const snap = session.snapshot();
    const foes = snap.combatants.filter((c) => c.side === 'enemy' && c.hp > 0 && (c.state === 'suspended' || c.state === 'created'));
    const commands: [string, Command][] = [
      ...foes.map((f): [string, Command] => [`${W('atk')} → ${ctx.names.get(f.id) ?? f.id}`, { kind: 'attack', target: f.id }]),
      ...Object.values(SPELLS).map((s): [string, Command] => [s.name[lang], { kind: 'spell', spell: s.id }]),
      [W('defend'), { kind: 'defend' }],
      [W('flee'), { kind: 'flee' }],
    ];
    commandSel.replaceChildren(...commands.map(([label, c]) => option(label, JSON.stringify(c))));
  }

  return {
    el,
    reset(battle) {
      if (battle !== shown) {
        previous = shown;
        shown = battle;
      }
      prefilledAt = -1;
      drawn = '';
    },
    render(snap) {
      const bk = book();
      const run = session.timelineRun();
      if (!switching && (run.steps !== bk.current.steps || commandCount(run.log) !== commandCount(bk.current.log))) bk.follow(run);
      renderList(bk);
      prefill(snap.step);
      const classic = snap.rule === 'classic';
      for (const c of [forkSend, forkCommand, stepIn, valueIn, commandSel]) c.disabled = classic;
    },
    compareReload() {
      // Called right after the session's reset, maybe before this panel's own reset has run.
      const after = session.battle;
      const before = shown !== after ? shown : previous;
      if (!before || !after) return;
      const run = (b: Battle, label: string): CompareRun => ({ label, events: [...b.events], steps: b.stepCount, outcome: b.outcome });
      (el as HTMLDetailsElement).open = true;
      void openCompare(run(before, W('before')), run(after, W('after')));
    },
  };
}
