// What each window of the command menu lists for one party member's turn, as plain MenuItems.
// Pure (no Phaser), so the greying and its reasons are unit-tested. Whether a command is allowed
// stays the core's decision (submit); the greyed items are a courtesy that says why beforehand.
import { ITEMS, ITEM_IDS, type Bag } from '../../core/items.ts';
import type { ItemId, Lang, SpellId } from '../../core/protocol.ts';
import { SPELLS } from '../../core/rules.ts';
import type { MenuItem } from '../ui/menu.ts';
import { UI } from '../ui/i18n.ts';
import { PARTY_WORDS } from '../ui/party-words.ts';

export type Main = 'attack' | 'spell' | 'defend' | 'flee' | 'items';

export interface Member {
  readonly id: string;
  readonly name: string;
  readonly hp?: number;
  readonly maxHp?: number;
}

/** Everything the menu needs for one member's turn (battle/turn-info.ts reads it from the battle). */
export interface TurnInfo {
  readonly actor: string;
  readonly name: string;
  readonly mp: number;
  /** The spells this member knows, in the order they were learned. */
  readonly spells: readonly SpellId[];
  readonly foes: readonly Member[];
  /** Living party members, the actor included. */
  readonly allies: readonly Member[];
  readonly bag: Bag;
}

/** The value of a sub-menu's もどる/Back item. */
export const BACK = Symbol('back');
export type Back = typeof BACK;

export function backItem(lang: Lang): MenuItem<Back> {
  return { label: UI[lang].back, value: BACK };
}

const carried = (bag: Bag): number => ITEM_IDS.reduce((n, id) => n + (bag[id] ?? 0), 0);

/**
 * The 2-column command grid: たたかう じゅもん / ぼうぎょ にげる / どうぐ. どうぐ is fifth so that にげる
 * stays bottom-right of the first two rows, where keyboard players and the tests find it.
 */
export function mainItems(lang: Lang, turn: Pick<TurnInfo, 'spells' | 'bag'>): MenuItem<Main>[] {
  const t = UI[lang];
  const w = PARTY_WORDS[lang];
  return [
    { label: t.attack, value: 'attack' },
    { label: t.spell, value: 'spell', ...(turn.spells.length === 0 ? { enabled: false, why: lang === 'ja' ? 'じゅもんを しらない!' : 'Knows no spells!' } : {}) },
    { label: t.defend, value: 'defend' },
    { label: t.flee, value: 'flee' },
    { label: w.items, value: 'items', ...(carried(turn.bag) === 0 ? { enabled: false, why: w.noItems } : {}) },
  ];
}

function spellEffect(lang: Lang, spell: SpellId): string {
  const s = SPELLS[spell];
  const t = UI[lang];
  const w = PARTY_WORDS[lang];
  switch (s.effect) {
    case 'heal': return t.healEffect;
    case 'damage': return t.allFoesEffect;
    case 'sleep': return lang === 'ja' ? 'てき ぜんいんを ねむらせる' : 'puts every foe to sleep';
    case 'cure': return w.itemEffect.cure;
    case 'guard': return lang === 'ja' ? 'うける ダメージを はんぶんに' : 'halves the damage taken';
  }
}

/** Only the spells this member knows; each greyed with 「MPが たりない!」 when it costs more than it has. */
export function spellItems(lang: Lang, turn: Pick<TurnInfo, 'spells' | 'mp'>): MenuItem<SpellId | Back>[] {
  const t = UI[lang];
  return [
    ...turn.spells.map((id) => {
      const spell = SPELLS[id];
      return { label: `${spell.name[lang]}  ${t.spellInfo(spell.mp, spellEffect(lang, id))}`, value: id, enabled: turn.mp >= spell.mp, why: t.notEnoughMp };
    }),
    backItem(lang),
  ];
}

/** Every item with its count; one the bag has none of is greyed with 「もう のこっていない!」. */
export function bagItems(lang: Lang, bag: Bag): MenuItem<ItemId | Back>[] {
  const w = PARTY_WORDS[lang];
  return [
    ...ITEM_IDS.map((id) => {
      const n = bag[id] ?? 0;
      return { label: `${w.itemCount(ITEMS[id].name[lang], n)}  ${w.itemEffect[ITEMS[id].effect]}`, value: id, enabled: n > 0, why: w.noneLeft };
    }),
    backItem(lang),
  ];
}

/** Targets by name (allies with their HP, so a heal goes where it is needed), then もどる. */
export function targetItems(lang: Lang, members: readonly Member[]): MenuItem<string | Back>[] {
  return [
    ...members.map((m) => ({ label: m.hp !== undefined && m.maxHp !== undefined ? `${m.name}  HP ${m.hp}/${m.maxHp}` : m.name, value: m.id })),
    backItem(lang),
  ];
}

/** Whether a spell or item is aimed at one ally (and so asks whom, when there is more than one). */
export function aimsAtAlly(choice: { kind: 'spell'; spell: SpellId } | { kind: 'item'; item: ItemId }): boolean {
  return choice.kind === 'item' || SPELLS[choice.spell].reach === 'ally';
}
