// A simple built-in player for the hero when nobody is at the keyboard (sim, fuzz, soak, demo), and
// for the companions (auto-party.ts). With the hero alone, no bag and no status effects it chooses
// exactly as it always did, so every battle it played before plays the same.
import type { Battle } from './battle.ts';
import type { Command } from './protocol.ts';
import { SPELLS } from './rules.ts';
import { companionCommand, lowestAlly, weakestFoe } from './policy-party.ts';

export function autoCommand(battle: Battle, actor: string): Command {
  const me = battle.vitals(actor);
  const foes = battle.living('enemy');
  if (!me || foes.length === 0) return { kind: 'defend' };
  const kind = battle.info(actor)?.kind;
  if (kind !== 'hero') {
    const chosen = companionCommand(battle, actor, me, foes);
    if (chosen) return chosen;
  }
  // New rules first, each only when its condition can occur (poison, a bag, allies).
  if (battle.effects(actor).poison && battle.itemCount('dokukeshi') > 0 && me.hp < me.maxHp * 0.6) return { kind: 'item', item: 'dokukeshi' };
  if (me.hp < me.maxHp * 0.35 && me.mp >= SPELLS.hoimi.mp && battle.knows(actor, 'hoimi')) return { kind: 'spell', spell: 'hoimi' };
  if (me.hp < me.maxHp * 0.35 && battle.itemCount('yakusou') > 0) return { kind: 'item', item: 'yakusou' };
  const hurt = battle.standing('hero') > 1 ? lowestAlly(battle, 0.3) : null;
  if (hurt && hurt !== actor && me.mp >= SPELLS.hoimi.mp + SPELLS.hoimi.mp && battle.knows(actor, 'hoimi')) return { kind: 'spell', spell: 'hoimi', target: hurt };
  if (foes.length >= 2 && me.mp >= SPELLS.gira.mp + SPELLS.hoimi.mp && battle.knows(actor, 'gira')) return { kind: 'spell', spell: 'gira' };
  return { kind: 'attack', target: weakestFoe(battle, foes) };
}
