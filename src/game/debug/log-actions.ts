// What the game does with log files and share links: write one (export, share), and open one (an
// imported file, a `#log=` link at start-up) into a session, checked against the monster code the
// game has now. Loaded lazily: it brings the compressor and the monsters' source texts.
import type { Lang, LocalText } from '../../core/protocol.ts';
import { digestsOf } from '../../core/log/digest.ts';
import { logJson, readLogFile, writeLogFile, type LogFile, type LogProblem } from '../../core/log/log-file.ts';
import { bookFor, keepBook, keepLinkedBranches } from './branch-registry.ts';
import { BranchBook, readBranches, type BranchRecord } from './branches.ts';
import { openLog, recordLog, type Digests } from '../../core/log/log-replay.ts';
import type { ClassicCounter, InputLog } from '../../core/replay.ts';
import type { Roster } from '../../core/roster.ts';
import type { BattleSessionApi } from '../battle/session-api.ts';
import { classicCounter } from '../hot-reload/combatant-registry.ts';
import { LINK_SOURCE, fromSource, logLinkUrl, readLinkText, readLogLink } from './log-link.ts';
import { liveSources } from './live-sources.ts';

/** Digests of the monster files this build has, by kind (fixture monsters of a test build have none). */
export function codeDigests(): Digests {
  return digestsOf([...liveSources()].map(([kind, file]) => [kind, file.text] as const));
}

/** The session's battle as a version 2 log file, with checkpoints and digests. */
export function sessionLogFile(session: BattleSessionApi): LogFile {
  return recordLog(session.inputLog(), session.roster, codeDigests(), { counter: session.classic() });
}

/** Every branch of the battle when there are several (docs/log-format.md, `branches`). */
function branchesOf(session: BattleSessionApi): { branches: BranchRecord[] } | undefined {
  const book = bookFor(session);
  return book && book.branches.length > 1 ? { branches: book.records() } : undefined;
}

export function exportLogText(session: BattleSessionApi): string {
  const file = sessionLogFile(session);
  const extra = branchesOf(session);
  return extra ? `${JSON.stringify({ ...logJson(file), ...extra }, null, 2)}\n` : writeLogFile(file);
}

export function shareLink(session: BattleSessionApi, href: string): { ok: true; url: string } | { ok: false; problem: LogProblem } {
  return logLinkUrl(href, sessionLogFile(session), branchesOf(session));
}

/** The `branches` of a log's text; a bad list is said and dropped (the log itself still opens). */
function branchesIn(text: string): { records: BranchRecord[]; problem: LocalText | null } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { records: [], problem: null };
  }
  const read = readBranches((json as Record<string, unknown> | null)?.branches);
  if (typeof read !== 'string') return { records: read, problem: null };
  return { records: [], problem: { en: `the branches could not be read (${read}); only the shown branch is opened`, ja: `えだわかれ が よめません (${read})。ひょうじ して いた えだ だけ を ひらきます` } };
}

/** A log ready to show: the input to load (cut at a divergence) and what to tell the player. */
export interface OpenedLog {
  readonly ok: true;
  readonly log: InputLog;
  /** A divergence or changed code, for a notice; null when the replay is the recorded battle. */
  readonly note: LocalText | null;
  /** True when the replay stopped early because the code differs. */
  readonly diverged: boolean;
}

export type LogOpen = OpenedLog | { readonly ok: false; readonly problem: LogProblem };

/** Checks and replays a read log; a divergence opens the battle where it still matched. */
function open(file: LogFile, roster: Roster, counter: ClassicCounter | undefined): LogOpen {
  const opened = openLog(file, roster, codeDigests(), { counter });
  if (!opened.ok) return opened;
  const { battle, divergence, changed } = opened.replay;
  // The replayed battle's own input: forks applied, and cut where the replay stopped.
  const log = structuredClone(battle.input) as InputLog;
  if (battle.outcome === null) battle.dispose();
  if (divergence) return { ok: true, log, note: divergence.message, diverged: true };
  if (changed.length === 0) return { ok: true, log, note: null, diverged: false };
  const files = changed.map((k) => `${k}.ts`).join(', ');
  return { ok: true, log, diverged: false, note: { en: `${files} changed since the log was made; the replay still matches it`, ja: `ログ を つくった あと ${files} が かわりましたが、さいげん は おなじ です` } };
}

/** `location.hash` at start-up: null without `#log=`, else the log to open or the problem. */
export function openLinkedLog(hash: string, roster: Roster): LogOpen | null {
  const read = readLogLink(hash);
  if (read === null) return null;
  if (!read.ok) return read;
  const text = readLinkText(hash);
  const opened = open(read.file, roster, classicCounter());
  if (!opened.ok) return { ok: false, problem: fromSource(opened.problem, LINK_SOURCE) };
  const branches = branchesIn(text?.ok ? text.text : '');
  keepLinkedBranches(opened.log, branches.records);
  return branches.problem ? { ...opened, note: branches.problem } : opened;
}

/** An imported file's text: loads it into the session, or says in `lang` why not. */
export function importLogText(session: BattleSessionApi, text: string, fileName: string, lang: Lang): { ok: boolean; message: string } {
  const read = readLogFile(text);
  const source = { en: fileName, ja: fileName };
  if (!read.ok) return { ok: false, message: fromSource(read.problem, source).message[lang] };
  const opened = open(read.file, session.roster, session.classic());
  if (!opened.ok) return { ok: false, message: fromSource(opened.problem, source).message[lang] };
  session.load(opened.log);
  const branches = branchesIn(text);
  if (branches.records.length > 1) keepBook(session, BranchBook.fromRecords(session.inputLog(), branches.records));
  return { ok: !opened.diverged && !branches.problem, message: (branches.problem ?? opened.note)?.[lang] ?? '' };
}
