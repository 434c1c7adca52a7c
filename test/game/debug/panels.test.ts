// @vitest-environment happy-dom
// Each overlay panel alone, against the game's real BattleSession (no mount, no frame loop).
import { describe, expect, it } from 'vitest';
import type { InputLog } from '../../../src/core/replay.ts';
import { BattleSession } from '../../../src/game/battle/session.ts';
import { defaultSourceFor } from '../../../src/game/debug/combatant-sources.ts';
import { domFor } from '../../../src/game/debug/dom.ts';
import { traceLines } from '../../../src/game/debug/format.ts';
import { learnCast, panelContext, type Panel, type PanelContext } from '../../../src/game/debug/panel.ts';
import { cardsPanel } from '../../../src/game/debug/panels/cards.ts';
import { controlsPanel } from '../../../src/game/debug/panels/controls.ts';
import { queuePanel } from '../../../src/game/debug/panels/queue.ts';
import { saveSharePanel } from '../../../src/game/debug/panels/save-share.ts';
import { sourceViewer } from '../../../src/game/debug/panels/source.ts';
import { tracePanel } from '../../../src/game/debug/panels/trace.ts';
import { recordedYieldLine } from '../../../src/game/debug/source-lines.ts';
import { readLogLink } from '../../../src/game/debug/log-link.ts';
import { inputLogOf } from '../../../src/core/log/log-file.ts';
import { ROSTER } from './fake-session.ts';

const BATTLE: InputLog = { version: 1, mode: 'battle', seed: 3, party: [{ kind: 'hero' }], enemies: ['slime', 'bat'], commands: [] };

function setup(lang: 'ja' | 'en' = 'en') {
  const session = new BattleSession(BATTLE, ROSTER, { paused: true });
  const said: string[] = [];
  const ctx = panelContext({ session, lang, dom: domFor(document), sourceFor: defaultSourceFor, yieldLineFor: recordedYieldLine, say: (m) => said.push(m) });
  return { session, ctx, said };
}

/** reset + render, as the mount does for a new battle object. */
function show(ctx: PanelContext, panel: Panel): Panel {
  const snap = ctx.session.snapshot();
  learnCast(ctx, snap);
  panel.reset(ctx.session.battle, snap);
  panel.render(snap, true);
  document.body.replaceChildren(panel.el);
  return panel;
}

/** `n` resumes; whenever the hero asks for a command, it attacks the first living enemy. */
function playUntilAsked(session: BattleSession, n = 6): void {
  for (let i = 0; i < n && session.battle.outcome === null; i++) {
    const r = session.step();
    if (r.waitingFor && !r.resumed) expect(session.submit({ kind: 'attack', target: session.battle.living('enemy')[0]! })).toEqual({ ok: true });
  }
}

describe('overlay panels on a real BattleSession', () => {
  it('controls: Step is exactly one resume, Step back undoes it, and the buttons follow the snapshot', () => {
    const { session, ctx } = setup();
    const panel = show(ctx, controlsPanel(ctx));
    const buttons = [...panel.el.querySelectorAll('button')];
    const [pause, step, , back] = buttons;
    expect(back!.disabled).toBe(true);
    expect(pause!.textContent).toBe('Resume');
    step!.click();
    expect(session.battle.stepCount).toBe(1);
    panel.render(session.snapshot(), false);
    expect(back!.disabled).toBe(false);
    back!.click();
    expect(session.battle.stepCount).toBe(0);
    pause!.click();
    expect(session.control.paused).toBe(false);
  });

  it('queue: shows the run queue in order, with the display names', () => {
    const { session, ctx } = setup();
    session.step();
    const panel = show(ctx, queuePanel(ctx));
    const snap = session.snapshot();
    const queued = [...panel.el.querySelectorAll('.cq-queue .cq-chip')].map((c) => (c as HTMLElement).dataset.id);
    expect(queued).toEqual(snap.queue);
    expect(panel.el.querySelector('.cq-queue .cq-chip')!.textContent).toBe(ctx.names.get(snap.queue[0]!));
  });

  it('cards: one per coroutine, with its resumes and the line it is suspended at', () => {
    const { session, ctx } = setup();
    playUntilAsked(session);
    const panel = show(ctx, cardsPanel(ctx));
    const snap = session.snapshot();
    const cards = [...panel.el.querySelectorAll<HTMLElement>('.cq-card')];
    expect(cards.map((c) => c.dataset.id)).toEqual(snap.combatants.map((c) => c.id));
    for (const view of snap.combatants) {
      const card = cards.find((c) => c.dataset.id === view.id)!;
      expect(card.dataset.state).toBe(view.state);
      expect(card.querySelectorAll('.cq-fields dd')[3]!.textContent).toBe(String(view.resumes));
      if (view.state === 'suspended') expect(card.querySelector('.cq-where-text')!.textContent).toMatch(new RegExp(`^${view.kind}\\.ts:\\d+  .*yield`));
    }
  });

  it('trace: exactly the ledger as trace lines, and new entries are appended', () => {
    const { session, ctx } = setup();
    session.step();
    const panel = show(ctx, tracePanel(ctx));
    const lines = () => [...panel.el.querySelectorAll('.cq-trace li')].map((li) => li.textContent);
    expect(lines()).toEqual(traceLines(session.battle.ledger(), ctx.names));
    playUntilAsked(session);
    panel.render(session.snapshot(), false);
    expect(lines()).toEqual(traceLines(session.battle.ledger(), ctx.names));
    expect(lines().length).toBeGreaterThan(1);
  });

  it('source viewer: the combatant file with its recorded yield line marked; closing shows the body again', () => {
    const { session, ctx } = setup();
    playUntilAsked(session);
    let body = true;
    const viewer = sourceViewer(ctx, (visible) => {
      body = visible;
    });
    show(ctx, viewer);
    const slime = session.snapshot().combatants.find((c) => c.id === 'slime')!;
    expect(slime.state).toBe('suspended');
    viewer.open('slime');
    expect(viewer.isOpen).toBe(true);
    expect(body).toBe(false);
    const mark = viewer.el.querySelector('li.cq-mark')!;
    const line = [...viewer.el.querySelectorAll('.cq-source-code li')].indexOf(mark) + 1;
    expect(line).toBe(slime.at!.line);
    expect(mark.textContent).toMatch(/\byield\b/);
    viewer.close();
    expect(body).toBe(true);
  });

  it('save and share: the share link carries the session\'s input log', async () => {
    const { session, ctx, said } = setup();
    playUntilAsked(session);
    const panel = show(ctx, saveSharePanel(ctx));
    const shareButton = [...panel.el.querySelectorAll('button')].find((b) => b.textContent === 'Copy share link')!;
    shareButton.click();
    await new Promise((resolve) => setTimeout(resolve, 0));
    const url = panel.el.querySelector<HTMLInputElement>('.cq-share-url')!;
    expect(url.hidden).toBe(false);
    const read = readLogLink(new URL(url.value).hash);
    if (!read?.ok) throw new Error(`the share link does not read back: ${JSON.stringify(read)}`);
    expect(inputLogOf(read.file)).toEqual(session.inputLog());
    expect(said.length).toBe(1);
  });
});
