// Saves from before the party (v1: five floors, the hero alone, { seed, floor, hp, mp }) are
// upgraded, not dropped: the hero keeps its HP and MP, lands on the v2 floor that matches, and
// has the level and companions a player would have had by then.
import type { RunTally } from './adventure.ts';
import { levelFor } from './growth.ts';
import { ITEM_IDS } from './items.ts';
import { FLOORS, JOINS, START_BAG, memberStats, newMember, type PartyProgress, type Progress } from './progress.ts';
import type { ItemId } from './protocol.ts';
import { MAX_SEED } from './rng.ts';
import type { Roster } from './roster.ts';

/** v1 floor → v2 floor: 1, 2, 3 stay; v1's 4 (metal slime) is v2's 6; the King Slime is 8 in both. */
const V1_FLOOR = [0, 1, 2, 5, 7, 8] as const;
/** The hero's level by the v2 floor it is upgraded onto. */
const LEVEL_AT = [1, 2, 3, 4, 5, 6, 7, 8, 8] as const;

const whole = (v: unknown, min: number, max: number): v is number => Number.isInteger(v) && (v as number) >= min && (v as number) <= max;

function isTally(t: unknown): t is RunTally {
  if (typeof t !== 'object' || t === null) return false;
  const o = t as Record<string, unknown>;
  return ['battles', 'turns', 'dealt', 'taken'].every((k) => whole(o[k], 0, Number.MAX_SAFE_INTEGER));
}

function upgradeV1(o: Record<string, unknown>, roster: Roster): Progress | null {
  if (!whole(o.floor, 0, V1_FLOOR.length - 1) || !whole(o.hp, 1, 9999) || !whole(o.mp, 0, 9999)) return null;
  const floor = V1_FLOOR[o.floor]!;
  const level = LEVEL_AT[floor]!;
  let exp = 0;
  while (levelFor(exp) < level) exp++;
  const hero = memberStats(roster, 'hero', level);
  const party: PartyProgress[] = [{ kind: 'hero', hp: Math.min(hero.maxHp, o.hp), mp: Math.min(hero.maxMp, o.mp), level, exp }];
  for (const j of JOINS) if (j.after < floor && roster.has(j.kind)) party.push(newMember(roster, j.kind, Math.max(j.level, level - 1), exp));
  return {
    version: 2,
    seed: o.seed as number,
    floor,
    party,
    gold: 0,
    bag: { ...START_BAG },
    ...(whole(o.attempt, 1, 1e6) && { attempt: o.attempt }),
    ...(isTally(o.tally) && { tally: o.tally }),
  };
}

function checkV2(o: Record<string, unknown>, roster: Roster): Progress | null {
  if (!whole(o.floor, 0, FLOORS.length) || !whole(o.gold, 0, 1e9) || !Array.isArray(o.party) || o.party.length === 0 || o.party.length > 3) return null;
  const party: PartyProgress[] = [];
  for (const m of o.party as unknown[]) {
    if (typeof m !== 'object' || m === null) return null;
    const p = m as Record<string, unknown>;
    if (typeof p.kind !== 'string' || !roster.has(p.kind) || !whole(p.level, 1, 99) || !whole(p.exp, 0, 1e9)) return null;
    const max = memberStats(roster, p.kind, p.level);
    if (!whole(p.hp, 1, max.maxHp) || !whole(p.mp, 0, max.maxMp)) return null;
    party.push({ kind: p.kind, hp: p.hp, mp: p.mp, level: p.level, exp: p.exp });
  }
  if (typeof o.bag !== 'object' || o.bag === null) return null;
  const bag = { ...START_BAG };
  for (const id of ITEM_IDS) {
    const n = (o.bag as Record<string, unknown>)[id] ?? 0;
    if (!whole(n, 0, 99)) return null;
    bag[id as ItemId] = n;
  }
  return {
    version: 2, seed: o.seed as number, floor: o.floor, party, gold: o.gold, bag,
    ...(whole(o.attempt, 1, 1e6) && { attempt: o.attempt }),
    ...(isTally(o.tally) && { tally: o.tally }),
  };
}

/** A saved value of either version → Progress v2, or null when it is not a save (the caller says so). */
export function upgradeProgress(saved: unknown, roster: Roster): Progress | null {
  if (typeof saved !== 'object' || saved === null || Array.isArray(saved)) return null;
  const o = saved as Record<string, unknown>;
  if (!whole(o.seed, 0, MAX_SEED)) return null;
  if (o.version === 2) return checkV2(o, roster);
  return o.version === undefined ? upgradeV1(o, roster) : null;
}
