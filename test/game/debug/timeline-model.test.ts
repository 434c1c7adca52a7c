import { describe, expect, it } from 'vitest';
import { replay } from '../../../src/core/replay.ts';
import { collectRoster } from '../../../src/core/roster.ts';
import { recordRun } from '../../../src/game/debug/timeline-model.ts';
import { CLASSIC_COUNTER } from '../../setup-classic.ts';

describe('timeline recording', () => {
  it('records a classic run with the counter it is given, each snapshot what a replay to that step gives', () => {
    const roster = collectRoster([]).roster;
    const log = { version: 1, mode: 'classic', seed: 5, damage: [] } as const;
    const whole = replay(log, roster, Infinity, { counter: CLASSIC_COUNTER });
    const recorded = recordRun({ log, steps: whole.stepCount }, roster, CLASSIC_COUNTER);
    expect(recorded.steps).toBe(whole.stepCount);
    expect(recorded.snapshots).toHaveLength(whole.stepCount + 1);
    for (const n of [0, 3, whole.stepCount]) {
      expect(recorded.snapshots[n]).toEqual(replay(log, roster, n, { counter: CLASSIC_COUNTER }).snapshot());
    }
    // Without a counter a classic battle cannot be built: the engine says so instead of guessing.
    expect(() => recordRun({ log, steps: 3 }, roster)).toThrow(/needs its counter/);
  });
});
