// What the fuzzer plays and what it checks beyond the engine: a seeded random player that uses every
// command (flee and the spells too; items and the party's spells in party runs), a lineup chosen from the seed (alone, with another kind, in a
// group), and the engine's HP rules run again on the values the monsters really yielded (the
// ledger), not on the clamped HP in damage events.
import type { Battle } from '../core/battle.ts';
import type { BattleEvent } from '../core/events.ts';
import type { Command } from '../core/protocol.ts';
import { MAX_ENEMIES } from '../core/replay.ts';
import { ITEM_IDS } from '../core/items.ts';
import { createRng, deriveSeed, type Rng } from '../core/rng.ts';
import { SPELLS } from '../core/rules.ts';
import { checkYieldedHp } from '../core/status-rules.ts';

/** The newer commands, for party runs only (a hero-alone run draws exactly as it always did). */
function partyCommand(battle: Battle, actor: string, mp: number, roll: number, rng: Rng): Command | null {
  const allies = battle.living('hero');
  if (roll < 50) {
    const item = ITEM_IDS.find((id) => battle.itemCount(id) > 0);
    if (item) return { kind: 'item', item, target: rng.pick(allies) };
  }
  const known = (['rarihoo', 'kiarii', 'sukara'] as const).filter((s) => battle.knows(actor, s) && mp >= SPELLS[s].mp);
  if (roll < 62 && known.length > 0) {
    const spell = rng.pick(known);
    return SPELLS[spell].reach === 'ally' ? { kind: 'spell', spell, target: rng.pick(allies) } : { kind: 'spell', spell };
  }
  return null;
}

/** A player that picks any command the rules allow, from its own seeded stream; `party` adds items and the newer spells. */
export function randomPolicy(seed: number, party = false): (battle: Battle, actor: string) => Command {
  const rng = createRng(deriveSeed(seed, 'fuzz-policy'));
  return (battle, actor) => {
    const me = battle.vitals(actor);
    const foes = battle.living('enemy');
    if (!me || foes.length === 0) return { kind: 'defend' };
    const roll = rng.int(0, 99);
    if (roll < 6) return { kind: 'flee' };
    if (roll < 16) return { kind: 'defend' };
    if (roll < 30 && me.mp >= SPELLS.hoimi.mp && battle.knows(actor, 'hoimi')) return { kind: 'spell', spell: 'hoimi', target: rng.pick(battle.living('hero')) };
    if (roll < 42 && me.mp >= SPELLS.gira.mp && battle.knows(actor, 'gira')) return { kind: 'spell', spell: 'gira' };
    const newer = party ? partyCommand(battle, actor, me.mp, roll, rng) : null;
    if (newer) return newer;
    return { kind: 'attack', target: rng.pick(foes) };
  };
}

/** The enemies of one seed: the ones asked for alone, with one other kind, or as a group. */
export function lineupFor(enemies: readonly string[], seed: number, others: readonly string[]): string[] {
  const rng = createRng(deriveSeed(seed, 'fuzz-lineup'));
  const shape = rng.int(0, 2);
  if (shape === 1 && others.length > 0 && enemies.length < MAX_ENEMIES) return [...enemies, rng.pick(others)];
  if (shape === 2) {
    const group: string[] = [];
    while (group.length < Math.min(MAX_ENEMIES, enemies.length * 3)) group.push(enemies[group.length % enemies.length]!);
    return group;
  }
  return [...enemies];
}

/** A broken HP rule seen in the ledger: the status a monster yielded, against what it was sent. */
export function ledgerProblem(events: readonly BattleEvent[]): string | null {
  const start = events[0];
  if (start?.type !== 'battleStart') return null;
  const info = new Map(start.combatants.map((c) => [c.id, c]));
  const hp = new Map(start.combatants.map((c) => [c.id, c.hp]));
  for (const e of events) {
    if (e.type !== 'resume' || e.entry.op !== 'next' || e.entry.result.kind !== 'yield') continue;
    const c = info.get(e.entry.task);
    const v = e.entry.result.value as { hp?: unknown } | null;
    if (!c || typeof v !== 'object' || v === null || typeof v.hp !== 'number') continue;
    const broken = checkYieldedHp(v.hp, hp.get(c.id)!, e.entry.sent, c.maxHp, null, c.kind);
    if (broken) return `rule ${broken.rule} (in the ledger): ${c.name.en} ${broken.text.en}`;
    hp.set(c.id, v.hp);
  }
  return null;
}
