// After a won floor: experience and gold for the monsters that fell, the items they dropped, the
// level-ups, the rest before the next floor, and a companion who joins. Deterministic: the drops
// come from a stream of the floor's own seed, the levels from plain tables (growth.ts).
import { addTally, battleTally } from './adventure.ts';
import { GROWTH, learntAt, levelFor } from './growth.ts';
import { FLOORS, JOINS, bagAfter, memberStats, newMember, partyAfter, rested, type BattleEnd, type LevelUp, type PartyProgress, type Progress, type Victory } from './progress.ts';
import { drawDrops, rewardOf } from './rewards.ts';
import { createRng, deriveSeed } from './rng.ts';
import type { Roster } from './roster.ts';

/** The monsters that were defeated (returned or broke), by kind, in the order they fell. */
function defeatedKinds(battle: BattleEnd): string[] {
  const kindOf = new Map(battle.combatants.map((c) => [c.id, c.kind]));
  const out: string[] = [];
  for (const e of battle.events) if ((e.type === 'death' || e.type === 'fault') && e.side === 'enemy') out.push(kindOf.get(e.id) ?? '');
  return out;
}

/** A member's new level from its new exp, and what each level it gained gave. */
function grow(m: PartyProgress, exp: number, roster: Roster, ups: LevelUp[]): PartyProgress {
  const level = GROWTH[m.kind] ? levelFor(exp) : m.level;
  let hp = m.hp;
  let mp = m.mp;
  for (let l = m.level + 1; l <= level; l++) {
    const before = memberStats(roster, m.kind, l - 1);
    const after = memberStats(roster, m.kind, l);
    const hpUp = after.maxHp - before.maxHp;
    const mpUp = after.maxMp - before.maxMp;
    hp += hpUp;
    mp += mpUp;
    const learned = learntAt(m.kind, l);
    ups.push(learned ? { kind: m.kind, level: l, hpUp, mpUp, learned } : { kind: m.kind, level: l, hpUp, mpUp });
  }
  return { ...m, hp, mp, level, exp };
}

export function afterVictory(progress: Progress, battle: BattleEnd, roster: Roster): Victory {
  const kinds = defeatedKinds(battle);
  let exp = 0;
  let gold = 0;
  for (const k of kinds) {
    exp += rewardOf(k).exp;
    gold += rewardOf(k).gold;
  }
  const drops = drawDrops(createRng(deriveSeed(progress.seed, `drops-${progress.floor + 1}-${progress.attempt ?? 0}`)), kinds.length);
  const bag = bagAfter(progress, battle.events);
  for (const d of drops) bag[d] = Math.min(99, bag[d] + 1);
  const levelUps: LevelUp[] = [];
  const floor = progress.floor + 1;
  const next = FLOORS[floor];
  const party = partyAfter(progress, battle, roster).map((m) => {
    const grown = grow(m, m.exp + exp, roster, levelUps);
    return rested(grown, memberStats(roster, grown.kind, grown.level), next);
  });
  const join = JOINS.find((j) => j.after === progress.floor && !party.some((m) => m.kind === j.kind) && roster.has(j.kind));
  if (join) party.push(newMember(roster, join.kind, join.level, expFor(join.level)));
  const { attempt: _attempt, ...rest } = addTally(progress, battleTally(battle.events));
  return {
    progress: { ...rest, floor, party, gold: progress.gold + gold, bag },
    rewards: { exp, gold, drops },
    levelUps,
    ...(join && { joined: join.kind }),
  };
}

function expFor(level: number): number {
  // The least exp that gives `level`.
  let exp = 0;
  while (levelFor(exp) < level) exp++;
  return exp;
}
