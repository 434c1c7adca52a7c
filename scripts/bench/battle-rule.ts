// Group 1, battle rule: the cost per resume must not grow with the number of combatants (nothing
// O(N) per turn or per command). N hand-made combatants that attack every turn, half on each side,
// with HP no attack can use up, run for a fixed number of resumes; ns per resume at N = 200 ÷ N = 2.
import { Battle, type Recruit } from '../../src/core/battle.ts';
import { spread, type Spread } from './spread.ts';

const HP = 1_000_000_000;
const SEED = 7;
const STEPS = 4000;
export const BATTLE_SIZES = [2, 200] as const;
export const TARGET_GROWTH = 1.3;

function fighter(i: number): Recruit {
  const side = i % 2 === 0 ? 'hero' : 'enemy';
  const id = `f${i}`;
  return {
    info: { id, kind: id, name: { ja: id, en: id }, side, sprite: 'slime', hp: HP, maxHp: HP, mp: 0, maxMp: 0, boss: false },
    stats: { maxHp: HP, maxMp: 0, attack: [1, 3] },
    make: () => (function* (): Generator<unknown, number, number | undefined> {
      let hp = HP;
      for (;;) {
        const got = yield { hp, act: { kind: 'attack' } };
        if (typeof got === 'number') hp += got;
      }
    })(),
  };
}

/** Five battles built first, then stepped to the end in one clock span; ns per resume. */
function run(n: number, clock: () => number): number {
  const battles = Array.from({ length: 5 }, () => {
    const cast = Array.from({ length: n }, (_, i) => fighter(i));
    return new Battle(SEED, 'battle', cast, { version: 1, mode: 'battle', seed: SEED, party: [], enemies: [], maxSteps: STEPS, commands: [] }, { trace: false });
  });
  const t0 = clock();
  let steps = 0;
  for (const battle of battles) {
    while (battle.step().outcome === null) {
      /* no hero asks for a command */
    }
    steps += battle.stepCount;
  }
  return (clock() - t0) / steps;
}

/** ns per resume at each size, one per round, sizes interleaved and rotated. */
export function measureBattleRule(rounds: number, clock: () => number): { ns: Record<number, Spread>; growth: Spread } {
  const ns: Record<number, number[]> = Object.fromEntries(BATTLE_SIZES.map((n) => [n, [] as number[]]));
  const growth: number[] = [];
  for (let w = 0; w < 3; w++) for (const n of BATTLE_SIZES) run(n, clock);
  for (let r = 0; r < rounds; r++) {
    const got: Record<number, number> = {};
    const order = r % 2 === 0 ? BATTLE_SIZES : [...BATTLE_SIZES].reverse();
    for (const n of order) {
      got[n] = run(n, clock);
      ns[n]!.push(got[n]);
    }
    growth.push(got[BATTLE_SIZES[1]]! / got[BATTLE_SIZES[0]]!);
  }
  return { ns: Object.fromEntries(BATTLE_SIZES.map((n) => [n, spread(ns[n]!)])), growth: spread(growth) };
}
