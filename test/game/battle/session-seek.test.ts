import { beforeAll, describe, expect, it } from 'vitest';
import type { BattleLog } from '../../../src/core/replay';
import type { Roster } from '../../../src/core/roster';
import { loadTestRoster } from '../../helpers';
import { BattleSession } from '../../../src/game/battle/session';
import { marksOf, recordRun } from '../../../src/game/debug/timeline-model';

let roster: Roster;
beforeAll(async () => {
  roster = await loadTestRoster();
});

const LOG: BattleLog = { version: 1, mode: 'battle', seed: 12, party: [{ kind: 'hero' }], enemies: ['slime', 'bat'], commands: [] };

/** Steps `steps` resumes like the driver does, attacking the first living enemy when asked. */
function playTo(session: BattleSession, steps: number): void {
  while (session.battle.outcome === null && session.battle.stepCount < steps) {
    const r = session.step();
    if (r.waitingFor && !r.resumed) session.submit({ kind: 'attack', target: session.battle.living('enemy')[0]! });
  }
}

const state = (s: BattleSession) => JSON.stringify({ snap: s.snapshot(), events: s.battle.events, log: s.inputLog() });

describe('BattleSession.seek', () => {
  it('seeking to step n equals stepping n resumes from the start, for every n, back and forward', () => {
    const session = new BattleSession(LOG, roster);
    playTo(session, Infinity);
    const end = session.battle.stepCount;
    expect(end).toBeGreaterThan(6);
    const log = session.inputLog() as BattleLog;
    // Out of order on purpose: back, forward past where it was, back again.
    const order = [3, end, 1, end - 2, 0, 5, ...Array.from({ length: end + 1 }, (_, i) => end - i)];
    for (const n of order) {
      session.seek(n);
      const fresh = new BattleSession({ ...log, commands: [] }, roster);
      // Fed the same commands the recorded run gave, in order.
      let next = 0;
      while (fresh.battle.outcome === null && fresh.battle.stepCount < n) {
        const r = fresh.step();
        if (r.waitingFor && !r.resumed) fresh.submit(log.commands[next++]!);
      }
      expect(state(session), `seek(${n})`).toBe(state(fresh));
    }
    expect(session.timelineRun().steps).toBe(end);
  });

  it('clamps to the recorded run, replays silently and announces one reset', () => {
    const session = new BattleSession(LOG, roster);
    playTo(session, 6);
    const calls: string[] = [];
    session.subscribe({ onEvent: (_e, silent) => calls.push(silent ? 'silent' : 'live'), onReset: (_b, why) => calls.push(`reset:${why}`) });
    session.seek(99);
    expect(session.battle.stepCount).toBe(6);
    session.seek(-4);
    expect(session.battle.stepCount).toBe(0);
    expect(calls.filter((c) => c.startsWith('reset'))).toEqual(['reset:seek', 'reset:seek']);
    expect(calls.filter((c) => !c.startsWith('reset')).every((c) => c === 'silent')).toBe(true);
  });

  it('keeps the future after a step back; a different command or a restart starts a new one', () => {
    const session = new BattleSession(LOG, roster);
    playTo(session, 10);
    session.stepBack();
    session.stepBack();
    expect(session.timelineRun().steps).toBe(10);
    session.seek(10);
    expect(session.battle.stepCount).toBe(10);
    session.seek(0);
    // A different first command: the old future is gone.
    let r = session.step();
    while (!(r.waitingFor && !r.resumed)) r = session.step();
    expect(session.submit({ kind: 'defend' })).toEqual({ ok: true });
    session.step();
    expect(session.timelineRun().steps).toBe(session.battle.stepCount);
    playTo(session, 8);
    session.restart();
    expect(session.timelineRun().steps).toBe(0);
  });

  it('records one snapshot per step, each what seek(n) rebuilds, and marks turns, deaths and commands', () => {
    const session = new BattleSession(LOG, roster);
    playTo(session, Infinity);
    const run = session.timelineRun();
    const recorded = recordRun(run, roster);
    expect(recorded.steps).toBe(run.steps);
    expect(recorded.snapshots).toHaveLength(run.steps + 1);
    for (const n of [0, 1, Math.floor(run.steps / 2), run.steps]) {
      session.seek(n);
      expect(recorded.snapshots[n]).toEqual(session.snapshot());
    }
    const kinds = new Set(recorded.marks.map((m) => m.kind));
    expect([...kinds].sort()).toEqual(['command', 'death', 'turn']);
    expect(recorded.marks).toEqual(marksOf(session.battle.events));
    // Deaths are at the step whose resume returned: the snapshot there shows the corpse, the one before does not.
    for (const m of recorded.marks.filter((k) => k.kind === 'death')) {
      const dead = (s: (typeof recorded.snapshots)[number]) => s.combatants.filter((c) => c.hp <= 0).length;
      expect(dead(recorded.snapshots[m.step]!)).toBeGreaterThan(dead(recorded.snapshots[m.step - 1]!));
    }
  });
});
