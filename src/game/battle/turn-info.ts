// What a party member's turn offers, read from the battle: its MP and spells, who it can aim at,
// and what the bag holds now. The menu (command-menu.ts) only shows it.
import type { Battle } from '../../core/battle.ts';
import { castOf } from '../../core/cast.ts';
import type { BattleEvent } from '../../core/events.ts';
import { ITEM_IDS, type Bag } from '../../core/items.ts';
import type { ItemId, Lang, SpellId } from '../../core/protocol.ts';
import { spellsOf } from '../../core/growth.ts';
import { SPELLS } from '../../core/rules.ts';
import type { TurnInfo } from './menu-items.ts';

/** The spells a member knows at its level (growth.ts); a kind without a growth table may cast any. */
function known(kind: string, level: number): readonly SpellId[] {
  return spellsOf(kind, level) ?? (Object.keys(SPELLS) as SpellId[]);
}

/** The bag as the battle started with it, each item then as its last use left it. */
export function bagNow(start: Bag | undefined, events: readonly BattleEvent[]): Record<ItemId, number> {
  const bag = Object.fromEntries(ITEM_IDS.map((id) => [id, start?.[id] ?? 0])) as Record<ItemId, number>;
  for (const e of events) if (e.type === 'item') bag[e.item] = e.left;
  return bag;
}

/** Each party member's level, by id, from the input log (party order is id order). */
export function partyLevels(battle: Battle): Map<string, number> {
  const log = battle.input;
  const party = castOf(battle.events).combatants.filter((c) => c.side === 'hero');
  const levels = new Map<string, number>();
  if (log.mode !== 'battle') return levels;
  party.forEach((c, i) => levels.set(c.id, log.party[i]?.level ?? 1));
  return levels;
}

export function turnInfo(battle: Battle, actor: string, lang: Lang): TurnInfo {
  const snap = battle.snapshot();
  const names = castOf(battle.events).namer(lang);
  const me = snap.combatants.find((c) => c.id === actor);
  const standing = (side: 'hero' | 'enemy') => snap.combatants.filter((c) => c.side === side && c.hp > 0 && battle.living(side).includes(c.id));
  const log = battle.input;
  return {
    actor,
    name: names(actor),
    mp: me?.mp ?? 0,
    spells: known(me?.kind ?? 'hero', partyLevels(battle).get(actor) ?? 1),
    foes: battle.living('enemy').map((id) => ({ id, name: names(id) })),
    allies: standing('hero').map((c) => ({ id: c.id, name: names(c.id), hp: c.hp, maxHp: c.maxHp })),
    bag: bagNow(log.mode === 'battle' ? log.bag : undefined, battle.events),
  };
}
