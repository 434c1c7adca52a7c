// The event log: typed facts about a battle. Text, sound, the view and the overlay all read it.
import type { Action, ItemId, LocalText, Side, SpellId } from './protocol.ts';
import type { RuleName } from './status-rules.ts';
import type { LedgerEntry } from './task.ts';

/** The status effects the engine keeps per combatant (not the generator): see effects.ts. */
export type EffectName = 'sleep' | 'poison' | 'guard';

/** What the cards and queue chips show: turns of sleep or guard left, poisoned or not. */
export interface EffectsView {
  readonly sleep?: number;
  readonly poison?: true;
  readonly guard?: number;
}

export type BattleOutcome = 'victory' | 'defeat' | 'fled' | 'escaped' | 'draw';
export type TurnRule = 'battle' | 'classic';

export interface CombatantInfo {
  readonly id: string;
  readonly kind: string;
  readonly name: LocalText;
  readonly side: Side;
  readonly sprite: string;
  readonly maxHp: number;
  readonly maxMp: number;
  readonly hp: number;
  readonly mp: number;
  readonly boss: boolean;
}

/** A line a classic hpCounter says from inside its generator, where the seed calls print(). */
export type SaidLine =
  | { readonly key: 'hp'; readonly hp: number }
  | { readonly key: 'damage'; readonly amount: number }
  | { readonly key: 'healed'; readonly amount: number }
  | { readonly key: 'died' };

export type BattleEvent =
  | { readonly type: 'battleStart'; readonly seed: number; readonly rule: TurnRule; readonly combatants: readonly CombatantInfo[] }
  | { readonly type: 'turnStart'; readonly turn: number; readonly actor: string }
  | { readonly type: 'resume'; readonly entry: LedgerEntry }
  | { readonly type: 'awaitCommand'; readonly actor: string }
  | { readonly type: 'action'; readonly actor: string; readonly act: Action }
  | {
      readonly type: 'damage';
      readonly target: string;
      readonly source: string;
      readonly side: Side;
      readonly amount: number;
      readonly hp: number;
      readonly critical: boolean;
      readonly defended: boolean;
    }
  | { readonly type: 'heal'; readonly target: string; readonly source: string; readonly amount: number; readonly hp: number }
  | { readonly type: 'status'; readonly id: string; readonly hp: number; readonly mp: number }
  | { readonly type: 'flee'; readonly actor: string; readonly side: Side; readonly ok: boolean }
  | { readonly type: 'death'; readonly id: string; readonly side: Side; readonly returned: unknown }
  | { readonly type: 'fault'; readonly id: string; readonly side: Side; readonly message: string; readonly rule?: RuleName }
  | { readonly type: 'noMp'; readonly actor: string; readonly spell: SpellId; readonly mp: number }
  | { readonly type: 'said'; readonly id: string; readonly line: SaidLine }
  /** A status effect lands (on) or ends (off). `turns` is how many of its turns it lasts, when it counts them. */
  | { readonly type: 'effect'; readonly target: string; readonly effect: EffectName; readonly on: boolean; readonly source: string; readonly turns?: number }
  /** The turn a sleeping coroutine did not get: it stays in the queue, suspended but not scheduled. */
  | { readonly type: 'skipTurn'; readonly actor: string; readonly effect: 'sleep' }
  /** An item used from the bag; `left` is how many of it remain. */
  | { readonly type: 'item'; readonly actor: string; readonly item: ItemId; readonly target: string; readonly left: number }
  | { readonly type: 'battleEnd'; readonly outcome: BattleOutcome; readonly turns: number; readonly steps: number };

export type BattleEventType = BattleEvent['type'];
export type EventOf<T extends BattleEventType> = Extract<BattleEvent, { type: T }>;
