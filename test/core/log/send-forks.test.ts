import { describe, expect, it } from 'vitest';
import { readLogFile, writeLogFile, logFileOf } from '../../../src/core/log/log-file.ts';
import { openLog, recordLog, replayLog } from '../../../src/core/log/log-replay.ts';
import { readForks } from '../../../src/core/log/send-forks.ts';
import { parseInputLog, replay, type BattleLog } from '../../../src/core/replay.ts';
import { plain } from '../../../src/core/event-key.ts';
import type { BattleEvent } from '../../../src/core/events.ts';
import { autoBattle, loadTestRoster } from '../../helpers.ts';

const roster = await loadTestRoster();
const { battle: played } = autoBattle(roster, ['slime'], 1);
const base = played.input as BattleLog;
/** The hero's second hit on the slime in seed 1 (-12 at step 9); the first is -13 at step 4. */
const firstHit = sentAt(played.events, 4);

function sentAt(events: readonly BattleEvent[], step: number): unknown {
  const e = events.find((x) => x.type === 'resume' && x.entry.op === 'next' && x.entry.step === step);
  return e?.type === 'resume' ? e.entry.sent : undefined;
}

const forked = (value: number, step = 4): BattleLog => ({ ...base, commands: [...base.commands], forks: [{ step, value }] });

describe('send forks', () => {
  it('sends the fork value at its step and ends the battle sooner when it hits harder', () => {
    expect(firstHit).toBe(-13);
    const b = replay(forked(-20), roster);
    expect(sentAt(b.events, 4)).toBe(-20);
    expect(b.outcome).toBe('victory');
    expect(b.stepCount).toBeLessThan(played.stepCount);
    const damage = b.events.find((e) => e.type === 'damage');
    expect(damage?.type === 'damage' && damage.amount).toBe(20);
  });

  it('leaves every step before the fork identical, and later draws the same', () => {
    const b = replay(forked(-1), roster);
    const before = (events: readonly BattleEvent[]) => plain(events.slice(0, events.findIndex((e) => e.type === 'resume' && e.entry.step === 4)));
    expect(before(b.events)).toEqual(before(played.events));
    // The overridden draw was still drawn: the slime's own hit and the hero's next one are unchanged.
    expect(sentAt(b.events, 6)).toBe(sentAt(played.events, 6));
    expect(sentAt(b.events, 9)).toBe(sentAt(played.events, 9));
  });

  it('replays a forked log to the same events every time, and seeking equals stepping', () => {
    const log = forked(-20);
    const once = replay(log, roster);
    const again = replay(log, roster);
    expect(plain(again.events)).toEqual(plain(once.events));
    for (let n = 0; n <= once.stepCount; n++) {
      const sought = replay(log, roster, n);
      expect(sought.snapshot().combatants.map((c) => c.hp), `step ${n}`).toEqual(sought.events.length ? snapshotHpAt(log, n) : []);
    }
  });

  it('a log without forks replays byte-identically', () => {
    expect(JSON.stringify(plain(replay(base, roster).events))).toBe(JSON.stringify(plain(played.events)));
    expect(writeLogFile(recordLog(base, roster))).not.toContain('"value"');
  });

  it('goes through files: written, read, replayed by openLog with its checks', () => {
    const file = recordLog(forked(-20), roster);
    expect(file.forks).toEqual([{ step: 4, value: -20 }]);
    const read = readLogFile(writeLogFile(file));
    expect(read.ok).toBe(true);
    const opened = read.ok && openLog(read.file, roster);
    expect(opened && opened.ok && opened.replay.divergence).toBeNull();
    expect(opened && opened.ok && opened.replay.battle.outcome).toBe('victory');
  });

  it('reports a fork that was never reached or lands on a step that sends no number', () => {
    const far = replayLog(logFileOf(forked(-20, 500)), roster);
    expect(far.divergence?.message.en).toContain('the fork at step 500 was never reached');
    const none = replayLog(logFileOf(forked(-20, 3)), roster);
    expect(none.divergence?.message.en).toContain('that step sends no damage or healing');
  });
});

function snapshotHpAt(log: BattleLog, n: number): number[] {
  // Stepping one resume at a time from the start, with the same commands.
  const b = replay({ ...log, commands: [] }, roster, 0);
  const commands = [...log.commands];
  while (b.stepCount < n && b.outcome === null) {
    const r = b.step();
    if (r.waitingFor !== null && !r.resumed) b.submit(commands.shift());
  }
  return b.snapshot().combatants.map((c) => c.hp);
}

describe('reading forks', () => {
  const bad = (forks: unknown) => {
    const r = parseInputLog({ ...base, forks });
    return r.ok ? 'ok' : r.error;
  };
  it('gives a precise message for each bad fork', () => {
    expect(bad('x')).toBe('forks must be a list of { step, value } or { step, command }');
    expect(bad([{ step: 4, value: 1.5 }])).toMatch(/^fork 1: value must be an integer between/);
    expect(bad([{ step: -1, value: 3 }])).toMatch(/^fork 1: step must be an integer from 0/);
    expect(bad([{ step: 4, value: -3 }, { step: 4, value: -2 }])).toBe('fork 2: a second value fork at step 4');
    expect(bad([{ step: 4 }])).toBe('fork 1: needs a value (the number sent) or a command');
    expect(bad([{ step: 4, value: -3, command: { kind: 'defend' } }])).toBe('fork 1: has both value and command; a fork changes one thing');
    expect(bad([{ step: 4, value: -3, why: 1 }])).toBe('fork 1: unknown field "why"');
    expect(bad([{ step: 4, command: { kind: 'defend' } }])).toBe('fork 1: a command fork needs a battle log');
    expect(bad([])).toBe('ok');
  });
  it('checks a command fork like a recorded command', () => {
    expect(readForks([{ step: 3, command: { kind: 'dance' } }], { commands: true })).toMatch(/^fork 1: command: /);
    expect(readForks([{ step: 3, command: { kind: 'defend' } }], { commands: true })).toEqual([{ step: 3, command: { kind: 'defend' } }]);
    const file = readLogFile(JSON.stringify({ version: 2, mode: 'battle', seed: 1, party: [{ kind: 'hero' }], enemies: ['slime'], commands: [], forks: [{ step: 1, command: { kind: 'nope' } }] }));
    expect(file.ok === false && file.problem.message.en).toMatch(/^the log is malformed: fork 1: command: /);
  });
});
