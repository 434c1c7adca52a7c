// @vitest-environment happy-dom
// The timeline panel alone, against the real BattleSession: a drag previews recorded snapshots
// without touching the live battle, the release seeks, a key press seeks at once.
import { describe, expect, it } from 'vitest';
import type { InputLog } from '../../../src/core/replay.ts';
import { BattleSession } from '../../../src/game/battle/session.ts';
import { defaultSourceFor } from '../../../src/game/debug/combatant-sources.ts';
import { domFor } from '../../../src/game/debug/dom.ts';
import { panelContext } from '../../../src/game/debug/panel.ts';
import { timelinePanel } from '../../../src/game/debug/panels/timeline.ts';
import { recordedYieldLine } from '../../../src/game/debug/source-lines.ts';
import { ROSTER } from './fake-session.ts';

const BATTLE: InputLog = { version: 1, mode: 'battle', seed: 3, party: [{ kind: 'hero' }], enemies: ['slime', 'bat'], commands: [] };

function setup(lang: 'ja' | 'en') {
  const session = new BattleSession(BATTLE, ROSTER, { paused: true });
  let snaps = 0;
  session.subscribe({ onSnap: () => snaps++ });
  const ctx = panelContext({ session, lang, dom: domFor(document), sourceFor: defaultSourceFor, yieldLineFor: recordedYieldLine });
  const panel = timelinePanel(ctx);
  document.body.replaceChildren(panel.el);
  while (session.battle.outcome === null) {
    const r = session.step();
    if (r.waitingFor && !r.resumed) session.submit({ kind: 'attack', target: session.battle.living('enemy')[0]! });
  }
  panel.reset(session.battle, session.snapshot());
  panel.render(session.snapshot(), true);
  const range = panel.el.querySelector<HTMLInputElement>('input[type=range]')!;
  return { session, panel, range, snaps: () => snaps };
}

describe('timeline panel', () => {
  it('previews while dragging, seeks on release, and keeps the future to go forward again', () => {
    const { session, panel, range, snaps } = setup('en');
    const end = session.battle.stepCount;
    expect(range.max).toBe(String(end));
    expect(range.value).toBe(String(end));
    range.dispatchEvent(new Event('pointerdown'));
    range.value = '4';
    range.dispatchEvent(new Event('input'));
    const preview = panel.preview()!;
    expect(preview.step).toBe(4);
    expect(session.battle.stepCount).toBe(end); // the live battle is untouched while dragging
    panel.render(session.snapshot(), false);
    expect(panel.el.querySelector('.cq-timeline-readout')!.textContent).toBe(`step 4 / ${end} (recorded)`);
    range.dispatchEvent(new Event('change'));
    expect(panel.preview()).toBeNull();
    expect(session.battle.stepCount).toBe(4);
    expect(session.snapshot()).toEqual(preview);
    expect(snaps()).toBe(1);
    panel.render(session.snapshot(), true);
    expect(range.max).toBe(String(end));
    // A key press (no pointer): input then change, straight to a seek.
    range.value = '5';
    range.dispatchEvent(new Event('input'));
    expect(panel.preview()).toBeNull();
    range.dispatchEvent(new Event('change'));
    expect(session.battle.stepCount).toBe(5);
    range.value = String(end);
    range.dispatchEvent(new Event('change'));
    expect(session.battle.stepCount).toBe(end);
    expect(session.control.paused).toBe(true);
  });

  it('speaks Japanese and lists every kind of mark in words', () => {
    const { panel, range } = setup('ja');
    expect(range.getAttribute('aria-label')).toContain('ステップ');
    expect([...panel.el.querySelectorAll('.cq-timeline-key')].map((e) => e.textContent)).toEqual(['│ ターン', '▼ たおれた', '✖ エラー', '● コマンド']);
    expect(range.getAttribute('aria-valuetext')).toMatch(/^ステップ \d+ \/ \d+$/);
  });
});
