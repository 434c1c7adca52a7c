// A runtime fault of the file open in the editor, at its line: the playground marks it in the
// gutter as it marks a compile error, so a monster that throws (or is stopped by the sandbox)
// mid-battle shows where, not only in the battle's message. Pure: unit-tested on snapshots.
import type { CombatantView } from '../../core/battle-types.ts';

export interface FaultMark {
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The first faulted combatant of `file` (`slime.ts`): the line its message names (`slime.ts:12:5`
 * or `… at line 12`), else the yield it last resumed from (the fault came after it), else line 1.
 */
export function faultMark(combatants: readonly CombatantView[], file: string): FaultMark | null {
  const kind = file.replace(/\.ts$/, '');
  const c = combatants.find((x) => x.kind === kind && x.error !== null);
  if (c === undefined || c.error === null) return null;
  const named = new RegExp(`${escape(file)}:(\\d+)(?::(\\d+))?`).exec(c.error) ?? /\bline (\d+)(?:, column (\d+))?/.exec(c.error);
  if (named) return { line: Number(named[1]), column: named[2] === undefined ? 1 : Number(named[2]), message: c.error };
  // The innermost frame in this file: a `yield*` into a helper of the same file, or the yield itself.
  const frames = [...c.stack, ...(c.at ? [c.at] : [])].filter((f) => f.file === file);
  const last = frames[frames.length - 1];
  return { line: last?.line ?? 1, column: 1, message: c.error };
}
