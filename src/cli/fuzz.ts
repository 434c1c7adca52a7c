// `npm run fuzz -- --enemy NAME --runs N [--seed S]`: plays seeds S, S+1, … with the built-in policy
// and stops at the first battle that faults, never ends (a draw by the step budget) or breaks an
// invariant, printing the command that reruns it. Otherwise prints a summary.
import { eventKey } from '../core/event-key.ts';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { registerCombatantHooks } from '../../scripts/node-combatant-hooks.ts';
import type { Battle } from '../core/battle.ts';
import type { BattleEvent, BattleOutcome } from '../core/events.ts';
import { MAX_PARTY, replay, startBattle, type BattleLog, type PartyMember } from '../core/replay.ts';
import { MAX_SEED, parseSeed } from '../core/rng.ts';
import type { Roster } from '../core/roster.ts';
import { show } from '../core/validate.ts';
import { loadRoster } from './load-roster.ts';
import { joinNegativeValues, parseMember } from './args.ts';
import { ledgerProblem, lineupFor, randomPolicy } from './fuzz-play.ts';

export const HELP = `Usage: npm run fuzz -- [options]

Plays many seeded battles and prints the first seed whose battle faults, breaks one of the engine's
rules (HP after death, above maxHp or not whole, the wrong sign, an enemy asking for a command, a
finally that throws or yields during return()), never ends (a draw by the step budget) or breaks an
invariant, with the file:line of the last yield and the command that reruns it. Otherwise prints
how the battles ended. Each seed picks its own lineup (the enemies alone, with another kind, or as
a group) and a seeded random player that uses every command, fleeing and spells included.

  --enemy NAME        an enemy to fight (repeat for several); default: slime
  --party KIND[:LV]   a party member (repeat, up to 4; e.g. hero:3 --party mage --party priest:6);
                      default: the hero alone. A party run carries 3 of each item and its random
                      player also uses items, ラリホー, キアリー and スカラ
  --runs N            how many seeds to play, 1..1000000 (default 100)
  --seed S            the first seed, 0..${MAX_SEED} (default 1); then S+1, S+2, …
  --combatants DIR    also load combatants from DIR (e.g. test/fixtures/combatants)
  --help              this text

Exit code: 0 when every battle was fine, 1 when a problem was found, 2 for bad arguments.`;

export const MAX_RUNS = 1_000_000;
/** What a party run carries. */
const PARTY_BAG = { yakusou: 3, dokukeshi: 3, seisui: 3 } as const;

export class UsageError extends Error {}

export interface FuzzOptions {
  readonly enemies: readonly string[];
  /** Absent: the hero alone, as every fuzz run before parties. */
  readonly party?: readonly PartyMember[];
  readonly runs: number;
  readonly seed: number;
  readonly combatants: string | null;
  readonly help: boolean;
}

export function parseFuzzArgs(args: readonly string[]): FuzzOptions {
  let values;
  try {
    ({ values } = parseArgs({
      args: joinNegativeValues(args, ['--seed', '--runs']),
      strict: true,
      allowPositionals: false,
      options: {
        enemy: { type: 'string', multiple: true },
        party: { type: 'string', multiple: true },
        runs: { type: 'string' },
        seed: { type: 'string' },
        combatants: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new UsageError(message.split(/\.\s/)[0]!.replace(/\.$/, '').replace(/\s+/g, ' '));
  }
  let runs = 100;
  if (values.runs !== undefined) {
    const n = /^\s*\d{1,7}\s*$/.test(values.runs) ? Number(values.runs) : NaN;
    if (!(Number.isSafeInteger(n) && n >= 1 && n <= MAX_RUNS)) {
      throw new UsageError(`--runs: ${JSON.stringify(values.runs)} is not an integer from 1 to ${MAX_RUNS}`);
    }
    runs = n;
  }
  let seed = 1;
  if (values.seed !== undefined) {
    const s = parseSeed(values.seed);
    if (s === null) throw new UsageError(`--seed: ${JSON.stringify(values.seed)} is not an integer from 0 to ${MAX_SEED}`);
    seed = s;
  }
  const enemies = values.enemy ?? ['slime'];
  for (const e of enemies) {
    if (!/^[a-z0-9][a-z0-9-]{0,63}$/.test(e)) throw new UsageError(`--enemy: ${JSON.stringify(e)} is not a combatant name`);
  }
  const party = values.party?.map((text) => {
    const member = parseMember(text);
    if (!member) throw new UsageError(`--party: ${JSON.stringify(text)} is not a party member (KIND or KIND:LEVEL, e.g. mage:3)`);
    return member;
  });
  if (party && party.length > MAX_PARTY) throw new UsageError(`--party: at most ${MAX_PARTY} members`);
  return { enemies, ...(party && { party }), runs, seed, combatants: values.combatants ?? null, help: values.help ?? false };
}

/** The fuzz command that plays exactly this seed again. */
export function fuzzRerun(enemies: readonly string[], seed: number, combatants: string | null, party?: readonly PartyMember[]): string {
  const members = party ? party.map((m) => ` --party ${m.kind}${m.level ? `:${m.level}` : ''}`).join('') : '';
  return `npm run fuzz -- ${combatants === null ? '' : `--combatants ${combatants} `}${enemies.map((e) => `--enemy ${e}`).join(' ')}${members} --seed ${seed} --runs 1`;
}

/** The seed after `seed`, wrapping past MAX_SEED so every seed stays valid. */
export function seedAt(first: number, i: number): number {
  return (first + i) % (MAX_SEED + 1);
}

export function rerunCommand(enemies: readonly string[], seed: number): string {
  return `npm run sim -- ${enemies.map((e) => `--enemy ${e}`).join(' ')} --seed ${seed} --trace`;
}

/** Events as comparable text (the core's one definition of the same event). */
export function eventKeys(events: readonly BattleEvent[]): string[] {
  return events.map(eventKey);
}

/** The first thing wrong with a finished battle, in one sentence, or null. */
export function findProblem(battle: Battle, roster: Roster): string | null {
  const gone = new Set<string>();
  const asleep = new Set<string>();
  for (const e of battle.events) {
    switch (e.type) {
      case 'effect':
        if (e.effect === 'sleep') (e.on ? asleep.add(e.target) : asleep.delete(e.target));
        break;
      case 'skipTurn':
        if (!asleep.has(e.actor)) return `invariant: ${e.actor} had its turn skipped without being asleep`;
        break;
      case 'item':
        if (e.left < 0) return `invariant: the bag went below zero (${e.item})`;
        break;
      case 'fault': {
        const at = battle.snapshot().combatants.find((c) => c.id === e.id)?.at;
        return `${e.rule ? `rule ${e.rule} broken` : 'fault'}: ${e.message.split('\n')[0]}${at ? ` (last yield at ${at.file}:${at.line})` : ''}`;
      }
      case 'action':
        if (gone.has(e.actor)) return `invariant: ${e.actor} acted (${show(e.act)}) after it died`;
        break;
      case 'death':
        gone.add(e.id);
        break;
      case 'damage':
      case 'heal':
      case 'status':
        if (e.hp < 0 || !Number.isFinite(e.hp)) return `invariant: a ${e.type} event shows HP ${e.hp} for ${'target' in e ? e.target : e.id}`;
        break;
      case 'battleEnd':
        if (e.outcome === 'draw') return `never ended: a draw by the step budget after ${e.steps} steps (${e.turns} turns)`;
        break;
      default:
        break;
    }
  }
  if (battle.outcome === null) return 'invariant: the battle stopped without an outcome';
  const yielded = ledgerProblem(battle.events);
  if (yielded !== null) return yielded;
  let again: Battle;
  try {
    again = replay(battle.input, roster, Infinity, { monitor: { onWarn: () => {} } });
  } catch (error) {
    return `invariant: replaying the input log failed: ${error instanceof Error ? error.message : String(error)}`;
  }
  const a = eventKeys(battle.events);
  const b = eventKeys(again.events);
  const i = a.findIndex((line, k) => line !== b[k]);
  if (i >= 0 || a.length !== b.length) {
    const at = i >= 0 ? i : Math.min(a.length, b.length);
    return `invariant: replaying the input log diverged at event ${at + 1}: ${a[at] ?? '(none)'} then ${b[at] ?? '(none)'}`;
  }
  return null;
}

export interface FuzzSummary {
  readonly outcomes: Partial<Record<BattleOutcome, number>>;
  readonly averageTurns: number;
}

export type FuzzResult =
  | { readonly ok: true; readonly summary: FuzzSummary }
  | { readonly ok: false; readonly seed: number; readonly run: number; readonly lineup: readonly string[]; readonly problem: string };

/** The enemy kinds of a roster, but the given ones: what a lineup mixes in. */
export function otherEnemies(roster: Roster, but: readonly string[]): string[] {
  return [...roster.values()].filter((d) => d.side === 'enemy' && !but.includes(d.kind)).map((d) => d.kind).sort();
}

/** Plays the seeds; stops at the first problem. `others` are the kinds a lineup may add (default: the roster's). */
export function fuzz(roster: Roster, opts: Pick<FuzzOptions, 'enemies' | 'runs' | 'seed' | 'party'> & { readonly others?: readonly string[] }): FuzzResult {
  const outcomes: Partial<Record<BattleOutcome, number>> = {};
  const others = opts.others ?? otherEnemies(roster, opts.enemies);
  let turns = 0;
  for (let run = 0; run < opts.runs; run++) {
    const seed = seedAt(opts.seed, run);
    const enemies = lineupFor(opts.enemies, seed, others);
    const log: BattleLog = opts.party
      ? { version: 1, mode: 'battle', seed, party: opts.party, enemies, commands: [], bag: PARTY_BAG }
      : { version: 1, mode: 'battle', seed, party: [{ kind: 'hero' }], enemies, commands: [] };
    let problem: string | null;
    let battle: Battle | null = null;
    try {
      battle = startBattle(log, roster, { monitor: { onWarn: () => {} } });
      battle.runToEnd(randomPolicy(seed, opts.party !== undefined));
      problem = findProblem(battle, roster);
    } catch (error) {
      problem = `crashed: ${error instanceof Error ? `${error.name}: ${error.message}` : show(error)}`;
    }
    if (problem !== null || battle === null) return { ok: false, seed, run: run + 1, lineup: enemies, problem: problem ?? 'crashed' };
    outcomes[battle.outcome!] = (outcomes[battle.outcome!] ?? 0) + 1;
    turns += battle.snapshot().turn;
  }
  return { ok: true, summary: { outcomes, averageTurns: turns / opts.runs } };
}

export interface Io {
  out(line: string): void;
  err(line: string): void;
}

/** The whole CLI; returns the exit code. */
export async function main(args: readonly string[], io: Io): Promise<number> {
  let opts: FuzzOptions;
  try {
    opts = parseFuzzArgs(args);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`fuzz: ${error.message}`);
      return 2;
    }
    throw error;
  }
  if (opts.help) {
    io.out(HELP);
    return 0;
  }
  registerCombatantHooks();
  const { roster, problems } = await loadRoster();
  for (const p of problems) io.err(`fuzz: notice: ${p}`);
  let all: Roster = roster;
  if (opts.combatants !== null) {
    let extra;
    try {
      extra = await loadRoster(resolve(opts.combatants));
    } catch (error) {
      io.err(`fuzz: --combatants: cannot read ${opts.combatants} (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
      return 2;
    }
    for (const p of extra.problems) io.err(`fuzz: notice: ${p}`);
    all = new Map([...roster, ...extra.roster]);
  }
  for (const e of opts.enemies) {
    const def = all.get(e);
    if (!def || def.side !== 'enemy') {
      const known = [...all.keys()].filter((k) => all.get(k)!.side === 'enemy').join(', ');
      io.err(`fuzz: --enemy: ${JSON.stringify(e)} is not a known enemy (known: ${known})`);
      return 2;
    }
  }
  // Mixed in: built-in kinds only, so a lineup never adds another file's bug to the one asked about.
  const result = fuzz(all, { ...opts, others: otherEnemies(roster, opts.enemies) });
  const what = opts.enemies.join(' + ');
  if (!result.ok) {
    io.out(`fuzz: seed ${result.seed} (run ${result.run} of ${opts.runs}) against ${result.lineup.join(' + ')}: ${result.problem}`);
    io.out(`rerun: ${fuzzRerun(opts.enemies, result.seed, opts.combatants, opts.party)}`);
    return 1;
  }
  const last = seedAt(opts.seed, opts.runs - 1);
  const counts = Object.entries(result.summary.outcomes).map(([k, v]) => `${k} ${v}`).join(', ');
  io.out(`fuzz: ${opts.runs} battles against ${what} (seeds ${opts.seed}..${last}), no problems: ${counts}; average turns ${result.summary.averageTurns.toFixed(1)}`);
  return 0;
}

// Run as a script (tsx src/cli/fuzz.ts), not when a test imports main().
const isEntry = process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (isEntry) {
  process.exitCode = await main(process.argv.slice(2), {
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
  });
}
