// Enemies pay MP for spells like the hero, but they do not yield it: the engine keeps an enemy's MP
// (it starts at stats.maxMp), checks it before a spell and charges it.
import type { Entry, Fight } from './battle-state.ts';
import type { Spell } from './rules.ts';

/** true when the enemy could pay; otherwise the turn is wasted with 「MPが たりない!」 (not a fault). */
export function payMp(f: Fight, e: Entry, spell: Spell): boolean {
  if (e.mp < spell.mp) {
    f.emit({ type: 'noMp', actor: e.info.id, spell: spell.id, mp: e.mp });
    return false;
  }
  e.mp -= spell.mp;
  return true;
}
