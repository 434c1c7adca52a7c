// Checks on what crosses the coroutine boundary: yields from combatants, commands from players.
import type { Action, Command, LocalText, Side, Status } from './protocol.ts';
import { ITEMS, isItemId } from './items.ts';
import { SPELLS } from './rules.ts';

const ACTIONS = ['attack', 'spell', 'item', 'defend', 'flee', 'wait'] as const;
const COMMANDS = ['attack', 'spell', 'item', 'defend', 'flee'] as const;

/** A short, safe rendering of any value for messages and traces. */
export function show(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
  if (typeof value === 'function') return 'a function';
  if (typeof value === 'symbol' || typeof value === 'bigint') return String(value);
  try {
    const text = JSON.stringify(value, (_k, v: unknown) => (typeof v === 'number' && !Number.isFinite(v) ? String(v) : v));
    return text === undefined ? String(value) : text.length > 120 ? `${text.slice(0, 120)}…` : text;
  } catch {
    return Object.prototype.toString.call(value);
  }
}

function isFiniteNumber(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v);
}

/**
 * Returns the status, or a sentence saying what is wrong with the yield. Given the combatant's side,
 * it also refuses an enemy asking for a player command, which only a party member may do.
 */
export function checkStatus(value: unknown, side?: Side): Status | string {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return `yielded ${show(value)}; expected a status object such as { hp: 20 }`;
  }
  const s = value as Record<string, unknown>;
  if (!isFiniteNumber(s.hp)) return `yielded hp ${show(s.hp)}; expected a finite number`;
  if (s.mp !== undefined && !isFiniteNumber(s.mp)) return `yielded mp ${show(s.mp)}; expected a finite number`;
  if (s.act === 'command' && side === 'enemy') {
    return "yielded act: 'command', but only a party member (side 'hero') asks the player; an enemy yields its own action, such as act: attack()";
  }
  if (s.act !== undefined && s.act !== 'command') {
    const problem = checkAction(s.act);
    if (problem) return problem;
  }
  return value as Status;
}

function checkAction(act: unknown): string | null {
  if (typeof act !== 'object' || act === null) return `yielded act ${show(act)}; expected an action such as { kind: 'attack' }`;
  const a = act as Record<string, unknown>;
  if (!ACTIONS.includes(a.kind as (typeof ACTIONS)[number])) {
    return `yielded an action of kind ${show(a.kind)}; expected one of ${ACTIONS.join(', ')}`;
  }
  if (a.target !== undefined && typeof a.target !== 'string') return `yielded a target ${show(a.target)}; expected a combatant id`;
  if (a.kind === 'spell' && !isSpellId(a.spell)) {
    return `yielded spell ${show(a.spell)}; expected one of ${Object.keys(SPELLS).join(', ')}`;
  }
  if (a.kind === 'item' && !isItemId(a.item)) return `yielded item ${show(a.item)}; expected one of ${Object.keys(ITEMS).join(', ')}`;
  if (a.kind === 'attack' && a.hits !== undefined && a.hits !== 1 && a.hits !== 2) return `yielded hits ${show(a.hits)}; expected 1 or 2`;
  if (a.kind === 'attack' && a.poison !== undefined && a.poison !== true) return `yielded poison ${show(a.poison)}; expected true or nothing`;
  return null;
}

/** A classic hpCounter yields its HP as a bare number, like the seed's `yield count`. */
export function checkClassicYield(value: unknown): number | string {
  return isFiniteNumber(value) ? value : `yielded ${show(value)}; expected its HP as a finite number`;
}

/** What a command is checked against; the lists are built only for an error message. */
export interface CommandContext {
  readonly mp: number;
  /** How many of each item the bag holds; left out (a log being read), any number. */
  readonly bag?: Readonly<Partial<Record<keyof typeof ITEMS, number>>>;
  /** The spells this member knows (growth.ts); null or left out, every spell. */
  readonly spells?: readonly (keyof typeof SPELLS)[] | null;
  isFoe(id: string): boolean;
  isAlly(id: string): boolean;
  foes(): readonly string[];
  allies(): readonly string[];
}

/** A spell's own name, never an inherited one (`toString`, `__proto__`). */
export function isSpellId(value: unknown): value is keyof typeof SPELLS {
  return typeof value === 'string' && Object.hasOwn(SPELLS, value);
}

/** Showdown-style: an invalid choice gets a precise reason, never a silent fix. */
export function checkCommand(input: unknown, ctx: CommandContext): Command | string {
  if (typeof input !== 'object' || input === null) return `a command must be an object such as { kind: 'attack' }, got ${show(input)}`;
  const c = input as Record<string, unknown>;
  if (!COMMANDS.includes(c.kind as (typeof COMMANDS)[number])) {
    return `unknown command ${show(c.kind)}: expected one of ${COMMANDS.join(', ')}`;
  }
  if (c.target !== undefined && typeof c.target !== 'string') return `target must be a combatant id, got ${show(c.target)}`;
  const target = c.target as string | undefined;
  if (c.kind === 'attack') {
    if (target !== undefined && !ctx.isFoe(target)) {
      return `cannot attack ${show(target)}: it is not a living enemy (choose one of ${ctx.foes().join(', ')})`;
    }
    return target === undefined ? { kind: 'attack' } : { kind: 'attack', target };
  }
  if (c.kind === 'spell') {
    if (!isSpellId(c.spell)) {
      return `unknown spell ${show(c.spell)}: expected one of ${Object.keys(SPELLS).join(', ')}`;
    }
    const spell = SPELLS[c.spell];
    if (ctx.spells && !ctx.spells.includes(spell.id)) return `${spell.name.en} (${spell.id}) is not a spell this party member knows`;
    if (ctx.mp < spell.mp) return `not enough MP for ${spell.name.en}: it needs ${spell.mp}, you have ${ctx.mp}`;
    const ally = spell.reach === 'ally';
    if (target !== undefined && !(ally ? ctx.isAlly(target) : ctx.isFoe(target))) {
      return `${spell.name.en} cannot target ${show(target)} (choose one of ${(ally ? ctx.allies() : ctx.foes()).join(', ')})`;
    }
    return target === undefined ? { kind: 'spell', spell: spell.id } : { kind: 'spell', spell: spell.id, target };
  }
  if (c.kind === 'item') {
    if (!isItemId(c.item)) return `unknown item ${show(c.item)}: expected one of ${Object.keys(ITEMS).join(', ')}`;
    const item = ITEMS[c.item];
    const have = ctx.bag ? (ctx.bag[item.id] ?? 0) : Infinity;
    if (have <= 0) return `no ${item.name.en} (${item.id}) left in the bag`;
    if (target !== undefined && !ctx.isAlly(target)) {
      return `${item.name.en} cannot be used on ${show(target)} (choose one of ${ctx.allies().join(', ')})`;
    }
    return target === undefined ? { kind: 'item', item: item.id } : { kind: 'item', item: item.id, target };
  }
  return { kind: c.kind as 'defend' | 'flee' };
}

export function isAction(value: Status['act']): value is Action {
  return typeof value === 'object' && value !== null;
}

// Load-time checks: what is wrong with a monster file is said when it loads, before any battle.
// Each returns a sentence in both languages (without the file name), or null when all is well.

/** The limits a monster's stats must keep, so one typo cannot one-shot the hero. */
export const STAT_LIMITS = { maxHp: [1, 9999], attack: [0, 999] } as const;

const whole = (v: unknown): v is number => Number.isSafeInteger(v);

export function checkStats(stats: unknown): LocalText | null {
  const example = 'stats: { maxHp: 20, maxMp: 0, attack: [3, 6] }';
  if (typeof stats !== 'object' || stats === null) {
    return { en: `has no stats; add ${example}`, ja: `stats が ありません。${example} を かいてください` };
  }
  const { maxHp, maxMp, attack } = stats as Record<string, unknown>;
  const [lowHp, highHp] = STAT_LIMITS.maxHp;
  if (!whole(maxHp) || maxHp < lowHp || maxHp > highHp) {
    return {
      en: `stats.maxHp is ${show(maxHp)}; it must be a whole number from ${lowHp} to ${highHp}`,
      ja: `stats.maxHp が ${show(maxHp)} です。${lowHp} から ${highHp} までの せいすう(整数) に してください`,
    };
  }
  if (!whole(maxMp) || maxMp < 0) {
    return {
      en: `stats.maxMp is ${show(maxMp)}; it must be a whole number, 0 or more (0 for a monster without spells)`,
      ja: `stats.maxMp が ${show(maxMp)} です。0 いじょうの せいすう(整数) に してください (じゅもんを つかわないなら 0)`,
    };
  }
  const [min, max] = STAT_LIMITS.attack;
  const range = Array.isArray(attack) ? attack : [];
  const [low, high] = range;
  if (range.length !== 2 || !whole(low) || !whole(high) || low < min || low > high || high > max) {
    return {
      en: `stats.attack is ${show(attack)}; it must be [low, high], two whole numbers with ${min} ≤ low ≤ high ≤ ${max}: the damage of one blow, like the memo's randint(5, 10)`,
      ja: `stats.attack が ${show(attack)} です。[さいしょう, さいだい] の 2つの せいすう(整数) で ${min} ≤ さいしょう ≤ さいだい ≤ ${max} に してください。1かいの こうげきの ダメージです (メモの randint(5, 10) と おなじ)`,
    };
  }
  return null;
}

const tag = (v: unknown): string => Object.prototype.toString.call(v);

/** `create` must be a generator function the battle can resume step by step. */
export function checkCreate(create: unknown): LocalText | null {
  if (typeof create !== 'function') {
    return { en: 'has no create; add *create(hp) { … }, the generator function', ja: 'create が ありません。ジェネレーター関数 *create(hp) { … } を かいてください' };
  }
  if (tag(create) === '[object AsyncGeneratorFunction]') {
    return {
      en: 'create is an async generator (async *create): the battle gets a Promise from each next(), never your status. Use `function*`, not `async function*`: delete the word async',
      ja: 'create が async の ジェネレーター (async *create) です。next() が Promise を かえすので、HP が バトルに とどきません。`async function*` ではなく `function*` を つかってください: async を けすだけです',
    };
  }
  if (tag(create) === '[object AsyncFunction]') {
    return {
      en: 'create is an async function; it must be a generator function: write *create(hp) { … } and use yield, not await',
      ja: 'create が async 関数です。ジェネレーター関数 *create(hp) { … } に して、await ではなく yield を つかってください',
    };
  }
  return null;
}

/** The memo's shape, `export default function* monster(hp) { … }`, wrapped the way the game needs it. */
export function bareGeneratorFix(fn: unknown): LocalText | null {
  const t = tag(fn);
  if (t !== '[object GeneratorFunction]' && t !== '[object AsyncGeneratorFunction]') return null;
  const name = typeof fn === 'function' && /^[A-Za-z_$][\w$]*$/.test(fn.name) && fn.name !== 'default' ? fn.name : 'monster';
  const fix = [
    `  import { defineEnemy } from '../core/kit.ts';`,
    `  export default defineEnemy({ name: { ja: '…', en: '…' }, stats: { maxHp: 20, maxMp: 0, attack: [3, 6] }, create: ${name} });`,
  ].join('\n');
  return {
    en: `its default export is a bare generator function; the game also needs its name and stats. Write \`function* ${name}(hp) {\` without \`export default\`, yielding \`{ hp }\` rather than a bare number, and add these two lines:\n${fix}`,
    ja: `default export が はだかの ジェネレーター関数 です。なまえ と stats も ひつようです。\`export default\` を けして \`function* ${name}(hp) {\` と かき (yield するのは かず ではなく \`{ hp }\`)、つぎの 2ぎょうを たしてください:\n${fix}`,
  };
}
