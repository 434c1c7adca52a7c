// `npm run sim -- …`: one battle in the terminal, the party played by the built-in policy.
import { getRandomValues } from 'node:crypto';
import { closeSync, constants, fstatSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { Battle } from '../core/battle.ts';
import type { BattleEvent } from '../core/events.ts';
import { transcript } from '../core/messages.ts';
import { autoCommand } from '../core/policy.ts';
import type { Lang } from '../core/protocol.ts';
import { logFileOf, readLogJson, writeLogFile, type LogFile } from '../core/log/log-file.ts';
import { openLog, recordLog, type Digests } from '../core/log/log-replay.ts';
import { MAX_PARTY, parseInputLog, startBattle, startClassic, type BattleLog, type ClassicOptions, type PartyMember } from '../core/replay.ts';
import { ITEM_IDS, type Bag } from '../core/items.ts';
import { MAX_SEED, parseSeed } from '../core/rng.ts';
import type { Roster } from '../core/roster.ts';
import { traceLine } from '../core/trace.ts';
import { show } from '../core/validate.ts';
import { CLASSIC_COUNTER, combatantDigests, loadRoster } from './load-roster.ts';
import { joinNegativeValues, parseBag, parseMember } from './args.ts';

export const HELP = `Usage: npm run sim -- [options]

Runs one battle in the terminal. The party is played by the built-in policy (autoCommand).

  --classic           the seed's run(): ゆうしゃ (100) and スライム (20) as bare HP counters
  --damage 8,9,7      classic only: the damage draws in order; the seeded PRNG continues after them
  --seed N            0..${MAX_SEED}; without it one is picked at random
  --enemy NAME        an enemy to fight (repeat for several); default: slime
  --party KIND[:LV]   a party member (repeat, up to 4): hero, mage (まほうつかい), priest (そうりょ),
                      at a level (default 1); default: the hero alone. Companions are played by
                      the same policy (items, ギラ/ラリホー, ホイミ/キアリー/スカラ)
  --item NAME[=N]     items in the bag (repeat): yakusou (やくそう), dokukeshi (どくけしそう),
                      seisui (まほうのせいすい); default: none
  --lang ja|en        language of the text and of the names in the trace (default ja)
  --trace             after the text, a "--- trace ---" header and every resume in the seed's
                      syntax, one per line: next(ゆうしゃ) → yield 100
  --json              instead of text, the event log: one JSON event per line (the ledger is in
                      its "resume" events, so it cannot be combined with --trace)
  --replay FILE       replay a log written by --save or the debugger's export (version 1 or 2);
                      when its commands run out the policy goes on playing (the log fixes seed,
                      mode and enemies). A version 2 log whose checkpoints no longer match the
                      monster code here is refused with the first difference. A log's "forks"
                      are played too: {"step": 4, "value": -20} sends -20 at step 4 instead of
                      the drawn damage (the draw is still made, so later draws stay the same);
                      {"step": 3, "command": {"kind": "defend"}} gives that command at the
                      command wait at step 3. Add them to the JSON by hand or fork in the debugger
  --save FILE         write the finished battle as a version 2 log file (docs/log-format.md)
  --help              this text

Output: the transcript on stdout, then one result line — in classic mode what the dead coroutine
returned, e.g. "スライム: return 0 (StopIteration: 0)"; in battle mode "outcome: victory (turns: 3)".
stderr always gets "seed: N" (and notices about skipped combatant files). Bad arguments: one line
on stderr and exit code 2.`;

export class UsageError extends Error {}

export interface SimOptions {
  readonly classic: boolean;
  readonly damage: readonly number[];
  readonly seed: number | null;
  readonly enemies: readonly string[];
  readonly party: readonly PartyMember[];
  readonly bag: Bag | null;
  readonly lang: Lang;
  readonly trace: boolean;
  readonly json: boolean;
  readonly replay: string | null;
  readonly save: string | null;
  readonly help: boolean;
}

/** Parses the command line; every problem is a UsageError with a one-line message. */
export function parseSimArgs(args: readonly string[]): SimOptions {
  let values;
  try {
    ({ values } = parseArgs({
      args: joinNegativeValues(args, ['--damage', '--seed']),
      strict: true,
      allowPositionals: false,
      options: {
        classic: { type: 'boolean' },
        damage: { type: 'string' },
        seed: { type: 'string' },
        enemy: { type: 'string', multiple: true },
        party: { type: 'string', multiple: true },
        item: { type: 'string', multiple: true },
        lang: { type: 'string' },
        trace: { type: 'boolean' },
        json: { type: 'boolean' },
        replay: { type: 'string' },
        save: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    // Node's messages go on to suggest `--` for positionals; the first sentence is the problem.
    const message = error instanceof Error ? error.message : String(error);
    throw new UsageError(message.split(/\.\s/)[0]!.replace(/\.$/, '').replace(/\s+/g, ' '));
  }
  const lang = values.lang ?? 'ja';
  if (lang !== 'ja' && lang !== 'en') throw new UsageError(`--lang: ${JSON.stringify(lang)} is not a language (ja or en)`);
  let seed: number | null = null;
  if (values.seed !== undefined) {
    seed = parseSeed(values.seed);
    if (seed === null) throw new UsageError(`--seed: ${JSON.stringify(values.seed)} is not an integer from 0 to ${MAX_SEED}`);
  }
  const damage = values.damage === undefined ? [] : parseDamage(values.damage);
  const classic = values.classic ?? false;
  if (values.damage !== undefined && !classic) throw new UsageError('--damage only applies to --classic battles');
  if (values.enemy && classic) throw new UsageError('--enemy cannot be used with --classic (the classic cast is fixed)');
  if (values.trace && values.json) throw new UsageError('--trace and --json cannot be combined (the JSON has the ledger as "resume" events)');
  const party = (values.party ?? ['hero']).map((text) => {
    const member = parseMember(text);
    if (!member) throw new UsageError(`--party: ${JSON.stringify(text)} is not a party member (KIND or KIND:LEVEL, e.g. mage:3)`);
    return member;
  });
  if (party.length > MAX_PARTY) throw new UsageError(`--party: at most ${MAX_PARTY} members`);
  const bag = values.item === undefined ? null : parseBag(values.item, ITEM_IDS);
  if (typeof bag === 'string') throw new UsageError(bag);
  if ((values.party || values.item) && classic) throw new UsageError('--party and --item cannot be used with --classic (the classic cast is fixed)');
  if (values.replay !== undefined) {
    for (const flag of ['classic', 'damage', 'seed', 'enemy', 'party', 'item'] as const) {
      if (values[flag] !== undefined) throw new UsageError(`--replay cannot be combined with --${flag} (the input log fixes it)`);
    }
  }
  return {
    classic,
    damage,
    seed,
    enemies: values.enemy ?? ['slime'],
    party,
    bag: bag as Bag | null,
    lang,
    trace: values.trace ?? false,
    json: values.json ?? false,
    replay: values.replay ?? null,
    save: values.save ?? null,
    help: values.help ?? false,
  };
}

function parseDamage(text: string): number[] {
  return text.split(',').map((part) => {
    const n = Number(part.trim());
    if (!/^\s*\d+\s*$/.test(part) || !Number.isSafeInteger(n) || n <= 0) {
      throw new UsageError(`--damage: ${JSON.stringify(part)} is not a positive integer`);
    }
    // parseInputLog refuses larger draws, so a saved log could not be replayed.
    if (n >= 1e6) throw new UsageError(`--damage: ${JSON.stringify(part)} is too large (at most 999999)`);
    return n;
  });
}

/** An input log is small (400 enemies and 2000 commands fit in well under this). */
export const MAX_LOG_BYTES = 1 << 20;

/** Reads a regular file of at most MAX_LOG_BYTES; a FIFO, a device or a directory is refused, never waited on. */
function readLogFile(file: string): string {
  let fd: number;
  try {
    // Non-blocking, so opening a FIFO with no writer returns at once instead of hanging.
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    throw new UsageError(`--replay: cannot read ${file} (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw new UsageError(`--replay: ${file} is not a regular file`);
    if (stat.size > MAX_LOG_BYTES) throw new UsageError(`--replay: ${file} is ${stat.size} bytes; an input log is at most ${MAX_LOG_BYTES}`);
    return readFileSync(fd, 'utf8');
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`--replay: cannot read ${file} (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  } finally {
    closeSync(fd);
  }
}

/** Any version of the log file: version 1 (an older --save or export) or 2 (with checkpoints and code digests). */
function readReplay(file: string): LogFile {
  // A UTF-8 byte order mark (some editors write one) is not part of the JSON.
  const text = readLogFile(file).replace(/^\uFEFF/, '');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new UsageError(`--replay: ${file} is not valid JSON`);
  }
  if (typeof json === 'object' && json !== null && (json as { version?: unknown }).version === 2) {
    const read = readLogJson(json);
    if (!read.ok) throw new UsageError(`--replay: ${file}: ${read.problem.message.en}`);
    return read.file;
  }
  const parsed = parseInputLog(json);
  if (!parsed.ok) throw new UsageError(`--replay: ${file}: ${parsed.error}`);
  return logFileOf(parsed.log);
}

/**
 * Builds the battle. A replay runs through its commands, checked against its checkpoints and the
 * monster code now in src/combatants; a log that no longer replays the same is a usage error
 * naming the first difference. Bad enemies are usage errors too.
 */
function openBattle(opts: SimOptions, roster: Roster, digests: Digests, seed: number, options: ClassicOptions, log: LogFile | null): Battle {
  if (log) {
    const opened = openLog(log, roster, digests, options);
    if (!opened.ok) throw new UsageError(`--replay: ${opts.replay}: ${opened.problem.message.en}`);
    const { battle, divergence } = opened.replay;
    if (divergence) throw new UsageError(`--replay: ${opts.replay}: ${divergence.message.en}`);
    return battle;
  }
  try {
    if (opts.classic) return startClassic(seed, opts.damage, options);
    const log: BattleLog = { version: 1, mode: 'battle', seed, party: opts.party, enemies: opts.enemies, commands: [], ...(opts.bag && { bag: opts.bag }) };
    return startBattle(log, roster, options);
  } catch (error) {
    // startBattle names the problem in a sentence of its own.
    const message = error instanceof Error ? error.message : String(error);
    throw new UsageError(`${/party/.test(message) ? '--party' : '--enemy'}: ${message}`);
  }
}

/** The line after the transcript: the seed's `StopIteration: 0`, or the outcome of a game battle. */
export function resultLine(battle: Battle, lang: Lang): string {
  if (battle.rule === 'classic') {
    const death = battle.events.find((e) => e.type === 'death');
    if (death?.type === 'death') {
      const name = battle.info(death.id)?.name[lang] ?? death.id;
      return `${name}: return ${show(death.returned)} (StopIteration: ${show(death.returned)})`;
    }
  }
  return `outcome: ${battle.outcome} (turns: ${battle.snapshot().turn})`;
}

function eventJson(event: BattleEvent): string {
  return JSON.stringify(event, (_key, value: unknown) =>
    value instanceof Error ? { name: value.name, message: value.message } : value,
  );
}

export interface Io {
  out(line: string): void;
  err(line: string): void;
}

/** The whole CLI; returns the exit code. */
export async function main(args: readonly string[], io: Io): Promise<number> {
  let opts: SimOptions;
  try {
    opts = parseSimArgs(args);
    if (opts.help) {
      io.out(HELP);
      return 0;
    }
    const log = opts.replay === null ? null : readReplay(opts.replay);
    const { roster, problems } = await loadRoster();
    for (const p of problems) io.err(`sim: notice: ${p}`);
    const seed = log?.seed ?? opts.seed ?? (getRandomValues(new Uint32Array(1))[0]! & MAX_SEED);
    const digests = combatantDigests();
    const battle = openBattle(opts, roster, digests, seed, { monitor: { onWarn: (m) => io.err(`sim: warning: ${m}`) }, counter: CLASSIC_COUNTER }, log);
    io.err(`seed: ${seed}`);
    if (battle.outcome === null) battle.runToEnd(autoCommand);
    if (opts.save !== null) {
      try {
        writeFileSync(opts.save, writeLogFile(recordLog(battle.input, roster, digests, { counter: CLASSIC_COUNTER })));
      } catch (error) {
        throw new UsageError(`--save: cannot write ${opts.save} (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
      }
    }
    if (opts.json) {
      for (const e of battle.events) io.out(eventJson(e));
      return 0;
    }
    for (const line of transcript(battle.events, opts.lang)) io.out(line);
    io.out(resultLine(battle, opts.lang));
    if (opts.trace) {
      io.out('--- trace ---');
      for (const entry of battle.ledger()) io.out(traceLine(entry, battle.info(entry.task)?.name[opts.lang] ?? entry.task));
    }
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`sim: ${error.message}`);
      return 2;
    }
    throw error;
  }
}

// Run as a script (tsx src/cli/sim.ts), not when a test imports main().
const isEntry = process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (isEntry) {
  process.exitCode = await main(process.argv.slice(2), {
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
  });
}
