// Event → text, one table per language. The Japanese keeps the seed's exact wording.
import { castOf } from './cast.ts';
import type { BattleEvent, BattleOutcome, EffectName, SaidLine } from './events.ts';
import { ITEMS } from './items.ts';
import type { Lang, LocalText } from './protocol.ts';
import { SPELLS } from './rules.ts';

type Names = (id: string) => string;

interface Table {
  said: { [K in SaidLine['key']]: (name: string, line: Extract<SaidLine, { key: K }>) => string };
  appears: (names: string[]) => string;
  attack: (actor: string) => string;
  spell: (actor: string, spell: string) => string;
  defend: (actor: string) => string;
  wait: (actor: string) => string;
  fleeTry: (actor: string) => string;
  fled: (actor: string, hero: boolean) => string;
  blocked: (actor: string, hero: boolean) => string;
  critical: string;
  damage: (target: string, amount: number) => string;
  noDamage: (target: string) => string;
  heal: (target: string, amount: number) => string;
  death: (target: string, hero: boolean) => string;
  fault: (target: string) => string;
  noMp: string;
  command: (actor: string) => string;
  end: Record<BattleOutcome, string>;
  item: (actor: string, item: string) => string;
  poisonDamage: (target: string, amount: number) => string;
  effect: { [K in EffectName]: { on: (target: string) => string; off: (target: string) => string } };
  asleep: (actor: string) => string;
}

const ja: Table = {
  said: {
    hp: (n, l) => `${n} のげんざいのHP: ${l.hp}`,
    damage: (n, l) => `${n} は ${l.amount} のダメージ!`,
    healed: (n, l) => `${n} は HPが ${l.amount} かいふくした`,
    died: (n) => `${n} はしんでしまった`,
  },
  appears: (names) => `${names.join('と ')} が あらわれた!`,
  attack: (a) => `${a} の こうげき!`,
  spell: (a, s) => `${a} は ${s} を となえた!`,
  defend: (a) => `${a} は みを まもっている。`,
  wait: (a) => `${a} は ようすを うかがっている。`,
  fleeTry: (a) => `${a} は にげだした!`,
  fled: () => '',
  blocked: (_a, hero) => (hero ? 'しかし まわりこまれてしまった!' : 'しかし にげられなかった!'),
  critical: 'かいしんの いちげき!',
  damage: (t, n) => `${t} は ${n} のダメージ!`,
  noDamage: (t) => `ミス! ${t} は ダメージを うけない!`,
  heal: (t, n) => `${t} は HPが ${n} かいふくした`,
  death: (t) => `${t} はしんでしまった`,
  fault: (t) => `${t} は バグってしまった!`,
  noMp: 'MPが たりない!',
  command: (a) => `${a} は どうする?`,
  end: {
    victory: 'まものたちを やっつけた!',
    defeat: 'ゆうしゃは ちからつきた……',
    fled: 'うまく にげきれた!',
    escaped: 'まものたちは にげていった。',
    draw: 'じかんぎれ! しょうぶは ひきわけ。',
  },
  item: (a, i) => `${a} は ${i}を つかった!`,
  poisonDamage: (t, n) => `${t} は どくで ${n} のダメージ!`,
  effect: {
    sleep: { on: (t) => `${t} は ねむってしまった!`, off: (t) => `${t} は めを さました!` },
    poison: { on: (t) => `${t} は どくに おかされた!`, off: (t) => `${t} の どくが きえた!` },
    guard: { on: (t) => `${t} の しゅびりょくが あがった!`, off: (t) => `${t} の しゅびりょくが もとに もどった。` },
  },
  asleep: (a) => `${a} は ねむっている。`,
};

const en: Table = {
  said: {
    hp: (n, l) => `${n}'s current HP: ${l.hp}`,
    damage: (n, l) => `${n} takes ${l.amount} damage!`,
    healed: (n, l) => `${n} recovers ${l.amount} HP`,
    died: (n) => `${n} has died`,
  },
  // "A, B and C appear!": commas, and "and" only before the last name.
  appears: (names) => `${names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : names.join('')} ${names.length > 1 ? 'appear' : 'appears'}!`,
  attack: (a) => `${a} attacks!`,
  spell: (a, s) => `${a} casts ${s}!`,
  defend: (a) => `${a} is on guard.`,
  wait: (a) => `${a} is watching closely.`,
  fleeTry: (a) => `${a} tries to run away!`,
  fled: () => '',
  blocked: (_a, hero) => (hero ? "But the way is blocked!" : "But it couldn't get away!"),
  critical: 'A critical hit!',
  damage: (t, n) => `${t} takes ${n} damage!`,
  noDamage: (t) => `Miss! ${t} takes no damage!`,
  heal: (t, n) => `${t} recovers ${n} HP`,
  death: (t) => `${t} has died`,
  fault: (t) => `${t} glitched out!`,
  noMp: 'Not enough MP!',
  command: (a) => `What will ${a} do?`,
  end: {
    victory: 'You defeated the monsters!',
    defeat: 'The hero has fallen…',
    fled: 'You got away safely!',
    escaped: 'The monsters ran away.',
    draw: 'Out of time! The battle is a draw.',
  },
  item: (a, i) => `${a} uses the ${i}!`,
  poisonDamage: (t, n) => `${t} takes ${n} damage from poison!`,
  effect: {
    sleep: { on: (t) => `${t} falls asleep!`, off: (t) => `${t} wakes up!` },
    poison: { on: (t) => `${t} is poisoned!`, off: (t) => `The poison leaves ${t}!` },
    guard: { on: (t) => `${t}'s defence rises!`, off: (t) => `${t}'s defence returns to normal.` },
  },
  asleep: (a) => `${a} is fast asleep.`,
};

export const TABLES: Readonly<Record<Lang, Table>> = { ja, en };

export function localName(text: LocalText, lang: Lang): string {
  return text[lang];
}

/** The lines a player reads for one event; most events give none. */
export function messagesFor(event: BattleEvent, lang: Lang, name: Names, sideOf: (id: string) => 'hero' | 'enemy' = () => 'enemy'): string[] {
  const t = TABLES[lang];
  switch (event.type) {
    case 'battleStart':
      return event.rule === 'classic' ? [] : [t.appears(event.combatants.filter((c) => c.side === 'enemy').map((c) => c.name[lang]))];
    case 'said': {
      const line = event.line;
      const n = name(event.id);
      switch (line.key) {
        case 'hp': return [t.said.hp(n, line)];
        case 'damage': return [t.said.damage(n, line)];
        case 'healed': return [t.said.healed(n, line)];
        case 'died': return [t.said.died(n, line)];
      }
      return [];
    }
    case 'action': {
      const a = name(event.actor);
      const act = event.act;
      switch (act.kind) {
        case 'attack': return [t.attack(a)];
        case 'spell': return [t.spell(a, SPELLS[act.spell].name[lang])];
        case 'defend': return [t.defend(a)];
        case 'wait': return [t.wait(a)];
        case 'flee': return [t.fleeTry(a)];
        case 'item': return [];
      }
      return [];
    }
    case 'flee':
      return event.ok ? [] : [t.blocked(name(event.actor), event.side === 'hero')];
    case 'damage': {
      if (event.source === 'scheduler') return [];
      if (event.source === 'poison') return [t.poisonDamage(name(event.target), event.amount)];
      const lines = event.critical ? [t.critical] : [];
      lines.push(event.amount > 0 ? t.damage(name(event.target), event.amount) : t.noDamage(name(event.target)));
      return lines;
    }
    case 'heal':
      return [t.heal(name(event.target), event.amount)];
    case 'death':
      return [t.death(name(event.id), sideOf(event.id) === 'hero')];
    case 'fault':
      return [t.fault(name(event.id))];
    case 'noMp':
      return [t.noMp];
    case 'battleEnd':
      return [t.end[event.outcome]];
    case 'item':
      return [t.item(name(event.actor), ITEMS[event.item].name[lang])];
    case 'effect': {
      const lines = t.effect[event.effect];
      return [(event.on ? lines.on : lines.off)(name(event.target))];
    }
    case 'skipTurn':
      return [t.asleep(name(event.actor))];
    default:
      return [];
  }
}

/** All the text of a battle, in order. Classic battles read exactly like the seed's transcript. */
export function transcript(events: readonly BattleEvent[], lang: Lang): string[] {
  const cast = castOf(events);
  const name = cast.namer(lang);
  const classic = cast.rule === 'classic';
  const out: string[] = [];
  for (const e of events) {
    if (classic && e.type !== 'said') continue;
    out.push(...messagesFor(e, lang, name, (id) => cast.side(id) ?? 'enemy'));
  }
  return out;
}
