// Which branches each battle session has: kept outside the panel so an export or a share link
// (log-actions.ts) writes every branch, and a remounted overlay finds them again.
import type { BattleSessionApi } from '../battle/session-api.ts';
import { BranchBook, type BranchRecord } from './branches.ts';
import type { InputLog } from '../../core/replay.ts';

const books = new WeakMap<BattleSessionApi, BranchBook>();

export function bookFor(session: BattleSessionApi): BranchBook | undefined {
  return books.get(session);
}

export function keepBook(session: BattleSessionApi, book: BranchBook): BranchBook {
  books.set(session, book);
  return book;
}

export function forgetBook(session: BattleSessionApi): void {
  books.delete(session);
}

/** Branches that came with a shared link, waiting for the session the link opens. */
const fromLink: { log: InputLog | null; records: readonly BranchRecord[] } = { log: null, records: [] };

export function keepLinkedBranches(log: InputLog, records: readonly BranchRecord[]): void {
  fromLink.log = log;
  fromLink.records = records;
}

/** The linked branches, once, if this session plays the battle the link opened. */
export function takeLinkedBranches(session: BattleSessionApi): BranchBook | null {
  const log = fromLink.log;
  if (!log || fromLink.records.length === 0) return null;
  const now = session.inputLog();
  fromLink.log = null;
  if (lineup(now) !== lineup(log)) return null;
  return keepBook(session, BranchBook.fromRecords(now, fromLink.records));
}

const lineup = (log: InputLog) => JSON.stringify(log.mode === 'battle' ? [log.seed, log.party, log.enemies] : [log.seed, log.damage]);
