// Checks on what crosses the coroutine boundary: yields from combatants, commands from players.
import type { Action, Command, Status } from './protocol.ts';
import { SPELLS } from './rules.ts';

const ACTIONS = ['attack', 'spell', 'defend', 'flee', 'wait'] as const;
const COMMANDS = ['attack', 'spell', 'defend', 'flee'] as const;

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

/** Returns the status, or a sentence saying what is wrong with the yield. */
export function checkStatus(value: unknown): Status | string {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return `yielded ${show(value)}; expected a status object such as { hp: 20 }`;
  }
  const s = value as Record<string, unknown>;
  if (!isFiniteNumber(s.hp)) return `yielded hp ${show(s.hp)}; expected a finite number`;
  if (s.mp !== undefined && !isFiniteNumber(s.mp)) return `yielded mp ${show(s.mp)}; expected a finite number`;
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
  if (a.kind === 'attack' && a.hits !== undefined && a.hits !== 1 && a.hits !== 2) return `yielded hits ${show(a.hits)}; expected 1 or 2`;
  return null;
}

/** A classic hpCounter yields its HP as a bare number, like the seed's `yield count`. */
export function checkClassicYield(value: unknown): number | string {
  return isFiniteNumber(value) ? value : `yielded ${show(value)}; expected its HP as a finite number`;
}

/** What a command is checked against; the lists are built only for an error message. */
export interface CommandContext {
  readonly mp: number;
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
    if (ctx.mp < spell.mp) return `not enough MP for ${spell.name.en}: it needs ${spell.mp}, you have ${ctx.mp}`;
    const ally = spell.reach === 'ally';
    if (target !== undefined && !(ally ? ctx.isAlly(target) : ctx.isFoe(target))) {
      return `${spell.name.en} cannot target ${show(target)} (choose one of ${(ally ? ctx.allies() : ctx.foes()).join(', ')})`;
    }
    return target === undefined ? { kind: 'spell', spell: spell.id } : { kind: 'spell', spell: spell.id, target };
  }
  return { kind: c.kind as 'defend' | 'flee' };
}

export function isAction(value: Status['act']): value is Action {
  return typeof value === 'object' && value !== null;
}
