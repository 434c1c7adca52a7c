// Items: what the bag holds. Using one is a command the engine resolves by sending into the target's
// generator, like a spell (a heal is `next(+30)`), and it is checked like one (validate.ts).
import type { ItemId, LocalText } from './protocol.ts';

export interface Item {
  readonly id: ItemId;
  readonly name: LocalText;
  /** Gold in the Interlude's shop. */
  readonly price: number;
  /** heal: HP sent in; cure: poison ends; mp: MP given back (the engine's, like an enemy's). */
  readonly effect: 'heal' | 'cure' | 'mp';
  readonly power: number;
}

export const ITEMS: Readonly<Record<ItemId, Item>> = {
  yakusou: { id: 'yakusou', name: { ja: 'やくそう', en: 'Medicinal Herb' }, price: 8, effect: 'heal', power: 30 },
  dokukeshi: { id: 'dokukeshi', name: { ja: 'どくけしそう', en: 'Antidote' }, price: 10, effect: 'cure', power: 0 },
  seisui: { id: 'seisui', name: { ja: 'まほうのせいすい', en: 'Magic Water' }, price: 20, effect: 'mp', power: 15 },
};

export const ITEM_IDS = Object.keys(ITEMS) as readonly ItemId[];

/** How many of each item a party carries. */
export type Bag = Readonly<Partial<Record<ItemId, number>>>;

/** An item's own name, never an inherited one (`toString`, `__proto__`). */
export function isItemId(value: unknown): value is ItemId {
  return typeof value === 'string' && Object.hasOwn(ITEMS, value);
}
