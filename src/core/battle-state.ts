// A battle's state and the rules every turn shares: one resume, settling what it gave (a status,
// a death, a fault), leaving the queue, and the end. The turn rules (classic-turn.ts,
// battle-actions.ts) and the public Battle (battle.ts) build on it.
import { CombatantFault, type BattleReader } from './battle-types.ts';
import { FightEvents } from './fight-events.ts';
import type { BattleOutcome, TurnRule } from './events.ts';
import type { Command, ItemId, Side } from './protocol.ts';
import { RunQueue } from './queue.ts';
import { SideQueues } from './side-queues.ts';
import type { Rng } from './rng.ts';
import { checkYieldedHp, closeFault, enemyCommand, ruleMessage, type RuleName } from './status-rules.ts';
import { checkClassicYield, checkStatus } from './validate.ts';
import { Settled, describeError, type Entry } from './battle-entry.ts';
import type { SendForks } from './log/send-forks.ts';

export { Settled, describeError, other, type Effects, type Entry } from './battle-entry.ts';

export class Fight extends FightEvents {
  readonly entries = new Map<string, Entry>();
  /** In enlistment order. */
  readonly order: Entry[] = [];
  readonly queue = new RunQueue<Entry>();
  /** Each side's part of the run queue, in the same order, so the first living foe is found in O(1). */
  readonly sideQueue = new SideQueues(this.queue);
  /** Head count per side, so checking for the end of a battle is O(1) whatever the queue's length. */
  readonly inBattle: Record<Side, number> = { hero: 0, enemy: 0 };
  readonly got = new Settled();
  steps = 0;
  turn = 0;
  current: Entry | null = null;
  waiting: Entry | null = null;
  pending: Command | undefined = undefined;
  resumedThisStep = false;
  atTurnTop = false;
  defeatedEnemies = 0;
  outcome: BattleOutcome | null = null;
  /** The log's send forks (log/send-forks.ts), null when it has none. */
  sendForks: SendForks | null = null;
  /** The party's items (from the input log's bag), counted down as they are used. */
  readonly bag: Partial<Record<ItemId, number>> = {};

  constructor(
    readonly rule: TurnRule,
    readonly rules: Rng,
    readonly maxSteps: number,
    /** What monitors are handed with each event: the public Battle. */
    reader: BattleReader,
  ) {
    super(reader);
  }

  enqueue(e: Entry): void {
    e.queued = true;
    this.queue.push(e);
    this.sideQueue.push(e);
  }

  /** Pops the next actor and opens its turn (`turnStart`); null when nobody is left to act. */
  startTurn(): Entry | null {
    const t = this.nextActor();
    if (!t) return null;
    this.current = t;
    this.turn++;
    // With a subscriber the event is built anyway, so it is kept as that object; else in columns.
    this.log.turnStart(this.turn, t.slot);
    if (this.listening) this.tell({ type: 'turnStart', turn: this.turn, actor: t.info.id });
    return t;
  }

  nextActor(): Entry | null {
    let t = this.queue.shift();
    while (t !== undefined && !t.queued) t = this.queue.shift(); // it left the battle
    if (t === undefined) return null;
    t.queued = false;
    this.sideQueue.popTo(t);
    return t;
  }

  isIn(e: Entry): boolean {
    return e.task.alive && !e.fled && !e.faulted;
  }

  /** In `living(side)`: queued, or the one acting now. */
  isLiving(e: Entry, side: Side): boolean {
    return e.info.side === side && (e.queued || (e === this.current && this.isIn(e)));
  }

  /** Ids of living combatants on one side, in queue order (the one acting first). */
  living(side: Side): string[] {
    const out: string[] = [];
    const c = this.current;
    if (c && c.info.side === side && this.isIn(c)) out.push(c.info.id);
    this.sideQueue.of(side).forEach((e) => {
      if (e.queued) out.push(e.info.id);
    });
    return out;
  }

  /** The first living combatant on a side, in queue order. */
  firstLiving(side: Side): Entry | null {
    const c = this.current;
    if (c && c.info.side === side && this.isIn(c)) return c;
    const q = this.sideQueue.of(side);
    for (let e = q.peek(); e; e = q.peek()) {
      if (e.queued) return e;
      q.shift(); // it left the battle and will never be wanted again
    }
    return null;
  }

  /** Exactly one resume, now, and what it gave. The caller has paused first if one was due. */
  resume(e: Entry, value: unknown): Settled {
    const g = this.got;
    if (this.steps >= this.maxSteps) {
      if (this.outcome === null) this.finish('draw');
      g.kind = 'halt';
      return g;
    }
    this.resumedThisStep = true;
    const kind = e.task.advance(value, ++this.steps);
    if (kind === 'return') {
      g.kind = 'dead';
      g.value = e.task.returned;
      return g;
    }
    if (kind === 'throw') {
      g.kind = 'fault';
      g.rule = undefined;
      g.message = `threw ${describeError(e.task.error)}`;
      return g;
    }
    const y = e.task.lastYielded;
    if (this.rule === 'classic') {
      if (typeof y === 'number' && Number.isFinite(y)) {
        g.kind = 'status';
        g.hp = y;
        g.mp = undefined;
        g.act = undefined;
      } else {
        g.kind = 'fault';
        g.message = checkClassicYield(y) as string;
      }
      return g;
    }
    const status = checkStatus(y, e.info.side);
    if (typeof status === 'string') {
      const broken = enemyCommand(y, e.info.side, e.task.sites.at, e.info.kind);
      g.kind = 'fault';
      g.message = broken ? ruleMessage(broken) : status;
      g.rule = broken?.rule;
      return g;
    }
    const broken = checkYieldedHp(status.hp, e.hp, value, e.info.maxHp, e.task.sites.at, e.info.kind);
    if (broken) {
      g.kind = 'fault';
      g.message = ruleMessage(broken);
      g.rule = broken.rule;
    } else {
      g.kind = 'status';
      g.hp = status.hp;
      g.mp = status.mp;
      g.act = status.act;
    }
    return g;
  }

  /** Applies what a resume gave: a new status, a death or a fault. true while it lives on. */
  settle(e: Entry, g: Settled, announce = false): boolean {
    const kind = g.kind;
    if (kind === 'status') {
      this.adopt(e, g.hp, g.mp, announce);
    } else if (kind === 'halt') {
      return false;
    } else if (kind === 'dead') {
      e.hp = 0;
      if (e.info.side === 'enemy') this.defeatedEnemies++;
      this.emit({ type: 'death', id: e.info.id, side: e.info.side, returned: g.value });
      this.leave(e);
    } else {
      this.fault(e, g.message, g.rule);
      g.rule = undefined;
    }
    this.checkEnd();
    return kind === 'status' && this.outcome === null;
  }

  /** Takes the HP and MP the generator yielded: the engine never writes them itself. */
  adopt(e: Entry, hp: number, mp: number | undefined, announce = false): void {
    // An enemy's MP is the engine's (enemy-mp.ts): what it yields as mp is not taken.
    const nextMp = mp === undefined || e.info.side === 'enemy' ? e.mp : mp;
    const changed = hp !== e.hp || nextMp !== e.mp;
    e.hp = hp;
    e.mp = nextMp;
    if (announce && changed) this.emit({ type: 'status', id: e.info.id, hp: Math.max(0, hp), mp: nextMp });
  }

  /** `by` is the striker, or null for the classic rule's own hit (`scheduler`). */
  emitDamage(target: Entry, by: Entry | null, prevHp: number, sent: number, critical: boolean, defended: boolean, g: Settled): void {
    const lived = g.kind === 'status';
    const hp = lived ? Math.max(0, g.hp) : 0;
    // A coroutine that returned lost at most the HP it last yielded.
    const amount = lived ? Math.max(0, prevHp - g.hp) : Math.min(sent, Math.max(0, prevHp));
    this.log.damage(target.slot, by === null ? null : by.slot, amount, hp, critical, defended);
    if (this.listening) {
      const source = by === null ? 'scheduler' : by.info.id;
      this.tell({ type: 'damage', target: target.info.id, source, side: target.info.side, amount, hp, critical, defended });
    }
  }

  fault(e: Entry, message: string, rule?: RuleName): void {
    if (e.faulted) return;
    e.faulted = true;
    const error = new CombatantFault(e.info.name, message);
    if (e.task.alive) e.task.fail(error, this.steps);
    if (e.info.side === 'enemy') this.defeatedEnemies++;
    this.warn(`${error.message} — it is taken out of the battle`);
    this.emit(rule ? { type: 'fault', id: e.info.id, side: e.info.side, message: error.message, rule } : { type: 'fault', id: e.info.id, side: e.info.side, message: error.message });
    this.leave(e);
    this.checkEnd();
  }

  leave(e: Entry): void {
    if (e.counted) {
      e.counted = false;
      this.inBattle[e.info.side]--;
    }
    e.queued = false;
    if (this.waiting === e) this.waiting = null;
  }

  checkEnd(): void {
    if (this.outcome !== null) return;
    if (this.inBattle.hero === 0) this.finish('defeat');
    else if (this.inBattle.enemy === 0) this.finish(this.defeatedEnemies > 0 ? 'victory' : 'escaped');
    else if (this.steps >= this.maxSteps) this.finish('draw');
  }

  finish(outcome: BattleOutcome): void {
    this.outcome = outcome;
    this.waiting = null;
    this.closeAll();
    this.emit({ type: 'battleEnd', outcome, turns: this.turn, steps: this.steps });
  }

  /** Every coroutine still alive is closed with return(), so its finally runs. */
  closeAll(): void {
    for (const e of this.order) this.close(e);
  }

  /** Closes one coroutine with return(); a zombie that will not close is reported as a fault. */
  close(e: Entry): void {
    if (!e.task.alive || e.task.state === 'running') return;
    e.task.cancel(this.steps);
    const broken = closeFault(e.task, e.info.kind);
    if (broken && !e.faulted) {
      e.faulted = true;
      // A zombie the task gave up on keeps the task's own sentence first; the rule says where and what to do.
      const dropped = broken.rule === 'finally-yield' && e.task.error instanceof Error ? `${e.task.error.message}: it ` : `${e.info.name.en} (${e.info.name.ja}) `;
      const message = `${dropped}${ruleMessage(broken)}`;
      this.warn(message);
      const error = new Error(message);
      error.name = 'CombatantFault';
      if (e.task.state === 'errored') e.task.error = error;
      else e.task.fail(error, this.steps);
      this.emit({ type: 'fault', id: e.info.id, side: e.info.side, message, rule: broken.rule });
    }
  }
}
