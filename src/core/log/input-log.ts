// Input logs: everything a battle needs to be re-run (generators cannot be saved): seed, sides,
// commands. The types, and the one reader of untrusted logs (a file, a URL fragment).
import { ITEM_IDS, isItemId, type Bag } from '../items.ts';
import type { Command, ItemId } from '../protocol.ts';
import { MAX_SEED } from '../rng.ts';
import { checkCommand } from '../validate.ts';
import { isSendFork, readForks, type SendFork } from './send-forks.ts';

export interface PartyMember {
  readonly kind: string;
  /** HP and MP carried over from the last battle; the definition's maximum when absent. */
  readonly hp?: number;
  readonly mp?: number;
  /** Its level (growth.ts): the stats it starts with. Absent means level 1, today's stats. */
  readonly level?: number;
}

export type InputLog =
  | {
      readonly version: 1;
      readonly mode: 'battle';
      readonly seed: number;
      readonly party: readonly PartyMember[];
      readonly enemies: readonly string[];
      readonly maxSteps?: number;
      /** The items the party carries into the battle; absent means none. */
      readonly bag?: Bag;
      /** How strong the monsters are (growth.ts foeStats); absent means 1, their files' own stats. */
      readonly foeLevel?: number;
      readonly commands: Command[];
      /** "At step n, send v instead of what the rules drew" (send-forks.ts); absent when none. */
      readonly forks?: readonly SendFork[];
    }
  | { readonly version: 1; readonly mode: 'classic'; readonly seed: number; readonly damage: readonly number[] };

export type BattleLog = Extract<InputLog, { mode: 'battle' }>;

/** The largest party a log may bring. */
export const MAX_PARTY = 4;
/** The most enemies a log may bring: stress mode's bound. */
export const MAX_ENEMIES = 400;

/** Reads an input log from untrusted JSON with a precise error. */
export function parseInputLog(json: unknown): { ok: true; log: InputLog } | { ok: false; error: string } {
  const fail = (error: string) => ({ ok: false as const, error });
  if (typeof json !== 'object' || json === null) return fail('an input log must be a JSON object');
  const o = json as Record<string, unknown>;
  if (o.version !== 1) return fail(`unsupported input log version ${JSON.stringify(o.version)} (expected 1)`);
  if (!(Number.isInteger(o.seed) && (o.seed as number) >= 0 && (o.seed as number) <= MAX_SEED)) return fail('seed must be an integer from 0 to 2147483647');
  const seed = o.seed as number;
  if (o.mode === 'classic') {
    if (!Array.isArray(o.damage) || !o.damage.every((d) => Number.isInteger(d) && d > 0 && d < 1e6)) {
      return fail('damage must be a list of positive integers');
    }
    if (Array.isArray(o.forks) && o.forks.length > 0) return fail('forks are for battle logs; a classic log changes its damage list instead');
    return { ok: true, log: { version: 1, mode: 'classic', seed, damage: o.damage as number[] } };
  }
  if (o.mode !== 'battle') return fail(`mode must be "battle" or "classic", got ${JSON.stringify(o.mode)}`);
  if (!Array.isArray(o.party) || !o.party.every(isMember)) return fail('party must be a list of { kind, hp?, mp? }');
  if (o.party.length > MAX_PARTY) return fail(`the party has ${o.party.length} members; at most ${MAX_PARTY} are allowed`);
  if (!Array.isArray(o.enemies) || !o.enemies.every((e) => typeof e === 'string' && e.length < 64)) return fail('enemies must be a list of names');
  if (o.enemies.length > MAX_ENEMIES) return fail(`the log has ${o.enemies.length} enemies; at most ${MAX_ENEMIES} are allowed`);
  if (o.maxSteps !== undefined && !(Number.isInteger(o.maxSteps) && (o.maxSteps as number) > 0)) return fail('maxSteps must be a positive integer');
  if (o.foeLevel !== undefined && !(Number.isInteger(o.foeLevel) && (o.foeLevel as number) >= 1 && (o.foeLevel as number) <= 99)) return fail('foeLevel must be a whole number from 1 to 99');
  const bag = o.bag === undefined ? undefined : bagOf(o.bag);
  if (typeof bag === 'string') return fail(bag);
  if (!Array.isArray(o.commands)) return fail('commands must be a list');
  const commands: Command[] = [];
  for (const [i, c] of o.commands.entries()) {
    // Targets and MP are checked when the command is replayed; here only the shape.
    const checked = checkCommand(c, { mp: Infinity, isFoe: () => true, isAlly: () => true, foes: () => [], allies: () => [] });
    if (typeof checked === 'string') return fail(`command ${i + 1}: ${checked}`);
    commands.push(checked);
  }
  // A command fork is already a command in `commands` here: the core's log only carries sends.
  const forks = readForks(o.forks, { commands: false });
  if (typeof forks === 'string') return fail(forks);
  return {
    ok: true,
    log: {
      version: 1, mode: 'battle', seed,
      // Only the known keys: anything else (a `__proto__` key) never reaches a battle or an export.
      party: (o.party as PartyMember[]).map(memberOf),
      enemies: [...(o.enemies as string[])],
      commands,
      ...(o.maxSteps === undefined ? {} : { maxSteps: o.maxSteps as number }),
      ...(forks.length === 0 ? {} : { forks: forks.filter(isSendFork) }),
      ...(bag === undefined ? {} : { bag }),
      ...(o.foeLevel === undefined ? {} : { foeLevel: o.foeLevel as number }),
    },
  };
}

function memberOf(p: PartyMember): PartyMember {
  const out: { kind: string; hp?: number; mp?: number; level?: number } = { kind: p.kind };
  if (Object.hasOwn(p, 'hp') && p.hp !== undefined) out.hp = p.hp;
  if (Object.hasOwn(p, 'mp') && p.mp !== undefined) out.mp = p.mp;
  if (Object.hasOwn(p, 'level') && p.level !== undefined) out.level = p.level;
  return out;
}

/** The bag: item → a count from 0 to 99, only known items (own keys). */
function bagOf(value: unknown): Bag | string {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'bag must be an object such as { "yakusou": 2 }';
  const out: Partial<Record<ItemId, number>> = {};
  for (const [k, n] of Object.entries(value)) {
    if (!isItemId(k)) return `bag: unknown item ${JSON.stringify(k)} (expected one of ${ITEM_IDS.join(', ')})`;
    if (!(Number.isInteger(n) && (n as number) >= 0 && (n as number) <= 99)) return `bag: ${k} must be a whole number from 0 to 99`;
    out[k] = n as number;
  }
  return out;
}

function isMember(m: unknown): m is PartyMember {
  if (typeof m !== 'object' || m === null) return false;
  const p = m as Record<string, unknown>;
  const own = (k: string) => (Object.hasOwn(p, k) ? p[k] : undefined);
  const num = (v: unknown) => v === undefined || (typeof v === 'number' && Number.isFinite(v));
  const level = own('level');
  return typeof own('kind') === 'string' && num(own('hp')) && num(own('mp')) && (level === undefined || (Number.isInteger(level) && (level as number) >= 1 && (level as number) <= 99));
}
