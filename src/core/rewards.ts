// What a won battle gives: experience and gold per monster kind, and the items monsters drop
// (drawn from a stream of the floor's own, never the battle's, so a battle replays the same).
import type { ItemId } from './protocol.ts';
import type { Rng } from './rng.ts';

export interface Reward {
  readonly exp: number;
  readonly gold: number;
}

/** Per monster kind; a kind not listed (a player's own monster) gives DEFAULT_REWARD. */
export const MONSTER_REWARDS: Readonly<Record<string, Reward>> = {
  slime: { exp: 3, gold: 4 },
  bat: { exp: 4, gold: 5 },
  'she-slime': { exp: 5, gold: 6 },
  ghost: { exp: 6, gold: 7 },
  'metal-slime': { exp: 30, gold: 12 },
  'bubble-slime': { exp: 6, gold: 7 },
  magician: { exp: 9, gold: 10 },
  healslime: { exp: 7, gold: 8 },
  golem: { exp: 35, gold: 45 },
  'king-slime': { exp: 60, gold: 100 },
};
export const DEFAULT_REWARD: Reward = { exp: 3, gold: 3 };

/** Percent chance that a defeated monster drops an item, and how likely each item is. */
export const DROP_PERCENT = 35;
const DROP_TABLE: readonly (readonly [ItemId, number])[] = [
  ['yakusou', 60],
  ['dokukeshi', 25],
  ['seisui', 15],
];

export function rewardOf(kind: string): Reward {
  return Object.hasOwn(MONSTER_REWARDS, kind) ? MONSTER_REWARDS[kind]! : DEFAULT_REWARD;
}

/** One draw per defeated monster, in the order they fell. */
export function drawDrops(rng: Rng, defeated: number): ItemId[] {
  const out: ItemId[] = [];
  for (let i = 0; i < defeated; i++) {
    if (!rng.chance(DROP_PERCENT)) continue;
    let roll = rng.int(1, 100);
    for (const [item, weight] of DROP_TABLE) {
      if ((roll -= weight) <= 0) {
        out.push(item);
        break;
      }
    }
  }
  return out;
}
