// The scheduler: a round-robin run queue of coroutines under one of two turn rules. This file is
// the public face; the state and shared rules are in battle-state.ts, the turn rules in
// classic-turn.ts and battle-actions.ts.
import { driveBattleRule, type Pause } from './battle-actions.ts';
import { NO_EFFECTS, effectsView, snapshotOf, viewOf } from './battle-snapshot.ts';
import { Fight, other, type Entry } from './battle-state.ts';
import type { BattleMonitor, BattleOptions, BattleSnapshot, CombatantView, Recruit, StepResult, SubmitResult } from './battle-types.ts';
import { ClassicTurn } from './classic-turn.ts';
import { driveBattle } from './drive.ts';
import type { BattleEvent, BattleOutcome, CombatantInfo, EffectsView, TurnRule } from './events.ts';
import type { InputLog } from './log/input-log.ts';
import { SendForks } from './log/send-forks.ts';
import type { Command, ItemId, Side, SpellId } from './protocol.ts';
import { RecruitKit, TracingKit } from './recruit-kit.ts';
import { createRng, deriveSeed } from './rng.ts';
import { RULES } from './rules.ts';
import { Task, type LedgerEntry } from './task.ts';
import { checkCommand } from './validate.ts';

export type { BattleMonitor, BattleOptions, BattleSnapshot, CombatantView, Recruit, RecruitTools, StepResult, SubmitResult } from './battle-types.ts';
export { CombatantFault } from './battle-types.ts';
export { describeError } from './battle-state.ts';

const RESUMED: StepResult = Object.freeze({ resumed: true, waitingFor: null, outcome: null });
const IDLE: StepResult = Object.freeze({ resumed: false, waitingFor: null, outcome: null });

export class Battle {
  readonly input: InputLog;
  private readonly f: Fight;
  /** The turn rule: the classic loop, or the battle rule's driver (private, so no deep equality ever iterates a generator). */
  readonly #classic: ClassicTurn | null;
  readonly #driver: Generator<Pause, void, void> | null;
  private readonly trace: boolean;
  private stepping = false;

  constructor(
    readonly seed: number,
    readonly rule: TurnRule,
    recruits: readonly Recruit[],
    input: InputLog,
    options: BattleOptions = {},
  ) {
    this.input = input;
    this.trace = options.trace ?? true;
    const maxSteps = options.maxSteps ?? (input.mode === 'battle' ? (input.maxSteps ?? RULES.maxSteps) : RULES.maxSteps);
    const f = new Fight(rule, createRng(deriveSeed(seed, 'rules')), maxSteps, this);
    this.f = f;
    if (input.mode === 'battle') f.sendForks = SendForks.of(input.forks);
    if (options.monitor) f.monitors.add(options.monitor);
    if (input.mode === 'battle' && input.bag) Object.assign(f.bag, input.bag);
    const combatants: CombatantInfo[] = [];
    for (const r of recruits) {
      this.enlist(r);
      combatants.push(r.info);
    }
    f.emit({ type: 'battleStart', seed, rule, combatants });
    this.#classic = rule === 'classic' ? new ClassicTurn(f, input.mode === 'classic' ? input.damage : []) : null;
    this.#driver = rule === 'classic' ? null : driveBattleRule(f, input);
  }

  /** Every event so far, in order (the ledger is in its `resume` events). */
  get events(): BattleEvent[] {
    return this.f.log.all();
  }

  get outcome(): BattleOutcome | null {
    return this.f.outcome;
  }

  /** Subscribes to events and task state changes (the overlay and the tests do). */
  subscribe(monitor: BattleMonitor): () => void {
    return this.f.monitors.add(monitor);
  }

  /** Advances by exactly one resume, or reports that the hero waits for a command. */
  step(): StepResult {
    if (this.stepping) throw new Error('the scheduler is not re-entrant: step() was called from inside a step');
    const f = this.f;
    f.resumedThisStep = false;
    f.atTurnTop = false;
    if (f.outcome === null) {
      this.stepping = true;
      try {
        if (this.#classic !== null) this.#classic.step();
        else this.#driver!.next();
      } finally {
        this.stepping = false;
      }
    }
    // The common results are shared frozen values: nothing to allocate per resume.
    if (f.waiting === null && f.outcome === null) return f.resumedThisStep ? RESUMED : IDLE;
    return { resumed: f.resumedThisStep, waitingFor: f.waiting?.info.id ?? null, outcome: f.outcome };
  }

  /** Advances to the end of the current turn (or until a command is needed). */
  stepTurn(): StepResult {
    let r = this.step();
    while (r.outcome === null && r.waitingFor === null && !this.f.atTurnTop) r = this.step();
    return r;
  }

  /** Runs to the end, asking `choose` for each command. */
  runToEnd(choose: (battle: Battle, actor: string) => Command): BattleOutcome {
    const stop = driveBattle(this, (actor) => choose(this, actor));
    if (stop.refused) throw new Error(`policy chose an invalid command: ${stop.refused.error}`);
    return this.f.outcome!;
  }

  /** Gives the waiting hero its command. Invalid choices are refused with a precise reason. */
  submit(command: unknown): SubmitResult {
    const f = this.f;
    if (f.outcome) return { ok: false, error: `the battle is over (${f.outcome})` };
    const w = f.waiting;
    if (!w) {
      const who = f.current ? `${f.current.info.name.en} is acting` : 'the battle has not asked yet';
      return { ok: false, error: `no command is expected now: ${who}` };
    }
    if (f.pending) return { ok: false, error: `${w.info.name.en} already has a command for this turn` };
    const foe = other(w.info.side);
    const checked = checkCommand(command, {
      mp: w.mp,
      bag: f.bag,
      spells: w.spells,
      isFoe: (id) => this.isLiving(id, foe),
      isAlly: (id) => this.isLiving(id, w.info.side),
      foes: () => f.living(foe),
      allies: () => f.living(w.info.side),
    });
    if (typeof checked === 'string') return { ok: false, error: checked };
    f.pending = checked;
    return { ok: true };
  }

  /** Ends the battle early (a player leaves); every coroutine still alive is closed with return(). */
  dispose(): void {
    if (this.stepping) throw new Error('dispose() called from inside a step');
    this.f.closeAll();
    this.#driver?.return();
  }

  get stepCount(): number {
    return this.f.steps;
  }

  snapshot(): BattleSnapshot {
    return snapshotOf(this.f, this.seed);
  }

  /** One combatant's view, without a whole snapshot. */
  combatant(id: string): CombatantView | undefined {
    const e = this.f.entries.get(id);
    return e ? viewOf(e) : undefined;
  }

  /** Ids of living combatants on one side, in queue order. */
  living(side: Side): string[] {
    return this.f.living(side);
  }

  /** HP and MP of one combatant as last yielded, in O(1) (a policy reads them per command). */
  vitals(id: string): { readonly hp: number; readonly mp: number; readonly maxHp: number } | undefined {
    const e = this.f.entries.get(id);
    return e ? { hp: Math.max(0, e.hp), mp: e.mp, maxHp: e.info.maxHp } : undefined;
  }

  /** Its status effects (sleep/guard turns left, poison), {} when none: what the cards show. */
  effects(id: string): EffectsView {
    const e = this.f.entries.get(id);
    return e ? effectsView(e.effects) : NO_EFFECTS;
  }

  /** How many are still in the battle on one side (O(1), unlike living()). */
  standing(side: Side): number {
    return this.f.inBattle[side];
  }

  /** How many of an item the party's bag holds now. */
  itemCount(item: ItemId): number {
    return this.f.bag[item] ?? 0;
  }

  /** Whether a combatant may cast `spell` (its level's spells, growth.ts; an enemy any). */
  knows(id: string, spell: SpellId): boolean {
    const spells = this.f.entries.get(id)?.spells;
    return spells === undefined || spells === null || spells.includes(spell);
  }

  /** Every resume of every coroutine, in order, read from the `resume` events (empty when tracing is off). */
  ledger(): readonly LedgerEntry[] {
    const out: LedgerEntry[] = [];
    for (const e of this.f.log.all()) if (e.type === 'resume') out.push(e.entry);
    return out;
  }

  info(id: string): CombatantInfo | undefined {
    return this.f.entries.get(id)?.info;
  }

  private isLiving(id: string, side: Side): boolean {
    const e = this.f.entries.get(id);
    return e !== undefined && this.f.isLiving(e, side);
  }

  private enlist(r: Recruit): void {
    const f = this.f;
    const info = r.info;
    if (f.entries.has(info.id)) throw new Error(`two combatants share the id ${info.id}`);
    const kit = this.trace ? new TracingKit(f, this.seed, info.id) : new RecruitKit(f, this.seed, info.id);
    const task = new Task(info.id, info.name.en, r.make(kit), kit, false);
    const entry: Entry = { info, slot: f.log.enlist(info.id, info.side), task, stats: r.stats, hp: info.hp, mp: info.mp, defending: false, fled: false, faulted: false, counted: true, effects: null, spells: r.spells ?? null, queued: false };
    kit.entry = entry;
    f.inBattle[info.side]++;
    f.entries.set(info.id, entry);
    f.order.push(entry);
    f.enqueue(entry);
  }
}
