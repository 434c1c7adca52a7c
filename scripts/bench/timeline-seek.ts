// The timeline's seek: a battle of 2,000 resumes (four heroes given a million HP so they outlast
// it, against a crowd of the game's monsters, the heroes attacking the first living foe) is recorded once; then, in CPU time of this process,
// the core's replay of its input log to step 2,000, the game session's seek(2000) (that replay plus
// the session's bookkeeping), and the drag recording (the same replay keeping a snapshot per step).
import { replay } from '../../src/core/replay.ts';
import { loadRoster } from '../../src/cli/load-roster.ts';
import { BattleSession } from '../../src/game/battle/session.ts';
import { recordRun } from '../../src/game/debug/timeline-model.ts';
import { cpuNs, fmtSpread, spread, type BenchOptions, type Row } from './common.ts';

export { SEEK_STEPS, recordLog, sturdyRoster } from './timeline-seek-log.ts';
import { SEEK_STEPS, recordLog, sturdyRoster } from './timeline-seek-log.ts';
const TARGET_MS = 20;

function cpuMs(fn: () => void): number {
  const t0 = cpuNs();
  fn();
  return (cpuNs() - t0) / 1e6;
}

export async function timelineSeekRows(opts: BenchOptions): Promise<Row[]> {
  const roster = sturdyRoster((await loadRoster()).roster);
  const log = recordLog(roster);
  const session = new BattleSession(log, roster);
  session.load(log); // at the end of the recorded run: seek(0) and seek(SEEK_STEPS) move along it
  // [name, untimed set-up, timed part]
  const variants: [string, () => void, () => void][] = [
    ['core replay to step 2,000', () => {}, () => void replay(log, roster, SEEK_STEPS)],
    ['session seek from step 0 to step 2,000', () => session.seek(0), () => session.seek(SEEK_STEPS)],
    ['drag recording: replay keeping 2,001 snapshots', () => {}, () => void recordRun({ log, steps: SEEK_STEPS }, roster)],
  ];
  for (const [, prepare, fn] of variants) prepare(), fn(); // warm-up, not counted
  const times = variants.map((): number[] => []);
  // Variants interleaved in each round, so a busy neighbour slows them alike.
  for (let round = 0; round < (opts.quick ? 3 : 9); round++) {
    variants.forEach(([, prepare, fn], i) => {
      prepare();
      times[i]!.push(cpuMs(fn));
    });
  }
  if (session.battle.stepCount !== SEEK_STEPS) throw new Error(`seek landed on step ${session.battle.stepCount}`);
  return variants.map(([name], i) => {
    const s = spread(times[i]!);
    const gated = i < 2;
    return {
      group: '7 timeline',
      figure: `${name}: CPU ms, ${log.enemies.length} monsters vs ${log.party.length} heroes (median of rounds)`,
      value: fmtSpread(s, 1, ' ms'),
      target: gated ? `≤ ${TARGET_MS} ms` : '—',
      met: gated ? s.median <= TARGET_MS : null,
      data: { ...s, steps: SEEK_STEPS },
    };
  });
}
