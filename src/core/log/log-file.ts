// The one file format for input logs, exported files and share links. Version 2 adds what a
// replay needs to notice that it is no longer replaying the same battle (digests of the monsters'
// code, the HP of everyone at each command, the end), and room for what comes next (items, forks,
// monster source). Version 1 files still read; they are simply replayed without those checks.
import { ITEM_IDS } from '../items.ts';
import type { Command, LocalText } from '../protocol.ts';
import { parseInputLog, type InputLog, type PartyMember } from '../replay.ts';
import { DIGEST_PATTERN } from './digest.ts';
import { isSendFork, readForks, type Fork } from './send-forks.ts';

export type { Fork, SendFork } from './send-forks.ts';

export const LOG_VERSION = 2;
/** The versions this game reads. */
export const READABLE_VERSIONS = [1, 2] as const;
/** Longer texts are refused before parsing (a 2000-step battle with checks is about 100 KB). */
export const MAX_LOG_CHARS = 1_000_000;
const MAX_ITEMS = 64;
const MAX_SOURCE_CHARS = 20_000;

/** An item in the party's bag. No item exists yet: a log that carries one cannot be replayed. */
export interface ItemStack {
  readonly item: string;
  readonly count: number;
}

/** The battle as recorded at a command wait (or at the end): the step and everyone's HP, in cast order. */
export interface Checkpoint {
  readonly step: number;
  readonly hp: readonly number[];
}

export interface EndCheck extends Checkpoint {
  /** null when the log stops mid-battle (a link shared before the end). */
  readonly outcome: string | null;
}

/** A log as read: every field present, whichever version the text was. */
export interface LogFile {
  readonly version: 1 | 2;
  readonly mode: 'battle' | 'classic';
  readonly seed: number;
  readonly party: readonly PartyMember[];
  readonly items: readonly ItemStack[];
  readonly enemies: readonly string[];
  readonly maxSteps?: number;
  /** How strong the monsters are (input log `foeLevel`); absent means 1. */
  readonly foeLevel?: number;
  readonly commands: readonly Command[];
  /** Classic only: the damage draws in order. */
  readonly damage: readonly number[];
  readonly forks: readonly Fork[];
  /** Digest of each monster's source by kind (`classic` for the classic counter). */
  readonly code: Readonly<Record<string, string>>;
  /** Room for a tinkerer's edited monster, carried with the log; this game does not run it. */
  readonly sources: Readonly<Record<string, string>>;
  /** One per command, in order; null when not recorded (version 1). */
  readonly checks: readonly Checkpoint[] | null;
  readonly end: EndCheck | null;
}

export type LogProblemKind = 'malformed' | 'too-large' | 'unknown-version' | 'unknown-monster' | 'unsupported' | 'code-differs';

export interface LogProblem {
  readonly kind: LogProblemKind;
  readonly message: LocalText;
}

export type LogRead = { readonly ok: true; readonly file: LogFile } | { readonly ok: false; readonly problem: LogProblem };

export function problem(kind: LogProblemKind, en: string, ja: string): LogProblem {
  return { kind, message: { en, ja } };
}

const malformed = (en: string, ja = en): LogRead => ({ ok: false, problem: problem('malformed', `the log is malformed: ${en}`, `ログ が こわれています: ${ja}`) });

/** JSON text (a file, the inside of a link) → a log, or the precise problem. */
export function readLogFile(text: string): LogRead {
  if (text.length > MAX_LOG_CHARS) {
    return { ok: false, problem: problem('too-large', `the log is too large (${text.length} characters; at most ${MAX_LOG_CHARS})`, `ログ が おおきすぎます (${text.length} もじ。${MAX_LOG_CHARS} もじ まで)`) };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return malformed(`not valid JSON (${e instanceof Error ? e.message : String(e)})`, `JSON として よめません (${e instanceof Error ? e.message : String(e)})`);
  }
  return readLogJson(json);
}

/** An already parsed JSON value → a log. */
export function readLogJson(json: unknown): LogRead {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return malformed('it must be a JSON object', 'JSON の オブジェクト では ありません');
  const o = json as Record<string, unknown>;
  if (typeof o.version !== 'number' || !Number.isInteger(o.version)) return malformed(`version must be an integer, got ${JSON.stringify(o.version) ?? 'nothing'}`, 'version が ありません');
  if (o.version === 1) return fromV1(o);
  if (o.version === 2) return fromV2(o);
  const newer = o.version > LOG_VERSION;
  return {
    ok: false,
    problem: problem(
      'unknown-version',
      `unknown log version ${o.version}${newer ? ' (made by a newer game)' : ''}; this game reads versions ${READABLE_VERSIONS.join(' and ')}`,
      `ログ の バージョン ${o.version} は よめません${newer ? ' (あたらしい ゲーム で つくられました)' : ''}。よめる のは ${READABLE_VERSIONS.join(' と ')}`,
    ),
  };
}

function fromV1(o: Record<string, unknown>): LogRead {
  const parsed = parseInputLog(o);
  if (!parsed.ok) return malformed(parsed.error);
  return { ok: true, file: { ...emptyExtras(), ...lift(parsed.log), items: stacksOf(parsed.log), version: 1 } };
}

function fromV2(o: Record<string, unknown>): LogRead {
  // The fields version 1 had are checked by the same reader, so both versions accept the same values.
  const core = parseInputLog(o.mode === 'classic'
    ? { version: 1, mode: o.mode, seed: o.seed, damage: o.damage }
    : { version: 1, mode: o.mode, seed: o.seed, party: o.party, enemies: o.enemies, commands: o.commands, maxSteps: o.maxSteps, foeLevel: o.foeLevel });
  if (!core.ok) return malformed(core.error);
  const items = readList(o.items, 'items', isItem, MAX_ITEMS);
  if (typeof items === 'string') return malformed(items);
  const forks = readForks(o.forks, { commands: o.mode === 'battle' });
  if (typeof forks === 'string') return malformed(forks);
  const code = readRecord(o.code, 'code', (v) => typeof v === 'string' && DIGEST_PATTERN.test(v), 'a digest such as "fnv1a32:0123abcd"');
  if (typeof code === 'string') return malformed(code);
  const sources = readRecord(o.sources, 'sources', (v) => typeof v === 'string' && v.length <= MAX_SOURCE_CHARS, `a source text of at most ${MAX_SOURCE_CHARS} characters`);
  if (typeof sources === 'string') return malformed(sources);
  let checks: Checkpoint[] | null = null;
  if (o.checks !== undefined) {
    const list = readList(o.checks, 'checks', isCheckpoint, 100_000);
    if (typeof list === 'string') return malformed(list);
    checks = list;
  }
  let end: EndCheck | null = null;
  if (o.end !== undefined) {
    if (!isCheckpoint(o.end) || !(o.end.outcome === null || typeof o.end.outcome === 'string')) return malformed('end must be { step, hp: [..], outcome }');
    end = { step: o.end.step, hp: [...o.end.hp], outcome: o.end.outcome as string | null };
  }
  return { ok: true, file: { ...lift(core.log), version: 2, items, forks, code, sources, checks, end } };
}

function emptyExtras(): Pick<LogFile, 'items' | 'forks' | 'code' | 'sources' | 'checks' | 'end'> {
  return { items: [], forks: [], code: {}, sources: {}, checks: null, end: null };
}

function lift(log: InputLog): Omit<LogFile, 'version' | 'items' | 'forks' | 'code' | 'sources' | 'checks' | 'end'> & { forks?: readonly Fork[] } {
  if (log.mode === 'classic') return { mode: 'classic', seed: log.seed, party: [], enemies: [], commands: [], damage: [...log.damage] };
  return {
    mode: 'battle', seed: log.seed, party: log.party.map((p) => ({ ...p })), enemies: [...log.enemies],
    commands: [...log.commands], damage: [],
    ...(log.maxSteps === undefined ? {} : { maxSteps: log.maxSteps }),
    ...(log.forks === undefined ? {} : { forks: log.forks.map((f) => ({ ...f })) }),
    ...(log.foeLevel === undefined ? {} : { foeLevel: log.foeLevel }),
  };
}

/** The input log's bag as the file's `items` (counts above 0, in the items table's order). */
function stacksOf(log: InputLog): ItemStack[] {
  const bag = log.mode === 'battle' ? log.bag : undefined;
  return bag ? ITEM_IDS.filter((id) => (bag[id] ?? 0) > 0).map((id) => ({ item: id, count: bag[id]! })) : [];
}

/** The core's input log for this file: send forks go with it; command forks and checks are applied by log-replay.ts. */
export function inputLogOf(file: LogFile): InputLog {
  if (file.mode === 'classic') return { version: 1, mode: 'classic', seed: file.seed, damage: [...file.damage] };
  const sends = file.forks.filter(isSendFork).map((f) => ({ ...f }));
  return {
    version: 1, mode: 'battle', seed: file.seed, party: file.party.map((p) => ({ ...p })), enemies: [...file.enemies],
    commands: [...file.commands], ...(file.maxSteps === undefined ? {} : { maxSteps: file.maxSteps }),
    ...(sends.length === 0 ? {} : { forks: sends }),
    ...(file.foeLevel === undefined ? {} : { foeLevel: file.foeLevel }),
    ...(file.items.length === 0 ? {} : { bag: Object.fromEntries(file.items.map((i) => [i.item, i.count])) }),
  };
}

/** The version 2 JSON value of a log; only the fields of its mode, in a fixed order. */
export function logJson(file: LogFile): Record<string, unknown> {
  const head = { version: LOG_VERSION, mode: file.mode, seed: file.seed };
  const body = file.mode === 'classic'
    ? { damage: file.damage }
    : {
      party: file.party, items: file.items, enemies: file.enemies,
      ...(file.maxSteps === undefined ? {} : { maxSteps: file.maxSteps }),
      ...(file.foeLevel === undefined ? {} : { foeLevel: file.foeLevel }),
      commands: file.commands,
    };
  return {
    ...head, ...body, forks: file.forks, code: file.code,
    ...(Object.keys(file.sources).length > 0 ? { sources: file.sources } : {}),
    ...(file.checks === null ? {} : { checks: file.checks }),
    ...(file.end === null ? {} : { end: file.end }),
  };
}

/** A log file's text: indented for files people open, compact for links. */
export function writeLogFile(file: LogFile, { compact = false } = {}): string {
  return compact ? JSON.stringify(logJson(file)) : `${JSON.stringify(logJson(file), null, 2)}\n`;
}

/** A log with nothing recorded beyond the input (what a version 1 file becomes). */
export function logFileOf(log: InputLog): LogFile {
  return { ...emptyExtras(), ...lift(log), items: stacksOf(log), version: 2 };
}

const isInt = (v: unknown, min: number, max: number): v is number => Number.isInteger(v) && (v as number) >= min && (v as number) <= max;

function isItem(v: unknown): v is ItemStack {
  const o = v as Record<string, unknown> | null;
  return typeof o === 'object' && o !== null && typeof o.item === 'string' && o.item.length > 0 && o.item.length < 64 && isInt(o.count, 1, 999);
}

function isCheckpoint(v: unknown): v is Checkpoint & Record<string, unknown> {
  const o = v as Record<string, unknown> | null;
  return typeof o === 'object' && o !== null && isInt(o.step, 0, 1e7) && Array.isArray(o.hp) && o.hp.length <= 64 && o.hp.every((h) => isInt(h, -1e9, 1e9));
}

function readList<T>(value: unknown, name: string, ok: (v: unknown) => v is T, max: number): T[] | string {
  if (value === undefined) return [];
  if (!Array.isArray(value)) return `${name} must be a list`;
  if (value.length > max) return `${name} has ${value.length} entries (at most ${max})`;
  const bad = value.findIndex((v) => !ok(v));
  return bad < 0 ? (value as T[]) : `${name} entry ${bad + 1} is not valid: ${JSON.stringify(value[bad])?.slice(0, 80)}`;
}

function readRecord(value: unknown, name: string, ok: (v: unknown) => boolean, what: string): Record<string, string> | string {
  if (value === undefined) return {};
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return `${name} must be an object of kind → value`;
  const out: Record<string, string> = {};
  for (const [kind, v] of Object.entries(value)) {
    if (!/^[a-z0-9][a-z0-9-]{0,63}$/.test(kind)) return `${name}: ${JSON.stringify(kind)} is not a monster kind`;
    if (!ok(v)) return `${name}.${kind} must be ${what}`;
    out[kind] = v as string;
  }
  return out;
}
