// Which branches each battle session has: kept outside the panel so an export or a share link
// (log-actions.ts) writes every branch, and a remounted overlay finds them again.
import type { BattleSessionApi } from '../battle/session-api.ts';
import type { BranchBook } from './branches.ts';

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
