// Input logs (seed, sides, commands) and replays: generators cannot be saved, so battles are re-run.
import { Battle, type BattleOptions, type Recruit } from './battle.ts';
import type { CombatantInfo } from './events.ts';
import type { Command, LocalText } from './protocol.ts';
import { MAX_SEED } from './rng.ts';
import type { Roster } from './roster.ts';
import { checkCommand } from './validate.ts';
import { hpCounter as firstHpCounter } from '../combatants/classic.ts';

// The classic counter, replaced in place when classic.ts is saved under `npm run dev` (hot swap:
// the Classic scene replays its battle with it) instead of reloading the page. Inert elsewhere.
let hpCounter = firstHpCounter;
if (import.meta.hot) {
  import.meta.hot.accept('../combatants/classic.ts', (next) => {
    if (typeof next?.hpCounter === 'function') hpCounter = next.hpCounter as typeof firstHpCounter;
  });
}

export interface PartyMember {
  readonly kind: string;
  /** HP and MP carried over from the last battle; the definition's maximum when absent. */
  readonly hp?: number;
  readonly mp?: number;
}

export type InputLog =
  | {
      readonly version: 1;
      readonly mode: 'battle';
      readonly seed: number;
      readonly party: readonly PartyMember[];
      readonly enemies: readonly string[];
      readonly maxSteps?: number;
      readonly commands: Command[];
    }
  | { readonly version: 1; readonly mode: 'classic'; readonly seed: number; readonly damage: readonly number[] };

export type BattleLog = Extract<InputLog, { mode: 'battle' }>;

/** The seed's two counters: `coroutine_hp_counter("ゆうしゃ", 100)` and `("スライム", 20)`. */
export const CLASSIC_CAST = [
  { id: 'hero', kind: 'hero', name: { ja: 'ゆうしゃ', en: 'Hero' }, side: 'hero', sprite: 'hero', hp: 100 },
  { id: 'slime', kind: 'slime', name: { ja: 'スライム', en: 'Slime' }, side: 'enemy', sprite: 'slime', hp: 20 },
] as const;

export function startBattle(log: BattleLog, roster: Roster, options?: BattleOptions): Battle {
  const problem = checkLineup(log, roster);
  if (problem) throw new Error(problem);
  const fresh: BattleLog = { ...log, commands: [] };
  const kinds = [...log.party.map((p) => p.kind), ...log.enemies];
  const ids = assignIds(kinds);
  const names = assignNames(kinds.map((k) => roster.get(k)!.name), kinds);
  const recruits: Recruit[] = kinds.map((kind, i) => {
    const def = roster.get(kind)!;
    const member = i < log.party.length ? log.party[i] : undefined;
    const hp = clampStart(member?.hp, def.stats.maxHp, 1);
    const mp = clampStart(member?.mp, def.stats.maxMp, 0);
    const info: CombatantInfo = {
      id: ids[i]!, kind, name: names[i]!, side: def.side, sprite: def.sprite,
      maxHp: def.stats.maxHp, maxMp: def.stats.maxMp, hp, mp, boss: def.boss ?? false,
    };
    return {
      info,
      stats: def.stats,
      make: (tools) => def.create(hp, { self: info.id, rng: tools.rng, stats: def.stats, startMp: mp, foes: tools.foes, allies: tools.allies }),
    };
  });
  return new Battle(log.seed, 'battle', recruits, fresh, options);
}

export function startClassic(seed: number, damage: readonly number[] = [], options?: BattleOptions & { counter?: typeof hpCounter }): Battle {
  const counter = options?.counter ?? hpCounter;
  const recruits: Recruit[] = CLASSIC_CAST.map((c) => ({
    info: { ...c, maxHp: c.hp, maxMp: 0, mp: 0, boss: false },
    stats: { maxHp: c.hp, maxMp: 0, attack: [5, 10] },
    make: (tools) => counter(c.name.ja, c.hp, tools.say),
  }));
  return new Battle(seed, 'classic', recruits, { version: 1, mode: 'classic', seed, damage: [...damage] }, options);
}

/** Rebuilds a battle from its input log, stopping after `untilStep` resumes if given. */
export function replay(log: InputLog, roster: Roster, untilStep = Infinity, options?: BattleOptions): Battle {
  const { battle, refused } = replayUntilRefused(log, roster, untilStep, options);
  if (refused) throw new Error(`replay diverged: command ${refused.command} was refused: ${refused.error}`);
  return battle;
}

/**
 * The same replay, but a command the battle refuses (edited code made it impossible) stops it
 * there and is reported instead of thrown: a hot reload shows it as a divergence.
 */
export function replayUntilRefused(
  log: InputLog,
  roster: Roster,
  untilStep = Infinity,
  options?: BattleOptions,
): { battle: Battle; refused: { command: string; error: string } | null } {
  const battle = log.mode === 'classic' ? startClassic(log.seed, log.damage, options) : startBattle(log, roster, options);
  const commands = log.mode === 'battle' ? [...log.commands] : [];
  while (battle.stepCount < untilStep && battle.outcome === null) {
    const r = battle.step();
    if (r.waitingFor && !r.resumed) {
      const next = commands.shift();
      if (!next) break;
      const ok = battle.submit(next);
      if (!ok.ok) return { battle, refused: { command: JSON.stringify(next), error: ok.error } };
    }
  }
  return { battle, refused: null };
}

function clampStart(value: number | undefined, max: number, min: number): number {
  return value === undefined ? max : Math.max(min, Math.min(max, Math.round(value)));
}

/** `slime`, or `slime-1`, `slime-2` when there are several. */
function assignIds(kinds: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return kinds.map((k) => {
    const total = kinds.filter((x) => x === k).length;
    const n = (seen.get(k) ?? 0) + 1;
    seen.set(k, n);
    return total > 1 ? `${k}-${n}` : k;
  });
}

/** Dragon Quest style: スライムA, スライムB. */
function assignNames(names: readonly LocalText[], kinds: readonly string[]): LocalText[] {
  const seen = new Map<string, number>();
  return names.map((name, i) => {
    const kind = kinds[i]!;
    if (kinds.filter((k) => k === kind).length < 2) return name;
    const n = seen.get(kind) ?? 0;
    seen.set(kind, n + 1);
    const letter = String.fromCharCode(65 + n);
    return { ja: `${name.ja}${letter}`, en: `${name.en} ${letter}` };
  });
}

function checkLineup(log: BattleLog, roster: Roster): string | null {
  if (log.party.length === 0) return 'the party is empty';
  if (log.enemies.length === 0) return 'there are no enemies';
  for (const p of log.party) {
    const def = roster.get(p.kind);
    if (!def) return `unknown party member ${JSON.stringify(p.kind)}`;
    if (def.side !== 'hero') return `${p.kind} is an enemy, not a party member`;
  }
  for (const kind of log.enemies) {
    const def = roster.get(kind);
    if (!def) return `unknown enemy ${JSON.stringify(kind)} (known: ${[...roster.keys()].filter((k) => roster.get(k)!.side === 'enemy').join(', ')})`;
    if (def.side !== 'enemy') return `${kind} is a party member, not an enemy`;
  }
  return null;
}

/** Reads an input log from untrusted JSON (a file, a URL fragment) with a precise error. */
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
    return { ok: true, log: { version: 1, mode: 'classic', seed, damage: o.damage as number[] } };
  }
  if (o.mode !== 'battle') return fail(`mode must be "battle" or "classic", got ${JSON.stringify(o.mode)}`);
  if (!Array.isArray(o.party) || !o.party.every(isMember)) return fail('party must be a list of { kind, hp?, mp? }');
  if (!Array.isArray(o.enemies) || !o.enemies.every((e) => typeof e === 'string' && e.length < 64)) return fail('enemies must be a list of names');
  if (o.maxSteps !== undefined && !(Number.isInteger(o.maxSteps) && (o.maxSteps as number) > 0)) return fail('maxSteps must be a positive integer');
  if (!Array.isArray(o.commands)) return fail('commands must be a list');
  const commands: Command[] = [];
  for (const [i, c] of o.commands.entries()) {
    // Targets and MP are checked when the command is replayed; here only the shape.
    const checked = checkCommand(c, { mp: Infinity, foes: [String((c as { target?: unknown })?.target)], allies: [String((c as { target?: unknown })?.target)] });
    if (typeof checked === 'string') return fail(`command ${i + 1}: ${checked}`);
    commands.push(checked);
  }
  return {
    ok: true,
    log: {
      version: 1, mode: 'battle', seed,
      party: o.party as PartyMember[], enemies: o.enemies as string[], commands,
      ...(o.maxSteps === undefined ? {} : { maxSteps: o.maxSteps as number }),
    },
  };
}

function isMember(m: unknown): m is PartyMember {
  if (typeof m !== 'object' || m === null) return false;
  const p = m as Record<string, unknown>;
  const num = (v: unknown) => v === undefined || (typeof v === 'number' && Number.isFinite(v));
  return typeof p.kind === 'string' && num(p.hp) && num(p.mp);
}
