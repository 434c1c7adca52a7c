// The event log: typed facts about a battle. Text, sound, the view and the overlay all read it.
import type { Action, LocalText, Side, SpellId } from './protocol.ts';
import type { RuleName } from './status-rules.ts';
import type { LedgerEntry } from './task.ts';

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
  | { readonly type: 'battleEnd'; readonly outcome: BattleOutcome; readonly turns: number; readonly steps: number };

export type BattleEventType = BattleEvent['type'];
export type EventOf<T extends BattleEventType> = Extract<BattleEvent, { type: T }>;
