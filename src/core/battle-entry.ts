// One combatant as a battle holds it (its task, what it last yielded, its place in the queue), and
// the one object a resume fills in. battle-state.ts builds the shared turn rules on these.
import type { CombatantInfo } from './events.ts';
import type { Action, CombatantDef, Side, SpellId } from './protocol.ts';
import type { RuleName } from './status-rules.ts';
import type { Task } from './task.ts';
import { show } from './validate.ts';

/** Sleep turns left (0: awake), poisoned, guard turns left (スカラ; ぼうぎょ is `defending`). */
export interface Effects {
  sleep: number;
  poison: boolean;
  guard: number;
}

export interface Entry {
  readonly info: CombatantInfo;
  /** Its number in the event log's columns (enlistment order). */
  readonly slot: number;
  readonly task: Task;
  readonly stats: CombatantDef['stats'];
  hp: number;
  mp: number;
  defending: boolean;
  fled: boolean;
  faulted: boolean;
  /** Still counted in its side's head count (`inBattle`). */
  counted: boolean;
  /** Status effects the engine keeps (effects.ts); null while it has none, so a turn checks one field. */
  effects: Effects | null;
  /** The spells it knows, or null for any (enemies, and party kinds without a growth table). */
  readonly spells: readonly SpellId[] | null;
  /** In the run queue; one that leaves is skipped when it reaches the front, so leaving is O(1). */
  queued: boolean;
}

/** What the last resume gave. One object per battle: only one resume is ever in flight. */
export class Settled {
  kind: 'status' | 'dead' | 'fault' | 'halt' = 'halt';
  hp = 0;
  mp: number | undefined = undefined;
  act: Action | 'command' | undefined = undefined;
  value: unknown = undefined;
  message = '';
  /** The engine rule it broke, when a fault is one (status-rules.ts). */
  rule: RuleName | undefined = undefined;
}

export function other(side: Side): Side {
  return side === 'hero' ? 'enemy' : 'hero';
}

export function describeError(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return show(error);
}
