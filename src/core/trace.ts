// The ledger in the seed's own syntax: `next(ゆうしゃ) → yield 100`, `スライム.send(-10) → return 0 (StopIteration)`.
import type { LedgerEntry } from './task.ts';
import { show } from './validate.ts';

export function traceLine(entry: LedgerEntry, name: string): string {
  const call = entry.op === 'return' ? `${name}.return()` : entry.sent === undefined ? `next(${name})` : `${name}.send(${show(entry.sent)})`;
  const r = entry.result;
  switch (r.kind) {
    case 'yield': return `${call} → yield ${show(r.value)}`;
    case 'return': return `${call} → return ${show(r.value)} (StopIteration)`;
    case 'throw': return `${call} → throw ${r.error instanceof Error ? `${r.error.name}: ${r.error.message}` : show(r.error)}`;
    case 'cancelled': return `${call} → closed (cancelled)`;
  }
}
