// An adventure: floors of encounters. The hero's HP and MP carry from one battle to the next.
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

export interface Progress {
  readonly seed: number;
  /** 0-based index into FLOORS. */
  readonly floor: number;
  readonly hp: number;
  readonly mp: number;
}

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
    seed: deriveSeed(progress.seed, `floor-${progress.floor + 1}`),
    party: [{ kind: 'hero', hp: progress.hp, mp: progress.mp }],
    enemies: floor.enemies,
    commands: [],
  };
}

/** Progress after a won floor, from the hero's last yielded HP and MP. */
export function advance(progress: Progress, hp: number, mp: number, maxMp: number): Progress {
  return { ...progress, floor: progress.floor + 1, hp, mp: Math.min(maxMp, mp + REST_MP) };
}

export function isComplete(progress: Progress): boolean {
  return progress.floor >= FLOORS.length;
}
