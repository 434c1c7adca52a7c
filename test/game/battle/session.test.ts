import { beforeAll, describe, expect, it } from 'vitest';
import type { BattleEvent } from '../../../src/core/events';
import { replay, type BattleLog } from '../../../src/core/replay';
import type { Roster } from '../../../src/core/roster';
import { loadTestRoster } from '../../helpers';
import { BattleSession } from '../../../src/game/battle/session';

let roster: Roster;
beforeAll(async () => {
  roster = await loadTestRoster();
});

const LOG: BattleLog = { version: 1, mode: 'battle', seed: 12, party: [{ kind: 'hero' }], enemies: ['slime', 'bat'], commands: [] };

/** Steps like the driver does, attacking the first living enemy. */
function play(session: BattleSession, commands: number): void {
  let given = 0;
  while (session.battle.outcome === null && given < commands) {
    const r = session.step();
    if (r.waitingFor && !r.resumed) {
      session.submit({ kind: 'attack', target: session.battle.living('enemy')[0]! });
      given++;
    }
  }
}

describe('BattleSession', () => {
  it('forwards live events, and its log replays to the same events', () => {
    const session = new BattleSession(LOG, roster);
    const heard: [BattleEvent['type'], boolean][] = [];
    session.subscribe({ onEvent: (e, silent) => heard.push([e.type, silent]) });
    play(session, 3);
    expect(heard.length).toBeGreaterThan(5);
    expect(heard.every(([, silent]) => !silent)).toBe(true);
    expect(JSON.stringify(replay(session.inputLog(), roster).events)).toBe(JSON.stringify(session.battle.events));
  });

  it('steps back one resume silently, then announces the reset', () => {
    const session = new BattleSession(LOG, roster);
    play(session, 2);
    const step = session.battle.stepCount;
    const calls: string[] = [];
    session.subscribe({ onEvent: (_e, silent) => calls.push(silent ? 'silent' : 'live'), onReset: (_b, why) => calls.push(`reset:${why}`) });
    session.stepBack();
    expect(session.battle.stepCount).toBe(step - 1);
    expect(calls.at(-1)).toBe('reset:step-back');
    expect(calls.slice(0, -1).every((c) => c === 'silent')).toBe(true);
  });

  it('restarts with the same seed and no commands, and clamps speed', () => {
    const session = new BattleSession(LOG, roster);
    play(session, 2);
    session.restart();
    expect(session.battle.stepCount).toBe(0);
    expect(session.inputLog()).toMatchObject({ seed: 12, commands: [] });
    const controls: number[] = [];
    session.subscribe({ onControl: (c) => controls.push(c.speed) });
    session.setSpeed(10);
    session.setSpeed(0);
    expect(controls).toEqual([4, 0.25]);
  });

  it('loads an imported log to its end', () => {
    const a = new BattleSession(LOG, roster);
    play(a, 2);
    const b = new BattleSession(LOG, roster);
    b.load(a.inputLog());
    expect(b.inputLog()).toEqual(a.inputLog());
  });
});
