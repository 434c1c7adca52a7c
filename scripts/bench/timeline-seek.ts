// The timeline's seek: a battle of 2,000 resumes (four heroes given a million HP so they outlast
// it, against a crowd of the game's monsters, the heroes attacking the first living foe) is recorded once; then, in CPU time of this process,
// the core's replay of its input log to step 2,000, the game session's seek(2000) (that replay plus
// the session's bookkeeping), and the drag recording (the same replay keeping a snapshot per step).
import { driveBattle } from '../../src/core/drive.ts';
import { replay, startBattle, type BattleLog } from '../../src/core/replay.ts';
import type { Roster } from '../../src/core/roster.ts';
import { loadRoster } from '../../src/cli/load-roster.ts';
import { BattleSession } from '../../src/game/battle/session.ts';
import { recordRun } from '../../src/game/debug/timeline-model.ts';
import { cpuNs, fmtSpread, spread, type BenchOptions, type Row } from './common.ts';

export const SEEK_STEPS = 2000;
const TARGET_MS = 20;

/** Plays the lineup to SEEK_STEPS resumes; the log it leaves replays to the same battle. */
function recordLog(roster: Roster): BattleLog {
  const crowd = ['slime', 'bat', 'ghost', 'she-slime', 'king-slime', 'metal-slime'];
  const lineup: BattleLog = { version: 1, mode: 'battle', seed: 17, party: Array.from({ length: 4 }, () => ({ kind: 'hero' })), enemies: Array.from({ length: 60 }, (_, i) => crowd[i % crowd.length]!), maxSteps: 100_000, commands: [] };
  const battle = startBattle(lineup, roster);
  driveBattle(battle, () => ({ kind: 'attack', target: battle.living('enemy')[0]! }), SEEK_STEPS);
  if (battle.stepCount < SEEK_STEPS) throw new Error(`the bench battle ended after ${battle.stepCount} steps (${battle.outcome}); it needs ${SEEK_STEPS}`);
  return { ...lineup, commands: [...(battle.input as BattleLog).commands] };
}

function cpuMs(fn: () => void): number {
  const t0 = cpuNs();
  fn();
  return (cpuNs() - t0) / 1e6;
}

export async function timelineSeekRows(opts: BenchOptions): Promise<Row[]> {
  const loaded = (await loadRoster()).roster;
  const hero = loaded.get('hero')!;
  const roster: Roster = new Map([...loaded, ['hero', { ...hero, stats: { ...hero.stats, maxHp: 1_000_000 } }]]);
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
