// Progress v2: an adventure of 8 floors with a party, gold, a bag of items and experience.
// (adventure.ts keeps v1, the five-floor hero-alone adventure: old saves are upgraded from it.)
import { BOSS_REST_HP, REST_MP, addTally, battleTally, type RunTally, type Terrain } from './adventure.ts';
import type { BattleEvent } from './events.ts';
import { statsAt } from './growth.ts';
import { ITEMS } from './items.ts';
import type { BattleLog, PartyMember } from './log/input-log.ts';
import type { ItemId, LocalText, SpellId, Stats } from './protocol.ts';
import { deriveSeed } from './rng.ts';
import type { Roster } from './roster.ts';

export type { RunTally, Terrain } from './adventure.ts';

export interface Floor {
  readonly enemies: readonly string[];
  readonly terrain: Terrain;
  readonly boss: boolean;
  /** The mid-boss floor (4): a harder fight, not the end. */
  readonly midBoss?: boolean;
  /** How strong its monsters are (growth.ts foeStats); absent means 1. */
  readonly foeLevel?: number;
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

/** Who joins after which floor (0-based index of the floor won), at what level. */
export const JOINS: readonly { readonly after: number; readonly kind: string; readonly level: number }[] = [
  { after: 1, kind: 'mage', level: 2 },
  { after: 3, kind: 'priest', level: 4 },
];

/** 8 floors: the mid-boss ゴーレム on floor 4, the King Slime on floor 8.  */
export const FLOORS: readonly Floor[] = [
  { enemies: ['slime', 'slime'], terrain: 'field', boss: false },
  { enemies: ['slime', 'bat', 'bat'], terrain: 'field', boss: false },
  { enemies: ['bubble-slime', 'she-slime', 'bat', 'slime'], terrain: 'field', boss: false, foeLevel: 2 },
  { enemies: ['golem'], terrain: 'cave', boss: false, midBoss: true, foeLevel: 2 },
  { enemies: ['magician', 'ghost', 'bubble-slime'], terrain: 'cave', boss: false, foeLevel: 4 },
  { enemies: ['metal-slime', 'healslime', 'ghost', 'bat'], terrain: 'cave', boss: false, foeLevel: 4 },
  { enemies: ['magician', 'healslime', 'she-slime', 'bubble-slime'], terrain: 'castle', boss: false, foeLevel: 6 },
  { enemies: ['healslime', 'king-slime', 'healslime'], terrain: 'castle', boss: true, foeLevel: 8 },
];

/** What a new adventure carries. */
export const START_BAG: Readonly<Record<ItemId, number>> = { yakusou: 2, dokukeshi: 1, seisui: 0 };
export const MAX_ITEM = 99;

/** A member's stats at its level, from the roster's file. */
export function memberStats(roster: Roster, kind: string, level: number): Stats {
  const def = roster.get(kind);
  if (!def) throw new Error(`the roster has no party member ${JSON.stringify(kind)}`);
  return statsAt(kind, def.stats, level);
}

export function newMember(roster: Roster, kind: string, level = 1, exp = 0): PartyProgress {
  const s = memberStats(roster, kind, level);
  return { kind, hp: s.maxHp, mp: s.maxMp, level, exp };
}

export function newProgress(seed: number, roster: Roster): Progress {
  return { version: 2, seed, floor: 0, party: [newMember(roster, 'hero')], gold: 0, bag: { ...START_BAG } };
}

/** The input log that starts this floor's battle: the party (HP, MP, level) and the bag. */
export function floorBattle(progress: Progress): BattleLog {
  const floor = FLOORS[progress.floor];
  if (!floor) throw new RangeError(`there is no floor ${progress.floor + 1}`);
  const party: PartyMember[] = progress.party.map((m) => ({ kind: m.kind, hp: m.hp, mp: m.mp, level: m.level }));
  return {
    version: 1,
    mode: 'battle',
    // The same seeds as v1: a retry is a new battle on the same floor.
    seed: deriveSeed(progress.seed, progress.attempt ? `floor-${progress.floor + 1}-try-${progress.attempt}` : `floor-${progress.floor + 1}`),
    party,
    enemies: floor.enemies,
    commands: [],
    bag: { ...progress.bag },
    ...(floor.foeLevel !== undefined && { foeLevel: floor.foeLevel }),
  };
}

/** The party's HP and MP as the battle left them; a fallen member is revived with half its HP. */
export function partyAfter(progress: Progress, battle: BattleEnd, roster: Roster): PartyProgress[] {
  const members = battle.combatants.filter((c) => c.side === 'hero');
  return progress.party.map((m, i) => {
    const c = members[i];
    const max = memberStats(roster, m.kind, m.level);
    if (!c) return m;
    return { ...m, hp: c.hp > 0 ? Math.min(max.maxHp, c.hp) : Math.ceil(max.maxHp / 2), mp: Math.max(0, Math.min(max.maxMp, c.mp)) };
  });
}

/** The bag as the battle left it: the input log's bag less each item used. */
export function bagAfter(progress: Progress, events: readonly BattleEvent[]): Record<ItemId, number> {
  const bag = { ...progress.bag };
  for (const e of events) if (e.type === 'item') bag[e.item] = e.left;
  return bag;
}

/**
 * The same floor again. After a defeat (no `battle`) the floor starts as it began; after a flee
 * the party keeps what it got away with (HP, MP, items used).
 */
export function retryFloor(progress: Progress, battle?: BattleEnd, roster?: Roster): Progress {
  const attempt = (progress.attempt ?? 0) + 1;
  const tallied = battle ? addTally(progress, battleTally(battle.events)) : progress;
  if (!battle || !roster) return { ...tallied, attempt };
  return { ...tallied, party: partyAfter(progress, battle, roster), bag: bagAfter(progress, battle.events), attempt };
}

/** The shop: one item for its price, or a sentence (ja/en) saying why not. */
export function buy(progress: Progress, item: ItemId): Progress | LocalText {
  const it = ITEMS[item];
  if (!it) return { ja: 'その どうぐは ありません。', en: 'There is no such item.' };
  if (progress.gold < it.price) return { ja: `ゴールドが たりない! (${it.price}G ひつよう)`, en: `Not enough gold! (${it.price}G needed)` };
  if ((progress.bag[item] ?? 0) >= MAX_ITEM) return { ja: `${it.name.ja}は もう もてない!`, en: `You cannot carry more ${it.name.en}!` };
  return { ...progress, gold: progress.gold - it.price, bag: { ...progress.bag, [item]: (progress.bag[item] ?? 0) + 1 } };
}

export function isComplete(progress: Progress): boolean {
  return progress.floor >= FLOORS.length;
}

/** MP rest between floors, and the HP rest at a boss's (or mid-boss's) door, as in v1. */
export function rested(m: PartyProgress, max: Stats, nextFloor: Floor | undefined): PartyProgress {
  const hp = nextFloor && (nextFloor.boss || nextFloor.midBoss) ? Math.min(max.maxHp, m.hp + BOSS_REST_HP) : m.hp;
  return { ...m, hp, mp: Math.min(max.maxMp, m.mp + REST_MP) };
}

export { afterVictory } from './progress-victory.ts';
export { upgradeProgress } from './progress-upgrade.ts';
