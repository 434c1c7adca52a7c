// What a debugger Step says in its status line (role=status, so a screen reader reads it): the
// trace line(s) the step added, exactly as the trace panel shows them, and the state of each
// coroutine it touched: 「スライム.send(-9) → yield 11 · スライム: suspended」. Pure, for the controls panel.
import type { BattleSnapshot } from '../../core/battle.ts';
import type { LedgerEntry } from '../../core/task.ts';
import { traceLine } from '../../core/trace.ts';

/** `added`: the ledger entries the step appended; `before`/`after`: the snapshots around it. */
export function stepAnnouncement(added: readonly LedgerEntry[], before: BattleSnapshot, after: BattleSnapshot, names: ReadonlyMap<string, string>): string {
  const name = (id: string) => names.get(id) ?? id;
  const lines = added.map((e) => traceLine(e, name(e.task)));
  const was = new Map(before.combatants.map((c) => [c.id, c.state]));
  const touched = new Set(added.map((e) => e.task));
  const states = after.combatants
    .filter((c) => touched.has(c.id) || was.get(c.id) !== c.state)
    .map((c) => `${name(c.id)}: ${c.state}`);
  return [lines.join('; '), states.join(', ')].filter((s) => s !== '').join(' · ');
}
