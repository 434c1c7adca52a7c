// The scheduler: a round-robin run queue of coroutines under one of two turn rules.
import type { BattleEvent, BattleOutcome, CombatantInfo, SaidLine, TurnRule } from './events.ts';
import type { Action, CombatantDef, Command, LocalText, Side, Status } from './protocol.ts';
import { RunQueue } from './queue.ts';
import { createRng, deriveSeed, type Rng } from './rng.ts';
import { RULES, SPELLS, attackDamage, classicDamage, fleeSucceeds, spellAmount } from './rules.ts';
import { Task, type LedgerEntry, type TaskState } from './task.ts';
import type { Frame } from './sites.ts';
import { checkClassicYield, checkCommand, checkStatus, isAction, show } from './validate.ts';
import type { InputLog } from './replay.ts';

export interface BattleMonitor {
  onEvent?(event: BattleEvent, battle: Battle): void;
  onTaskState?(id: string, from: TaskState, to: TaskState): void;
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

type Pause = 'step' | 'wait';
type Settled =
  | { kind: 'status'; status: Status }
  | { kind: 'dead'; value: unknown }
  | { kind: 'fault'; message: string }
  /** The step budget ran out before this resume: the battle is a draw and nothing was resumed. */
  | { kind: 'halt' };

interface Entry {
  readonly info: CombatantInfo;
  readonly task: Task;
  readonly stats: CombatantDef['stats'];
  hp: number;
  mp: number;
  defending: boolean;
  fled: boolean;
  faulted: boolean;
  /** Still counted in its side's head count (`inBattle`). */
  counted: boolean;
}

/** A coroutine to put in the queue: its info and a generator made with the helpers it needs. */
export interface Recruit {
  readonly info: CombatantInfo;
  readonly stats: CombatantDef['stats'];
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

export class Battle {
  readonly events: BattleEvent[] = [];
  readonly input: InputLog;
  private readonly ledgerLog: LedgerEntry[] = [];
  private readonly entries = new Map<string, Entry>();
  private readonly queue = new RunQueue<Entry>();
  private readonly rules: Rng;
  private readonly listeners = new Set<BattleMonitor>();
  private readonly driver: Generator<Pause, void, void>;
  private readonly maxSteps: number;
  private readonly trace: boolean;
  private steps = 0;
  private turn = 0;
  private current: Entry | null = null;
  private waiting: Entry | null = null;
  private pending: Command | undefined;
  private resumedThisStep = false;
  private atTurnTop = false;
  private stepping = false;
  private defeatedEnemies = 0;
  /** Head count per side, so checking for the end of a battle is O(1) whatever the queue's length. */
  private readonly inBattle: Record<Side, number> = { hero: 0, enemy: 0 };
  /** The classic rule's recorded draws, read front to back; once used up, the rules RNG draws. */
  private readonly classicDraws: readonly number[];
  private drawsUsed = 0;
  outcome: BattleOutcome | null = null;

  constructor(
    readonly seed: number,
    readonly rule: TurnRule,
    recruits: readonly Recruit[],
    input: InputLog,
    options: BattleOptions = {},
  ) {
    this.input = input;
    this.trace = options.trace ?? true;
    if (options.monitor) this.listeners.add(options.monitor);
    this.rules = createRng(deriveSeed(seed, 'rules'));
    this.maxSteps = options.maxSteps ?? (input.mode === 'battle' ? (input.maxSteps ?? RULES.maxSteps) : RULES.maxSteps);
    this.classicDraws = input.mode === 'classic' ? [...input.damage] : [];
    for (const r of recruits) this.enlist(r);
    this.emit({ type: 'battleStart', seed, rule, combatants: recruits.map((r) => r.info) });
    this.driver = this.drive();
  }

  /** Subscribes to events and task state changes (the overlay and the tests do). */
  subscribe(monitor: BattleMonitor): () => void {
    this.listeners.add(monitor);
    return () => this.listeners.delete(monitor);
  }

  /** Advances by exactly one resume, or reports that the hero waits for a command. */
  step(): StepResult {
    if (this.stepping) throw new Error('the scheduler is not re-entrant: step() was called from inside a step');
    this.resumedThisStep = false;
    this.atTurnTop = false;
    if (this.outcome === null) {
      this.stepping = true;
      try {
        this.driver.next();
      } finally {
        this.stepping = false;
      }
    }
    return { resumed: this.resumedThisStep, waitingFor: this.waiting?.info.id ?? null, outcome: this.outcome };
  }

  /** Advances to the end of the current turn (or until a command is needed). */
  stepTurn(): StepResult {
    let r = this.step();
    while (r.outcome === null && r.waitingFor === null && !this.atTurnTop) r = this.step();
    return r;
  }

  /** Runs to the end, asking `choose` for each command. */
  runToEnd(choose: (battle: Battle, actor: string) => Command): BattleOutcome {
    for (;;) {
      const r = this.step();
      if (r.outcome) return r.outcome;
      if (r.waitingFor && !r.resumed) {
        const result = this.submit(choose(this, r.waitingFor));
        if (!result.ok) throw new Error(`policy chose an invalid command: ${result.error}`);
      }
    }
  }

  /** Gives the waiting hero its command. Invalid choices are refused with a precise reason. */
  submit(command: unknown): { ok: true } | { ok: false; error: string } {
    if (this.outcome) return { ok: false, error: `the battle is over (${this.outcome})` };
    if (!this.waiting) {
      const who = this.current ? `${this.current.info.name.en} is acting` : 'the battle has not asked yet';
      return { ok: false, error: `no command is expected now: ${who}` };
    }
    if (this.pending) return { ok: false, error: `${this.waiting.info.name.en} already has a command for this turn` };
    const checked = checkCommand(command, {
      mp: this.waiting.mp,
      foes: this.living(other(this.waiting.info.side)),
      allies: this.living(this.waiting.info.side),
    });
    if (typeof checked === 'string') return { ok: false, error: checked };
    this.pending = checked;
    return { ok: true };
  }

  /** Ends the battle early (a player leaves); every coroutine still alive is closed with return(). */
  dispose(): void {
    if (this.stepping) throw new Error('dispose() called from inside a step');
    this.closeAll();
    this.driver.return();
  }

  get stepCount(): number {
    return this.steps;
  }

  snapshot(): BattleSnapshot {
    return {
      seed: this.seed,
      rule: this.rule,
      step: this.steps,
      turn: this.turn,
      current: this.current?.info.id ?? null,
      waitingFor: this.waiting?.info.id ?? null,
      outcome: this.outcome,
      queue: this.queue.toArray().map((e) => e.info.id),
      combatants: [...this.entries.values()].map((e) => this.view(e)),
    };
  }

  /** Ids of living combatants on one side, in queue order. */
  living(side: Side): string[] {
    const out: string[] = [];
    for (const e of this.queue.toArray()) if (e.info.side === side) out.push(e.info.id);
    if (this.current && this.current.info.side === side && this.isIn(this.current) && !out.includes(this.current.info.id)) {
      out.unshift(this.current.info.id);
    }
    return out;
  }

  /** Every resume of every coroutine, in the order they happened (empty when tracing is off). */
  ledger(): readonly LedgerEntry[] {
    return this.ledgerLog;
  }

  info(id: string): CombatantInfo | undefined {
    return this.entries.get(id)?.info;
  }

  // ---- the driver: one generator whose pauses are the scheduler's steps ----

  private *drive(): Generator<Pause, void, void> {
    while (this.outcome === null) {
      if (this.resumedThisStep) {
        this.atTurnTop = true;
        yield 'step';
      }
      const t = this.queue.shift();
      if (!t) break;
      this.current = t;
      this.turn++;
      this.emit({ type: 'turnStart', turn: this.turn, actor: t.info.id });
      if (this.rule === 'classic') {
        // The seed's run(): `t.send(None)`, then `t.send(randint(-10, -5))` in the next step.
        // Written out here rather than as a nested generator: this is the benchmark's hot loop.
        const draw = this.classicStart(t);
        if (draw !== null) {
          yield 'step'; // one resume per step
          this.classicHit(t, draw);
        }
      } else yield* this.battleTurn(t);
      if (this.outcome === null && this.isIn(t)) this.queue.push(t);
      this.current = null;
    }
    if (this.outcome === null) this.finish('draw');
  }

  // The classic turn, in two halves around drive()'s pause. Both sends go straight to resume():
  // a classic counter is always started by the plain next() that opens its turn, so the general
  // send() (which may start one first) is not needed.

  /** `t.send(None)`; returns the damage to send next, or null when the turn ends here. */
  private classicStart(t: Entry): number | null {
    if (!this.settle(t, this.resume(t, undefined))) return null;
    return this.drawsUsed < this.classicDraws.length ? this.classicDraws[this.drawsUsed++]! : classicDamage(this.rules);
  }

  /** `t.send(randint(-10, -5))`: the damage goes in, and the counter's answer is settled. */
  private classicHit(t: Entry, draw: number): void {
    const prevHp = t.hp;
    const settled = this.resume(t, -draw);
    if (settled.kind === 'status' || settled.kind === 'dead') this.emitDamage(t, 'scheduler', prevHp, draw, false, false, settled);
    this.settle(t, settled);
  }

  /** The game's turn: resume the actor, get its action (or the player's command), resolve it. */
  private *battleTurn(t: Entry): Generator<Pause, void, void> {
    t.defending = false;
    let status = this.settle(t, yield* this.send(t, undefined), true);
    if (!status) return;
    let act = status.act;
    if (act === 'command') {
      this.waiting = t;
      this.emit({ type: 'awaitCommand', actor: t.info.id });
      while (this.pending === undefined) yield 'wait';
      const command = this.pending;
      this.pending = undefined;
      this.waiting = null;
      if (this.input.mode === 'battle') this.input.commands.push(command);
      status = this.settle(t, yield* this.send(t, command), true);
      if (!status) return;
      act = status.act;
      if (act === 'command') return this.fault(t, 'asked for a command again after being given one');
    }
    if (!isAction(act)) return; // a status with no action: it does nothing this turn
    yield* this.perform(t, act);
  }

  private *perform(t: Entry, act: Action): Generator<Pause, void, void> {
    const side = t.info.side;
    const named = 'target' in act ? act.target : undefined;
    if (named !== undefined && !this.entries.has(named)) {
      return this.fault(t, `yielded an action with target ${show(named)}, which does not exist`);
    }
    this.emit({ type: 'action', actor: t.info.id, act });
    switch (act.kind) {
      case 'attack': {
        const hits = Math.min(act.hits ?? 1, RULES.maxHits);
        for (let i = 0; i < hits && this.outcome === null; i++) {
          const target = this.pickFoe(t, act.target);
          if (!target) return;
          const hit = attackDamage(this.rules, t.stats, side === 'hero', target.defending);
          yield* this.strike(t, target, hit.amount, hit.critical);
        }
        return;
      }
      case 'spell': {
        const spell = SPELLS[act.spell];
        if (spell.effect === 'heal') {
          const target = this.pickAlly(t, act.target);
          const prevHp = target.hp;
          const settled = yield* this.send(target, spellAmount(this.rules, spell, false));
          if (settled.kind === 'status') {
            this.emit({ type: 'heal', target: target.info.id, source: t.info.id, amount: Math.max(0, settled.status.hp - prevHp), hp: settled.status.hp });
          }
          this.settle(target, settled);
          return;
        }
        const targets = act.target ? [this.pickFoe(t, act.target)] : this.living(other(side)).map((id) => this.entries.get(id)!);
        for (const target of targets) {
          if (!target || this.outcome !== null || !this.isIn(target)) continue;
          yield* this.strike(t, target, spellAmount(this.rules, spell, target.defending), false);
        }
        return;
      }
      case 'defend':
        t.defending = true;
        return;
      case 'flee': {
        const ok = fleeSucceeds(this.rules, side);
        this.emit({ type: 'flee', actor: t.info.id, side, ok });
        if (!ok) return;
        if (side === 'hero') return this.finish('fled');
        t.fled = true;
        this.close(t);
        this.leave(t);
        this.checkEnd();
        return;
      }
      case 'wait':
        return;
    }
  }

  /** Sends damage into the target right away, out of its own turn, as the seed sends into a suspended generator. */
  private *strike(by: Entry, target: Entry, amount: number, critical: boolean): Generator<Pause, void, void> {
    const prevHp = target.hp;
    const settled = yield* this.send(target, -amount);
    if (settled.kind === 'status' || settled.kind === 'dead') this.emitDamage(target, by.info.id, prevHp, amount, critical, target.defending, settled);
    this.settle(target, settled);
  }

  private emitDamage(target: Entry, by: string, prevHp: number, sent: number, critical: boolean, defended: boolean, settled: Settled): void {
    const hp = settled.kind === 'status' ? Math.max(0, settled.status.hp) : 0;
    // A coroutine that returned lost at most the HP it last yielded.
    const amount = settled.kind === 'status' ? Math.max(0, prevHp - settled.status.hp) : Math.min(sent, Math.max(0, prevHp));
    this.emit({ type: 'damage', target: target.info.id, source: by, side: target.info.side, amount, hp, critical, defended });
  }

  /**
   * Sends a value in as a step of its own: pauses first when this step already resumed someone.
   * A never-started coroutine is first started with next() in a step of its own.
   */
  private *send(e: Entry, value: unknown): Generator<Pause, Settled, void> {
    if (e.task.state === 'created' && value !== undefined) {
      const started = yield* this.send(e, undefined);
      if (started.kind !== 'status') return started;
      this.adopt(e, started.status);
    }
    if (this.resumedThisStep) yield 'step';
    return this.resume(e, value);
  }

  /** Exactly one resume, now, and what it gave. The caller has paused first if one was due. */
  private resume(e: Entry, value: unknown): Settled {
    if (this.steps >= this.maxSteps) {
      if (this.outcome === null) this.finish('draw');
      return { kind: 'halt' };
    }
    this.resumedThisStep = true;
    const result = e.task.resume(value, ++this.steps);
    if (result.kind === 'return') return { kind: 'dead', value: result.value };
    if (result.kind === 'throw') return { kind: 'fault', message: `threw ${describeError(result.error)}` };
    if (this.rule === 'classic') {
      const hp = checkClassicYield(result.value);
      return typeof hp === 'string' ? { kind: 'fault', message: hp } : { kind: 'status', status: { hp } };
    }
    const status = checkStatus(result.value);
    return typeof status === 'string' ? { kind: 'fault', message: status } : { kind: 'status', status };
  }

  /** Applies what a resume gave: a new status, a death or a fault. Returns the status if it lives. */
  private settle(e: Entry, settled: Settled, announce = false): Status | null {
    if (settled.kind === 'status') {
      this.adopt(e, settled.status, announce);
    } else if (settled.kind === 'halt') {
      return null;
    } else if (settled.kind === 'dead') {
      e.hp = 0;
      if (e.info.side === 'enemy') this.defeatedEnemies++;
      this.emit({ type: 'death', id: e.info.id, side: e.info.side, returned: settled.value });
      this.leave(e);
    } else {
      this.fault(e, settled.message);
    }
    this.checkEnd();
    return settled.kind === 'status' && this.outcome === null ? settled.status : null;
  }

  /** Takes the HP and MP the generator yielded: the engine never writes them itself. */
  private adopt(e: Entry, status: Status, announce = false): void {
    const mp = status.mp ?? e.mp;
    const changed = status.hp !== e.hp || mp !== e.mp;
    e.hp = status.hp;
    e.mp = mp;
    if (announce && changed) this.emit({ type: 'status', id: e.info.id, hp: Math.max(0, status.hp), mp });
  }

  private fault(e: Entry, message: string): void {
    if (e.faulted) return;
    e.faulted = true;
    const error = new CombatantFault(e.info.name, message);
    if (e.task.alive) e.task.fail(error, this.steps);
    if (e.info.side === 'enemy') this.defeatedEnemies++;
    this.warn(`${error.message} — it is taken out of the battle`);
    this.emit({ type: 'fault', id: e.info.id, side: e.info.side, message: error.message });
    this.leave(e);
    this.checkEnd();
  }

  private leave(e: Entry): void {
    if (e.counted) {
      e.counted = false;
      this.inBattle[e.info.side]--;
    }
    this.queue.remove((x) => x === e);
    if (this.waiting === e) this.waiting = null;
  }

  private checkEnd(): void {
    if (this.outcome !== null) return;
    if (this.inBattle.hero === 0) this.finish('defeat');
    else if (this.inBattle.enemy === 0) this.finish(this.defeatedEnemies > 0 ? 'victory' : 'escaped');
    else if (this.steps >= this.maxSteps) this.finish('draw');
  }

  private finish(outcome: BattleOutcome): void {
    this.outcome = outcome;
    this.waiting = null;
    this.closeAll();
    this.emit({ type: 'battleEnd', outcome, turns: this.turn, steps: this.steps });
  }

  /** Every coroutine still alive is closed with return(), so its finally runs. */
  private closeAll(): void {
    for (const e of this.entries.values()) this.close(e);
  }

  /** Closes one coroutine with return(); a zombie that will not close is reported as a fault. */
  private close(e: Entry): void {
    if (!e.task.alive || e.task.state === 'running') return;
    e.task.cancel(this.steps);
    if (e.task.state === 'errored' && !e.faulted) {
      e.faulted = true;
      const message = e.task.error instanceof Error ? e.task.error.message : String(e.task.error);
      this.warn(message);
      this.emit({ type: 'fault', id: e.info.id, side: e.info.side, message });
    }
  }

  private isIn(e: Entry): boolean {
    return e.task.alive && !e.fled && !e.faulted;
  }

  private pickFoe(t: Entry, wanted: string | undefined): Entry | null {
    const foes = this.living(other(t.info.side));
    const id = wanted !== undefined && foes.includes(wanted) ? wanted : foes[0];
    return id === undefined ? null : this.entries.get(id)!;
  }

  private pickAlly(t: Entry, wanted: string | undefined): Entry {
    const allies = this.living(t.info.side);
    return wanted !== undefined && allies.includes(wanted) ? this.entries.get(wanted)! : t;
  }

  private enlist(r: Recruit): void {
    const id = r.info.id;
    if (this.entries.has(id)) throw new Error(`two combatants share the id ${id}`);
    const rng = createRng(deriveSeed(this.seed, id));
    const task = new Task(id, r.info.name.en, r.make({
      rng,
      foes: () => this.living(other(r.info.side)),
      allies: () => this.living(r.info.side),
      say: (line) => this.emit({ type: 'said', id, line }),
    }), {
      // With tracing off there is no onResume, so the task builds no ledger entry at all.
      onResume: this.trace
        ? (_task, entry) => {
            this.ledgerLog.push(entry);
            this.emit({ type: 'resume', entry });
          }
        : undefined,
      onState: (task, from, to) => {
        if (this.listeners.size === 0) return;
        for (const l of this.listeners) l.onTaskState?.(task.id, from, to);
      },
      onWarn: (_task, message) => this.warn(message),
    }, this.trace);
    const entry: Entry = { info: r.info, task, stats: r.stats, hp: r.info.hp, mp: r.info.mp, defending: false, fled: false, faulted: false, counted: true };
    this.inBattle[r.info.side]++;
    this.entries.set(id, entry);
    this.queue.push(entry);
  }

  private view(e: Entry): CombatantView {
    const t = e.task;
    return {
      ...e.info,
      hp: Math.max(0, e.hp),
      mp: e.mp,
      state: t.state,
      resumes: t.resumes,
      lastSent: t.lastSent,
      lastYielded: t.lastYielded,
      returned: t.returned,
      error: t.error === undefined ? null : t.error instanceof Error ? t.error.message : String(t.error),
      defending: e.defending,
      fled: e.fled,
      at: t.sites.at,
      stack: [...t.sites.stack],
    };
  }

  private emit(event: BattleEvent): void {
    this.events.push(event);
    if (this.listeners.size === 0) return; // the common headless case: skip the iterator
    for (const l of this.listeners) l.onEvent?.(event, this);
  }

  private warn(message: string): void {
    let heard = false;
    for (const l of this.listeners) {
      if (l.onWarn) {
        l.onWarn(message);
        heard = true;
      }
    }
    if (!heard) console.warn(`[coroutine-quest] ${message}`);
  }
}

function other(side: Side): Side {
  return side === 'hero' ? 'enemy' : 'hero';
}

export function describeError(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return show(error);
}
