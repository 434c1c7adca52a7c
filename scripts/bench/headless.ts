// Group 2: headless battles per second of process CPU time, in a bundled build (scripts/bench/bundle.ts).
// The adventure battle is what the game plays: the hero against floors 1..5 of adventure.ts, each
// floor's input log from floorBattle(), the hero played by autoCommand, HP and MP carried from floor
// to floor; a lost run starts again on floor 1 with the next seed. The combatants are every
// src/combatants file, instrumented by the transform the game's build applies.
// The classic battle is the seed's: startClassic(seed), ゆうしゃ 100 HP vs スライム 20 HP, against
// the same battle in CPython (scripts/bench/classic.py), measured in the same run, interleaved.
import { spawnSync } from 'node:child_process';
import { modules } from 'cq:combatants';
import { hpCounter } from '../../src/combatants/classic.ts';
import { advance, floorBattle, isComplete, newProgress, type Progress } from '../../src/core/adventure.ts';
import type { BattleOptions } from '../../src/core/battle.ts';
import { autoCommand } from '../../src/core/policy.ts';
import { startBattle, startClassic, type ClassicOptions } from '../../src/core/replay.ts';
import { collectRoster, type Roster } from '../../src/core/roster.ts';
import { cpuNs, fmtSpread, spread, type BenchOptions, type Row } from './common.ts';

const GROUP = '2 headless';
export const TARGET_ADVENTURE = 17_000;
export const TARGET_VS_CPYTHON = 5;

function roster(opts: BenchOptions): Roster {
  const { roster, problems } = collectRoster(modules);
  for (const p of problems) opts.log(`  roster notice: ${p}`);
  if (!roster.get('hero')) throw new Error('no hero in src/combatants');
  return roster;
}

/** Plays adventure battles for at least `budgetNs` of CPU time; returns battles per second. */
function adventureRate(roster: Roster, budgetNs: number, options: BattleOptions, seedBase: number): number {
  const hero = roster.get('hero')!;
  let seed = seedBase;
  let progress: Progress = newProgress(seed, hero.stats.maxHp, hero.stats.maxMp);
  let battles = 0;
  const t0 = cpuNs();
  let elapsed = 0;
  while (elapsed < budgetNs) {
    const battle = startBattle(floorBattle(progress), roster, options);
    const outcome = battle.runToEnd(autoCommand);
    battles++;
    const me = battle.snapshot().combatants.find((c) => c.id === 'hero');
    if (outcome === 'victory' && me && me.hp > 0) progress = advance(progress, me.hp, me.mp, hero.stats.maxMp);
    else progress = newProgress(++seed, hero.stats.maxHp, hero.stats.maxMp);
    if (isComplete(progress)) progress = newProgress(++seed, hero.stats.maxHp, hero.stats.maxMp);
    elapsed = cpuNs() - t0;
  }
  return battles / (elapsed / 1e9);
}

/** Whole classic seed battles (set-up plus every step) for at least `budgetNs`; battles per second. */
function classicRate(budgetNs: number, options: BattleOptions, seedBase: number): number {
  let battles = 0;
  // Built once: a spread per battle would be timed as if it were the engine's.
  const withCounter: ClassicOptions = { ...options, counter: hpCounter };
  const t0 = cpuNs();
  let elapsed = 0;
  while (elapsed < budgetNs) {
    const battle = startClassic(seedBase + battles, [], withCounter);
    while (battle.step().outcome === null) {
      /* the classic rule never asks for a command */
    }
    battles++;
    elapsed = cpuNs() - t0;
  }
  return battles / (elapsed / 1e9);
}

/** CPython's battles per second (its own process_time), or null with the reason. */
function cpythonRate(script: string, seconds: number): number | string {
  const r = spawnSync('python3', [script, String(seconds)], { encoding: 'utf8' });
  if (r.error) return `python3 missing (${r.error.message})`;
  const rate = Number(r.stdout.trim());
  return r.status === 0 && Number.isFinite(rate) ? rate : `python3 failed: ${r.stderr.trim().split('\n').pop()}`;
}

/** `python` is the path of scripts/bench/classic.py (this file runs from a bundle elsewhere). */
export function headlessRows(opts: BenchOptions, pythonScript: string): Row[] {
  const r = roster(opts);
  const rounds = opts.quick ? 3 : 7;
  const budgetNs = (opts.quick ? 100 : 400) * 1e6;
  const cases = [
    { figure: 'adventure battle (floors 1–5, autoCommand), trace on', run: (i: number) => adventureRate(r, budgetNs, {}, 1000 + i * 97) },
    { figure: 'adventure battle, trace off', run: (i: number) => adventureRate(r, budgetNs, { trace: false }, 1000 + i * 97), target: TARGET_ADVENTURE },
    { figure: 'classic seed battle (startClassic + steps), trace on', run: (i: number) => classicRate(budgetNs, {}, 5000 + i * 1000) },
    { figure: 'classic seed battle, trace off', run: (i: number) => classicRate(budgetNs, { trace: false }, 5000 + i * 1000) },
  ];
  for (const c of cases) c.run(-1); // warm-up
  const rates = cases.map(() => [] as number[]);
  const python: number[] = [];
  const vsPython: number[] = [];
  let pythonProblem: string | null = null;
  for (let i = 0; i < rounds; i++) {
    // The cases in an order that rotates from round to round; CPython runs right after Node's
    // classic trace-off case in the first three rounds, so each ratio compares neighbours in time.
    for (let j = 0; j < cases.length; j++) {
      const k = (i + j) % cases.length;
      rates[k]!.push(cases[k]!.run(i));
      if (k === 3 && pythonProblem === null && i < 3) {
        const py = cpythonRate(pythonScript, 1);
        if (typeof py === 'string') pythonProblem = py;
        else {
          python.push(py);
          vsPython.push(rates[3]![i]! / py);
        }
      }
    }
  }
  const rows: Row[] = cases.map((c, k) => {
    const s = spread(rates[k]!);
    opts.log(`  ${c.figure}: ${s.median.toFixed(0)} battles/s`);
    return {
      group: GROUP,
      figure: `${c.figure}, battles per CPU second (bundled)`,
      value: `${fmtSpread(s, 0)} (${(1e6 / s.median).toFixed(0)} µs each)`,
      target: c.target ? `≥ ${c.target}` : '—',
      met: c.target ? s.median >= c.target : null,
      data: { battlesPerSecond: s, samples: rates[k] },
    };
  });
  if (pythonProblem !== null) {
    rows.push({ group: GROUP, figure: 'classic battles/s, trace off ÷ CPython', value: `n/a (${pythonProblem})`, target: `≥ ${TARGET_VS_CPYTHON}×`, met: null });
  } else {
    const py = spread(python);
    const ratio = spread(vsPython);
    rows.push({ group: GROUP, figure: 'CPython classic seed battle (scripts/bench/classic.py), battles per CPU second', value: fmtSpread(py, 0), target: '—', met: null, data: { battlesPerSecond: py } });
    rows.push({ group: GROUP, figure: 'classic battles/s, trace off ÷ CPython (same rounds)', value: fmtSpread(ratio, 2, '×'), target: `≥ ${TARGET_VS_CPYTHON}×`, met: ratio.median >= TARGET_VS_CPYTHON, data: { ratio } });
  }
  return rows;
}
