// Progress v2: an adventure of 8 floors with a party, gold, a bag of items and experience.
// (adventure.ts keeps v1, the five-floor hero-alone adventure: old saves are upgraded from it.)
import type { BattleEvent } from './events.ts';
import type { ItemId, SpellId } from './protocol.ts';
import type { BattleLog } from './log/input-log.ts';
import type { RunTally, Terrain } from './adventure.ts';

export type { RunTally, Terrain } from './adventure.ts';

export interface Floor {
  readonly enemies: readonly string[];
  readonly terrain: Terrain;
  readonly boss: boolean;
  /** The mid-boss floor (4): a harder fight, not the end. */
  readonly midBoss?: boolean;
}

/** One party member between battles. */
export interface PartyProgress {
  readonly kind: string;
  readonly hp: number;
  readonly mp: number;
  readonly level: number;
  readonly exp: number;
}

export interface Progress {
  readonly version: 2;
  readonly seed: number;
  /** 0-based index into FLOORS. */
  readonly floor: number;
  /** ゆうしゃ first; companions in the order they joined. */
  readonly party: readonly PartyProgress[];
  readonly gold: number;
  readonly bag: Readonly<Record<ItemId, number>>;
  readonly attempt?: number;
  readonly tally?: RunTally;
}

export interface LevelUp {
  readonly kind: string;
  readonly level: number;
  readonly hpUp: number;
  readonly mpUp: number;
  readonly learned?: SpellId;
}

export interface Rewards {
  readonly exp: number;
  readonly gold: number;
  readonly drops: readonly ItemId[];
}

export interface Victory {
  readonly progress: Progress;
  readonly rewards: Rewards;
  readonly levelUps: readonly LevelUp[];
  /** A companion who joins after this floor. */
  readonly joined?: string;
}

/** What afterVictory and retryFloor read from a finished battle: its events and who was left (snapshot().combatants fits). */
export interface BattleEnd {
  readonly events: readonly BattleEvent[];
  readonly combatants: readonly { readonly id: string; readonly kind: string; readonly side: string; readonly hp: number; readonly mp: number }[];
}

const todo = (what: string): never => {
  throw new Error(`${what}: not written yet`);
};

export const FLOORS: readonly Floor[] = [];
export function newProgress(_seed: number): Progress {
  return todo('newProgress');
}
/** A saved value of either version → Progress v2, or null when it is not a save. */
export function upgradeProgress(_saved: unknown): Progress | null {
  return todo('upgradeProgress');
}
/** The input log that starts this floor's battle: the party (HP, MP, level) and the bag. */
export function floorBattle(_progress: Progress): BattleLog {
  return todo('floorBattle');
}
/** After a won floor: exp, gold, drops, level-ups, the next floor (fallen members revived with half HP), a companion joining. */
export function afterVictory(_progress: Progress, _battle: BattleEnd): Victory {
  return todo('afterVictory');
}
/** The same floor again: after a flee with what the party got away with (`battle`), after a defeat as the floor began. */
export function retryFloor(_progress: Progress, _battle?: BattleEnd): Progress {
  return todo('retryFloor');
}
/** The shop: one item for its price, or a sentence (ja/en) saying why not. */
export function buy(_progress: Progress, _item: ItemId): Progress | { readonly ja: string; readonly en: string } {
  return todo('buy');
}
export function isComplete(progress: Progress): boolean {
  return progress.floor >= FLOORS.length;
}
