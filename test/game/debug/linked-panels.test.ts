// @vitest-environment happy-dom
// The message log, its link to the trace, the tabs, the legend and the debugger's keys: each alone
// against the game's real BattleSession, like panels.test.ts.
import { describe, expect, it } from 'vitest';
import type { InputLog } from '../../../src/core/replay.ts';
import { transcript } from '../../../src/core/messages.ts';
import { BattleSession } from '../../../src/game/battle/session.ts';
import { messageRowReader, windowLines } from '../../../src/game/battle/shown-lines.ts';
import { defaultSourceFor } from '../../../src/game/debug/combatant-sources.ts';
import { domFor } from '../../../src/game/debug/dom.ts';
import { debugActionFor, discardedStarts, faultPlace } from '../../../src/game/debug/format.ts';
import { learnCast, panelContext, type Panel, type PanelContext } from '../../../src/game/debug/panel.ts';
import { cardsPanel } from '../../../src/game/debug/panels/cards.ts';
import { controlsPanel } from '../../../src/game/debug/panels/controls.ts';
import { legendPanel } from '../../../src/game/debug/panels/legend.ts';
import { messagesPanel } from '../../../src/game/debug/panels/messages.ts';
import { tracePanel } from '../../../src/game/debug/panels/trace.ts';
import { recordedYieldLine } from '../../../src/game/debug/source-lines.ts';
import { tabs } from '../../../src/game/debug/tabs.ts';
import { ROSTER } from './fake-session.ts';

const BATTLE: InputLog = { version: 1, mode: 'battle', seed: 5, party: [{ kind: 'hero' }], enemies: ['slime', 'bat'], commands: [] };

function setup(lang: 'ja' | 'en' = 'en') {
  const session = new BattleSession(BATTLE, ROSTER, { paused: true });
  const ctx = panelContext({ session, lang, dom: domFor(document), sourceFor: defaultSourceFor, yieldLineFor: recordedYieldLine });
  return { session, ctx };
}

function show(ctx: PanelContext, ...panels: Panel[]): void {
  const snap = ctx.session.snapshot();
  learnCast(ctx, snap);
  for (const p of panels) {
    p.reset(ctx.session.battle, snap);
    p.render(snap, true);
  }
  document.body.replaceChildren(...panels.map((p) => p.el));
}

function play(session: BattleSession, n: number): void {
  for (let i = 0; i < n && session.battle.outcome === null; i++) {
    const r = session.step();
    if (r.waitingFor && !r.resumed) session.submit({ kind: 'attack', target: session.battle.living('enemy')[0]! });
  }
}

const $$ = (sel: string) => [...document.querySelectorAll<HTMLElement>(sel)];

describe('shown lines', () => {
  it('message rows are the battle transcript, each caused by a resume of the ledger', () => {
    const { session } = setup();
    play(session, 30);
    const events = session.battle.events;
    const rows = messageRowReader('en')(events);
    expect(rows.map((r) => r.text)).toEqual(transcript(events, 'en').filter((l) => l !== ''));
    // The trace index is the ledger entry of the last resume before the message.
    const ledger = session.battle.ledger();
    for (const r of rows.filter((x) => x.trace >= 0)) {
      const resumes = events.slice(0, r.event + 1).filter((e) => e.type === 'resume');
      expect(resumes.at(-1)!.type === 'resume' && resumes.at(-1)!.entry).toEqual(ledger[r.trace]);
    }
    expect(rows[0]!.trace).toBe(-1); // "Slime and Bat appear!" comes before any resume
  });

  it('the reader only reads new events; the window holds what the last turn said', () => {
    const { session } = setup();
    const read = messageRowReader('ja');
    const first = read(session.battle.events);
    play(session, 8);
    const more = read(session.battle.events);
    expect([...first, ...more]).toEqual(messageRowReader('ja')(session.battle.events));
    const lines = windowLines(session.battle.events, 'ja', 3);
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.length).toBeLessThanOrEqual(3);
    // The window was cleared at the last turn's start: every line is from that turn.
    const turn = session.snapshot().turn;
    const ofTurn = more.filter((r) => r.turn === turn).map((r) => r.text);
    for (const l of lines) if (!/どうする/.test(l)) expect(ofTurn).toContain(l);
  });
});

describe('message log ↔ trace', () => {
  it('one row per message; selecting a row lights its trace line, selecting a trace line lights its rows', () => {
    const { session, ctx } = setup();
    play(session, 14);
    const log = messagesPanel(ctx);
    const trace = tracePanel(ctx);
    show(ctx, trace, log);
    const rows = messageRowReader('en')(session.battle.events);
    expect($$('.cq-message').map((li) => li.textContent)).toEqual(rows.map((r) => r.text));

    const damage = rows.findIndex((r) => /damage/.test(r.text));
    expect(damage).toBeGreaterThan(0);
    $$('.cq-message')[damage]!.click();
    expect($$('.cq-trace li.cq-selected').map((li) => li.dataset.index)).toEqual([String(rows[damage]!.trace)]);
    expect($$('.cq-message.cq-selected').map((li) => li.textContent)).toContain(rows[damage]!.text);

    const line = rows[damage]!.trace;
    $$(`.cq-trace li[data-index="${line}"]`)[0]!.click();
    const lit = $$('.cq-message.cq-selected').map((li) => Number(li.dataset.index));
    expect(lit).toEqual(rows.flatMap((r, i) => (r.trace === line ? [i] : [])));
    // A second click on the same trace line clears the selection.
    $$(`.cq-trace li[data-index="${line}"]`)[0]!.click();
    expect($$('.cq-selected')).toEqual([]);

    // New messages are appended as the battle goes on.
    play(session, 6);
    log.render(session.snapshot(), false);
    expect($$('.cq-message').length).toBe(messageRowReader('en')(session.battle.events).length);
  });
});

describe('cards', () => {
  it('says when a first next() only started a coroutine and its action was thrown away', () => {
    const { session, ctx } = setup();
    play(session, 4); // seed 5: the hero's attack starts the slime out of its turn (step 3)
    const panel = cardsPanel(ctx);
    show(ctx, panel);
    const note = (id: string) => document.querySelector<HTMLElement>(`.cq-card[data-id="${id}"] .cq-card-note`)!;
    const thrown = discardedStarts()(session.battle.events);
    expect([...thrown.keys()]).toEqual(['slime']);
    expect(note('slime').hidden).toBe(false);
    expect(note('slime').textContent).toMatch(/thrown away: act \{"kind":"attack"/);
    expect(note('hero').hidden).toBe(true);
    expect(note('bat').hidden).toBe(true); // not started yet; its first next() will be its own turn
  });

  it('a fault points at the file:line its message names, else at the last yield it reached', () => {
    const view = { state: 'errored' as const, error: 'Looper threw NoYieldError: did not yield (loop at infinite-loop.ts:13)', at: { file: 'infinite-loop.ts', line: 9 } };
    expect(faultPlace(view)).toEqual({ file: 'infinite-loop.ts', line: 13 });
    expect(faultPlace({ ...view, error: 'threw RangeError: out of range' })).toEqual({ file: 'infinite-loop.ts', line: 9 });
    expect(faultPlace({ ...view, state: 'suspended' })).toBeNull();
  });
});

describe('legend, keys and tabs', () => {
  it('the legend lists the states the debugger shows (not running) and its keys', () => {
    const { ctx } = setup();
    show(ctx, legendPanel(ctx));
    const text = document.body.textContent ?? '';
    for (const state of ['created', 'suspended', 'closed', 'errored', 'cancelled']) expect(text).toContain(state);
    expect(text).not.toContain('running');
    expect($$('.cq-keys kbd').map((k) => k.textContent)).toEqual(['`', 'P', 'N', 'T', 'B', 'R']);
  });

  it('P N T B R run the controls by physical key; the buttons carry their key', () => {
    const { session, ctx } = setup();
    const controls = controlsPanel(ctx);
    show(ctx, controls);
    expect(debugActionFor('KeyN')).toBe('step');
    expect(debugActionFor('KeyZ')).toBeNull();
    expect($$('.cq-btn').map((b) => b.dataset.key)).toEqual(['P', 'N', 'T', 'B', 'R']);
    expect($$('.cq-btn')[0]!.textContent).toBe('Resume'); // the label only: the key is drawn by CSS
    expect(controls.run('stepBack')).toBe(false); // nothing to step back to
    expect(controls.run('step')).toBe(true);
    expect(session.snapshot().step).toBe(1);
    expect(controls.run('stepBack')).toBe(true);
    expect(session.snapshot().step).toBe(0);
    expect(controls.run('pause')).toBe(true);
    expect(session.control.paused).toBe(false);
  });

  it('tabs show one pane at a time', () => {
    const dom = domFor(document);
    const a = dom.h('p', undefined, 'A');
    const b = dom.h('p', undefined, 'B');
    const picked: string[] = [];
    const t = tabs(dom, [{ id: 'a', label: 'A', content: [a] }, { id: 'b', label: 'B', content: [b] }], (id) => picked.push(id));
    document.body.replaceChildren(t.el);
    expect(a.parentElement!.hidden).toBe(false);
    expect(b.parentElement!.hidden).toBe(true);
    $$('.cq-tab')[1]!.click();
    expect(t.selected).toBe('b');
    expect(a.parentElement!.hidden).toBe(true);
    expect($$('.cq-tab').map((x) => x.getAttribute('aria-selected'))).toEqual(['false', 'true']);
    expect(picked).toEqual(['b']);
  });
});

describe('a seek keeps what the new step shares', () => {
  it('message rows and cards the rebuilt battle shows alike keep their elements; the rest follow the new step', () => {
    const { session, ctx } = setup();
    play(session, 30);
    const messages = messagesPanel(ctx);
    const cards = cardsPanel(ctx);
    show(ctx, messages, cards);
    const before = $$('.cq-message');
    const card = $$('.cq-card')[0];
    session.seek(20);
    const snap = session.snapshot();
    for (const p of [messages, cards]) p.reset(session.battle, snap);
    for (const p of [messages, cards]) p.render(snap, true);
    const rows = messageRowReader('en')(session.battle.events);
    const after = $$('.cq-message');
    expect(after.map((li) => li.textContent)).toEqual(rows.map((r) => r.text));
    expect(after.length).toBeLessThan(before.length);
    expect(after.slice(0, -1).every((li, i) => li === before[i])).toBe(true);
    expect($$('.cq-card')[0]).toBe(card);
    for (const view of snap.combatants) {
      const el = $$('.cq-card').find((c) => c.dataset.id === view.id)!;
      expect(el.querySelectorAll('.cq-fields dd')[3]!.textContent).toBe(String(view.resumes));
    }
  });
});
