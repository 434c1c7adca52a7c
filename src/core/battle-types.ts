// The shapes a battle shows to the outside: options, monitors, step results, snapshots, recruits.
import type { BattleEvent, BattleOutcome, CombatantInfo, EffectsView, SaidLine, TurnRule } from './events.ts';
import type { CombatantDef, LocalText, SpellId } from './protocol.ts';
import type { Rng } from './rng.ts';
import type { Frame } from './sites.ts';
import type { TaskState } from './task.ts';

/** The battle a monitor hears from: only what it may read. */
export interface BattleReader {
  readonly events: readonly BattleEvent[];
  readonly outcome: BattleOutcome | null;
}

export interface BattleMonitor {
  onEvent?(event: BattleEvent, battle: BattleReader): void;
  onTaskState?(id: string, from: TaskState, to: TaskState): void;
  /** Warnings (a faulted combatant, a value sent before start). The CLI and the game decide where they go. */
  onWarn?(message: string): void;
}

export interface BattleOptions {
  /** Keep a per-task ledger and emit `resume` events. On by default; the benchmark turns it off. */
  readonly trace?: boolean;
  readonly monitor?: BattleMonitor;
  /** Resumes before a draw, for measurements only; the game and every log use the log's or RULES'. */
  readonly maxSteps?: number;
}

/** What one call to `step()` did. */
export interface StepResult {
  /** true when exactly one resume (one ledger entry) happened. */
  readonly resumed: boolean;
  /** The hero waiting for the player's command, if any. */
  readonly waitingFor: string | null;
  readonly outcome: BattleOutcome | null;
}

export type SubmitResult = { ok: true } | { ok: false; error: string };

export interface CombatantView extends CombatantInfo {
  readonly hp: number;
  readonly mp: number;
  readonly state: TaskState;
  readonly resumes: number;
  readonly lastSent: unknown;
  readonly lastYielded: unknown;
  readonly returned: unknown;
  readonly error: string | null;
  readonly defending: boolean;
  readonly fled: boolean;
  /** The status effects the engine keeps for it (sleep and guard turns left, poison); {} when none. */
  readonly effects: EffectsView;
  /** The `yield` it is suspended at, when its source was instrumented. */
  readonly at: Frame | null;
  /** Its `yield*` delegations, outermost first. */
  readonly stack: readonly Frame[];
}

export interface BattleSnapshot {
  readonly seed: number;
  readonly rule: TurnRule;
  readonly step: number;
  readonly turn: number;
  readonly current: string | null;
  readonly waitingFor: string | null;
  readonly outcome: BattleOutcome | null;
  /** The run queue, front first; the coroutine being resumed is `current`, not in it. */
  readonly queue: readonly string[];
  readonly combatants: readonly CombatantView[];
}

/** A coroutine to put in the queue: its info and a generator made with the helpers it needs. */
export interface Recruit {
  readonly info: CombatantInfo;
  readonly stats: CombatantDef['stats'];
  /** The spells a party member knows (growth.ts); absent or null, any spell. */
  readonly spells?: readonly SpellId[] | null;
  readonly make: (tools: RecruitTools) => Generator<unknown, unknown, unknown>;
}

export interface RecruitTools {
  readonly rng: Rng;
  foes(): readonly string[];
  allies(): readonly string[];
  say(line: SaidLine): void;
}

export class CombatantFault extends Error {
  constructor(name: LocalText, message: string) {
    super(`${name.en} (${name.ja}) ${message}`);
    this.name = 'CombatantFault';
  }
}
