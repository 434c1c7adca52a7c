// Group 2: headless battles per second on one core (Node is single-threaded here; nothing runs in
// parallel). The adventure battle is what the game plays: the hero against floors 1..5 of
// adventure.ts, each floor's input log from floorBattle(), the hero played by autoCommand, HP and
// MP carried from floor to floor; a lost run starts again on floor 1 with the next seed. The
// combatants are loaded like the CLI loads them (loadRoster), instrumented by the same transform
// the game's build applies (scripts/node-combatant-hooks.ts), so this is the code players run.
// The classic battle is the seed's: startClassic(seed), ゆうしゃ 100 HP vs スライム 20 HP.
import { registerCombatantHooks } from '../node-combatant-hooks.ts';
import { advance, floorBattle, FLOORS, isComplete, newProgress, type Progress } from '../../src/core/adventure.ts';
import type { BattleOptions } from '../../src/core/battle.ts';
import { autoCommand } from '../../src/core/policy.ts';
import { startBattle, startClassic } from '../../src/core/replay.ts';
import type { Roster } from '../../src/core/roster.ts';
import { fmtSpread, nowNs, spread, type BenchOptions, type Row } from './common.ts';

const GROUP = '2 headless';

async function roster(opts: BenchOptions): Promise<Roster> {
  // Registered here, after group 1 imported classic.ts, so only the monsters are instrumented.
  registerCombatantHooks();
  const { loadRoster } = await import('../../src/cli/load-roster.ts');
  const { roster, problems } = await loadRoster();
  for (const p of problems) opts.log(`  roster notice: ${p}`);
  if (!roster.get('hero')) throw new Error('no hero in src/combatants');
  return roster;
}

/** Plays adventure battles for at least `budgetNs`; returns battles per second. */
function adventureRate(roster: Roster, budgetNs: number, options: BattleOptions, seedBase: number): { rate: number; battles: number; floors: number[] } {
  const hero = roster.get('hero')!;
  const floors = FLOORS.map(() => 0);
  let seed = seedBase;
  let progress: Progress = newProgress(seed, hero.stats.maxHp, hero.stats.maxMp);
  let battles = 0;
  const t0 = nowNs();
  let elapsed = 0;
  while (elapsed < budgetNs) {
    const battle = startBattle(floorBattle(progress), roster, options);
    const outcome = battle.runToEnd(autoCommand);
    battles++;
    floors[progress.floor]!++;
    const me = battle.snapshot().combatants.find((c) => c.id === 'hero');
    if (outcome === 'victory' && me && me.hp > 0) progress = advance(progress, me.hp, me.mp, hero.stats.maxMp);
    else progress = newProgress(++seed, hero.stats.maxHp, hero.stats.maxMp);
    if (isComplete(progress)) progress = newProgress(++seed, hero.stats.maxHp, hero.stats.maxMp);
    elapsed = nowNs() - t0;
  }
  return { rate: battles / (elapsed / 1e9), battles, floors };
}

/** Classic seed battles for at least `budgetNs`; returns battles per second. */
function classicRate(budgetNs: number, options: BattleOptions, seedBase: number): { rate: number; battles: number } {
  let battles = 0;
  const t0 = nowNs();
  let elapsed = 0;
  while (elapsed < budgetNs) {
    const battle = startClassic(seedBase + battles, [], options);
    while (battle.step().outcome === null) {
      /* the classic rule never asks for a command */
    }
    battles++;
    elapsed = nowNs() - t0;
  }
  return { rate: battles / (elapsed / 1e9), battles };
}

export async function headlessRows(opts: BenchOptions): Promise<Row[]> {
  const r = await roster(opts);
  const repeats = opts.quick ? 5 : 11;
  const budgetNs = (opts.quick ? 100 : 500) * 1e6;
  const cases = [
    { figure: 'adventure battle (floors 1–5, autoCommand), trace on', run: (i: number) => adventureRate(r, budgetNs, {}, 1000 + i * 97) },
    { figure: 'adventure battle, trace off', run: (i: number) => adventureRate(r, budgetNs, { trace: false }, 1000 + i * 97) },
    { figure: 'classic seed battle (startClassic), trace on', run: (i: number) => classicRate(budgetNs, {}, 5000 + i * 1000) },
    { figure: 'classic seed battle, trace off', run: (i: number) => classicRate(budgetNs, { trace: false }, 5000 + i * 1000) },
  ];
  for (const c of cases) c.run(-1); // warm-up
  const rates = cases.map(() => [] as number[]);
  const extra: unknown[] = cases.map(() => null);
  for (let i = 0; i < repeats; i++) {
    cases.forEach((c, k) => {
      const got = c.run(i);
      rates[k]!.push(got.rate);
      if ('floors' in got) extra[k] = got.floors;
    });
  }
  return cases.map((c, k) => {
    const s = spread(rates[k]!);
    opts.log(`  ${c.figure}: ${s.median.toFixed(0)} battles/s`);
    return {
      group: GROUP,
      figure: `${c.figure}, battles/s, 1 core`,
      value: `${fmtSpread(s, 0)} (${(1e6 / s.median).toFixed(0)} µs each)`,
      target: '—',
      met: null,
      data: { battlesPerSecond: s, samples: rates[k], ...(extra[k] ? { battlesPerFloorLastSample: extra[k] } : {}) },
    };
  });
}
