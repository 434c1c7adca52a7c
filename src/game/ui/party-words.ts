// The game's words for the party, items, growth and the shop (issue 15), kept apart from i18n.ts
// so each stays short. Battle lines still come from src/core/messages.ts.
import type { Lang } from '../../core/protocol.ts';

export interface PartyWords {
  readonly items: string;
  readonly itemPrompt: string;
  readonly allyPrompt: string;
  readonly noItems: string;
  readonly noneLeft: string;
  readonly itemCount: (name: string, n: number) => string;
  readonly itemEffect: { readonly heal: string; readonly cure: string; readonly mp: string };
  readonly turnOf: (name: string) => string;
  readonly companions: (on: boolean) => string;
  readonly sleep: string;
  readonly poison: string;
  readonly guard: string;
  readonly won: (exp: number, gold: number) => string;
  readonly dropped: (names: string) => string;
  readonly levelUp: (name: string, level: number, hp: number, mp: number) => string;
  readonly learned: (name: string, spell: string) => string;
  readonly joined: (name: string) => string;
  readonly revived: (name: string, hp: number) => string;
  readonly member: (name: string, level: number, hp: number, maxHp: number, mp: number, maxMp: number) => string;
  readonly goldBag: (gold: number, bag: string) => string;
  readonly emptyBag: string;
  readonly shop: string;
  readonly shopHint: string;
  readonly shopTitle: (gold: number) => string;
  readonly buy: (name: string, price: number, have: number) => string;
  readonly tooPoor: string;
  readonly bought: (name: string, gold: number) => string;
  readonly saveMigrated: string;
}

const ja: PartyWords = {
  items: 'どうぐ',
  itemPrompt: 'どの どうぐ?',
  allyPrompt: 'だれに つかう?',
  noItems: 'どうぐを もっていない!',
  noneLeft: 'もう のこっていない!',
  itemCount: (name, n) => `${name} ×${n}`,
  itemEffect: { heal: 'HPを かいふく', cure: 'どくを なおす', mp: 'MPを かいふく' },
  turnOf: (name) => `${name} の ばん`,
  companions: (on) => `なかまは じぶんで たたかう: ${on ? 'オン' : 'オフ'}`,
  sleep: 'ねむり',
  poison: 'どく',
  guard: 'ぼうぎょ',
  won: (exp, gold) => `けいけんち ${exp}・${gold}G を てにいれた`,
  dropped: (names) => `おとしもの: ${names}`,
  levelUp: (name, level, hp, mp) => `${name} レベル ${level} に! HP+${hp} MP+${mp}`,
  learned: (name, spell) => `${name} は ${spell} を おぼえた!`,
  joined: (name) => `${name} が なかまに くわわった!`,
  revived: (name, hp) => `${name} は いきかえった (HP ${hp})`,
  member: (name, level, hp, maxHp, mp, maxMp) => `${name} Lv${level}  HP ${hp}/${maxHp}  MP ${mp}/${maxMp}`,
  goldBag: (gold, bag) => `${gold}G  ${bag}`,
  emptyBag: 'どうぐ なし',
  shop: 'どうぐや',
  shopHint: 'ゴールドで どうぐを かう',
  shopTitle: (gold) => `どうぐや  ${gold}G`,
  buy: (name, price, have) => `${name}  ${price}G (${have})`,
  tooPoor: 'ゴールドが たりない!',
  bought: (name, gold) => `${name} を かった! のこり ${gold}G`,
  saveMigrated: 'ふるい セーブデータを あたらしい かたちに なおしました (パーティ・どうぐ・ゴールド つき)',
};

const en: PartyWords = {
  items: 'Items',
  itemPrompt: 'Which item?',
  allyPrompt: 'On whom?',
  noItems: 'You carry no items!',
  noneLeft: 'None left!',
  itemCount: (name, n) => `${name} ×${n}`,
  itemEffect: { heal: 'restores HP', cure: 'cures poison', mp: 'restores MP' },
  turnOf: (name) => `${name}'s turn`,
  companions: (on) => `Companions act on their own: ${on ? 'on' : 'off'}`,
  sleep: 'asleep',
  poison: 'poison',
  guard: 'guard',
  won: (exp, gold) => `Gained ${exp} EXP and ${gold}G`,
  dropped: (names) => `Dropped: ${names}`,
  levelUp: (name, level, hp, mp) => `${name} is level ${level}! HP+${hp} MP+${mp}`,
  learned: (name, spell) => `${name} learned ${spell}!`,
  joined: (name) => `${name} joined the party!`,
  revived: (name, hp) => `${name} is revived (HP ${hp})`,
  member: (name, level, hp, maxHp, mp, maxMp) => `${name} Lv${level}  HP ${hp}/${maxHp}  MP ${mp}/${maxMp}`,
  goldBag: (gold, bag) => `${gold}G  ${bag}`,
  emptyBag: 'no items',
  shop: 'Item shop',
  shopHint: 'Buy items with gold',
  shopTitle: (gold) => `Item shop  ${gold}G`,
  buy: (name, price, have) => `${name}  ${price}G (${have})`,
  tooPoor: 'Not enough gold!',
  bought: (name, gold) => `Bought ${name}! ${gold}G left`,
  saveMigrated: 'An older save was brought up to date (now with a party, items and gold)',
};

export const PARTY_WORDS: Readonly<Record<Lang, PartyWords>> = { ja, en };
