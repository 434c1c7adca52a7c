// The auto player's choices for まほうつかい and そうりょ: spells they know, items from the bag, and
// the party's state (who is hurt, poisoned, guarded; which foes sleep). null: attack like the hero.
import type { Battle } from './battle.ts';
import type { Command, SpellId } from './protocol.ts';
import { SPELLS } from './rules.ts';

type Vitals = NonNullable<ReturnType<Battle['vitals']>>;

/** The living foe with the least HP (the first of them in queue order). */
export function weakestFoe(battle: Battle, foes: readonly string[]): string {
  let weakest = foes[0]!;
  let weakestHp = battle.vitals(weakest)!.hp;
  for (let i = 1; i < foes.length; i++) {
    const hp = battle.vitals(foes[i]!)!.hp;
    if (hp < weakestHp) {
      weakest = foes[i]!;
      weakestHp = hp;
    }
  }
  return weakest;
}

/** The party member with the lowest share of its HP, if under `share`. */
export function lowestAlly(battle: Battle, share: number): string | null {
  let best: string | null = null;
  let bestShare = share;
  for (const id of battle.living('hero')) {
    const v = battle.vitals(id)!;
    if (v.hp / v.maxHp < bestShare) {
      best = id;
      bestShare = v.hp / v.maxHp;
    }
  }
  return best;
}

function can(battle: Battle, actor: string, me: Vitals, spell: SpellId, spare = 0): boolean {
  return battle.knows(actor, spell) && me.mp >= SPELLS[spell].mp + spare;
}

export function companionCommand(battle: Battle, actor: string, me: Vitals, foes: readonly string[]): Command | null {
  const kind = battle.info(actor)?.kind;
  const hurt = lowestAlly(battle, kind === 'priest' ? 0.45 : 0.25);
  const party = battle.living('hero');
  if (kind === 'priest') {
    if (hurt && can(battle, actor, me, 'hoimi')) return { kind: 'spell', spell: 'hoimi', target: hurt };
    const poisoned = party.find((id) => battle.effects(id).poison);
    if (poisoned && can(battle, actor, me, 'kiarii')) return { kind: 'spell', spell: 'kiarii', target: poisoned };
    const boss = foes.some((id) => battle.info(id)?.boss);
    const front = party.find((id) => battle.info(id)?.kind === 'hero') ?? actor;
    if (boss && !battle.effects(front).guard && can(battle, actor, me, 'sukara', SPELLS.hoimi.mp)) return { kind: 'spell', spell: 'sukara', target: front };
  }
  if (hurt && battle.itemCount('yakusou') > 0) return { kind: 'item', item: 'yakusou', target: hurt };
  if (kind === 'mage') {
    const awake = foes.filter((id) => !battle.effects(id).sleep && !battle.info(id)?.boss);
    if (awake.length >= 2 && can(battle, actor, me, 'rarihoo', SPELLS.gira.mp)) return { kind: 'spell', spell: 'rarihoo' };
    if (foes.length >= 2 && can(battle, actor, me, 'gira')) return { kind: 'spell', spell: 'gira' };
    if (me.mp < SPELLS.gira.mp && battle.itemCount('seisui') > 0) return { kind: 'item', item: 'seisui' };
    if (can(battle, actor, me, 'gira', 6)) return { kind: 'spell', spell: 'gira' };
  }
  return null;
}
