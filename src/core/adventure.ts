// An adventure: floors of encounters. The hero's HP and MP carry from one battle to the next.
import type { BattleEvent } from './events.ts';
import type { BattleLog } from './log/input-log.ts';
import { deriveSeed } from './rng.ts';

/** Where a floor is; the game picks the picture for it. */
export type Terrain = 'field' | 'cave' | 'castle';

export interface Floor {
  readonly enemies: readonly string[];
  readonly terrain: Terrain;
  readonly boss: boolean;
}

export const FLOORS: readonly Floor[] = [
  { enemies: ['slime'], terrain: 'field', boss: false },
  { enemies: ['slime', 'bat'], terrain: 'field', boss: false },
  { enemies: ['she-slime', 'ghost'], terrain: 'cave', boss: false },
  { enemies: ['metal-slime', 'bat', 'bat'], terrain: 'cave', boss: false },
  { enemies: ['king-slime'], terrain: 'castle', boss: true },
];

/** Between floors the hero catches their breath: a little MP comes back, HP does not. */
export const REST_MP = 6;

/** At the boss's door the hero also gets this much HP back (up to the maximum): its fight starts even. */
export const BOSS_REST_HP = 25;

/** The whole adventure so far, for the Interlude and the Result (summed over every battle fought). */
export interface RunTally {
  readonly battles: number;
  readonly turns: number;
  /** Damage the hero dealt and took. */
  readonly dealt: number;
  readonly taken: number;
}

export interface Progress {
  readonly seed: number;
  /** 0-based index into FLOORS. */
  readonly floor: number;
  readonly hp: number;
  readonly mp: number;
  /** How many times this floor was tried before (after a flee or a defeat); absent means 0. */
  readonly attempt?: number;
  /** Absent until the first battle ends. */
  readonly tally?: RunTally;
}

export const NO_TALLY: RunTally = { battles: 0, turns: 0, dealt: 0, taken: 0 };

export function newProgress(seed: number, maxHp: number, maxMp: number): Progress {
  return { seed, floor: 0, hp: maxHp, mp: maxMp };
}

/** The input log that starts this floor's battle: a new hero generator, created with the HP it last yielded. */
export function floorBattle(progress: Progress): BattleLog {
  const floor = FLOORS[progress.floor];
  if (!floor) throw new RangeError(`there is no floor ${progress.floor + 1}`);
  return {
    version: 1,
    mode: 'battle',
    // A retry is a new battle on the same floor; the first try keeps the seed every log was made with.
    seed: deriveSeed(progress.seed, progress.attempt ? `floor-${progress.floor + 1}-try-${progress.attempt}` : `floor-${progress.floor + 1}`),
    party: [{ kind: 'hero', hp: progress.hp, mp: progress.mp }],
    enemies: floor.enemies,
    commands: [],
  };
}

/**
 * Progress after a won floor, from the hero's last yielded HP and MP. With `maxHp`, the rest
 * before a boss floor gives HP back too (BOSS_REST_HP); without it, HP carries as it is.
 */
export function advance(progress: Progress, hp: number, mp: number, maxMp: number, maxHp?: number): Progress {
  const { attempt: _attempt, ...rest } = progress;
  const floor = progress.floor + 1;
  const rested = maxHp !== undefined && FLOORS[floor]?.boss ? Math.max(hp, Math.min(maxHp, hp + BOSS_REST_HP)) : hp;
  return { ...rest, floor, hp: rested, mp: Math.min(maxMp, mp + REST_MP) };
}

/**
 * The same floor again, as a new battle: after a flee (with the HP and MP the hero got away with)
 * or a defeat (with what the hero had when the floor began). Fleeing never skips a floor.
 */
export function retryFloor(progress: Progress, hp: number = progress.hp, mp: number = progress.mp): Progress {
  return { ...progress, hp, mp, attempt: (progress.attempt ?? 0) + 1 };
}

/** One battle's part of the tally, read from its events: turns, damage dealt and taken by `hero`. */
export function battleTally(events: readonly BattleEvent[], hero = 'hero'): RunTally {
  let turns = 0;
  let dealt = 0;
  let taken = 0;
  for (const e of events) {
    if (e.type === 'battleEnd') turns = e.turns;
    else if (e.type === 'damage' && e.target === hero) taken += e.amount;
    else if (e.type === 'damage' && e.source === hero) dealt += e.amount;
  }
  return { battles: 1, turns, dealt, taken };
}

/** `progress` with one more battle added to its tally. */
export function addTally<P extends { readonly tally?: RunTally }>(progress: P, battle: RunTally): P {
  const t = progress.tally ?? NO_TALLY;
  return {
    ...progress,
    tally: { battles: t.battles + battle.battles, turns: t.turns + battle.turns, dealt: t.dealt + battle.dealt, taken: t.taken + battle.taken },
  };
}

export function isComplete(progress: Progress): boolean {
  return progress.floor >= FLOORS.length;
}
