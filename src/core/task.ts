// The coroutine wrapper: one generator, its state in Python's and Kotlin's words, and a ledger.
import { SiteRecord, enter, leave } from './sites.ts';

export type TaskState = 'created' | 'suspended' | 'running' | 'closed' | 'errored' | 'cancelled';

export type ResumeResult<Y = unknown, R = unknown> =
  | { readonly kind: 'yield'; readonly value: Y }
  | { readonly kind: 'return'; readonly value: R }
  | { readonly kind: 'throw'; readonly error: unknown };

/** One resume: `next(sent)` or `return()`, and what came back. */
export interface LedgerEntry {
  readonly step: number;
  readonly task: string;
  readonly op: 'next' | 'return';
  readonly sent: unknown;
  readonly result: ResumeResult | { readonly kind: 'cancelled' };
}

/** Hooks a devtool subscribes to, like redux-saga's sagaMonitor. */
export interface TaskMonitor {
  onResume?(task: Task, entry: LedgerEntry): void;
  /**
   * A `next(sent)` resume, told without building its ledger entry (the battle keeps it in columns):
   * `got` is the value yielded or returned, or the error thrown. When set, a task without its own
   * ledger calls this instead of onResume for its resumes; return() and failures still go to onResume.
   */
  onNext?(task: Task, step: number, sent: unknown, kind: ResumeResult['kind'], got: unknown): void;
  onState?(task: Task, from: TaskState, to: TaskState): void;
  onWarn?(task: Task, message: string): void;
}

export class ReentrantResumeError extends Error {
  constructor(name: string) {
    super(`${name} is already running: a coroutine cannot be resumed from inside its own resume`);
    this.name = 'ReentrantResumeError';
  }
}

/** How many times `return()` is retried on a generator that keeps yielding from `finally`. */
export const ZOMBIE_RETURN_LIMIT = 3;

export class Task<Y = unknown, R = unknown, S = unknown> {
  state: TaskState = 'created';
  resumes = 0;
  lastSent: unknown = undefined;
  lastYielded: Y | undefined = undefined;
  returned: R | undefined = undefined;
  error: unknown = undefined;
  /** How often a `finally` yielded while `return()` closed it: once already makes a zombie. */
  closeYields = 0;
  readonly ledger: LedgerEntry[] | null;
  /** Where it is suspended and its yield* stack, when its source was instrumented. */
  readonly sites = new SiteRecord();
  /** The result object of the last resume, when it was recorded (and so had to be built). */
  private built: ResumeResult<Y, R> | null = null;

  constructor(
    readonly id: string,
    readonly name: string,
    private readonly gen: Generator<Y, R, S>,
    private readonly monitor: TaskMonitor = {},
    keepLedger = true,
  ) {
    this.ledger = keepLedger ? [] : null;
  }

  get alive(): boolean {
    return this.state === 'created' || this.state === 'suspended' || this.state === 'running';
  }

  /** `gen.next(value)`, caught and recorded. Never throws what the generator throws. */
  resume(value: S | undefined, step: number): ResumeResult<Y, R> {
    const kind = this.advance(value, step);
    if (this.built !== null) return this.built;
    return kind === 'yield' ? { kind, value: this.lastYielded as Y } : kind === 'return' ? { kind, value: this.returned as R } : { kind, error: this.error };
  }

  /**
   * The same resume without building a result object unless someone records it: what came back is
   * in `lastYielded`, `returned` or `error`. The scheduler's hot path.
   */
  advance(value: S | undefined, step: number): ResumeResult['kind'] {
    if (this.state === 'running') throw new ReentrantResumeError(this.name);
    if (!this.alive) throw new Error(`${this.name} is ${this.state}: a finished coroutine cannot be resumed`);
    if (this.state === 'created' && value !== undefined) {
      this.monitor.onWarn?.(
        this,
        `${this.name} was sent ${String(value)} before it started: JavaScript drops that value (Python raises TypeError). Start it with next() first.`,
      );
    }
    this.setState('running');
    this.lastSent = value;
    this.resumes++;
    let kind: ResumeResult['kind'];
    const outer = enter(this.sites);
    try {
      const r = (this.gen.next as (v?: S) => IteratorResult<Y, R>)(value);
      if (r.done) {
        kind = 'return';
        this.returned = r.value;
      } else {
        kind = 'yield';
        this.lastYielded = r.value;
      }
    } catch (error) {
      kind = 'throw';
      this.error = error;
    } finally {
      leave(outer);
    }
    this.setState(kind === 'yield' ? 'suspended' : kind === 'return' ? 'closed' : 'errored');
    this.built = null;
    const monitor = this.monitor;
    if (monitor.onNext !== undefined && this.ledger === null) {
      // Called as a method: a monitor may be a class instance.
      monitor.onNext(this as Task, step, value, kind, kind === 'yield' ? this.lastYielded : kind === 'return' ? this.returned : this.error);
    } else if (this.recording) {
      const result: ResumeResult<Y, R> = kind === 'yield' ? { kind, value: this.lastYielded as Y } : kind === 'return' ? { kind, value: this.returned as R } : { kind, error: this.error };
      this.built = result;
      this.record({ step, task: this.id, op: 'next', sent: value, result });
    }
    return kind;
  }

  /**
   * Closes the generator with `return()`, so its `finally` runs (Effection's rule).
   * A generator that yields again from `finally` is a zombie: retried a few times, then dropped as errored.
   */
  cancel(step: number, reason?: unknown): void {
    if (!this.alive) return;
    if (this.state === 'running') throw new ReentrantResumeError(this.name);
    const started = this.state !== 'created';
    for (let attempt = 0; attempt < ZOMBIE_RETURN_LIMIT; attempt++) {
      let r: IteratorResult<Y, R>;
      const outer = enter(this.sites);
      try {
        r = this.gen.return(undefined as R);
      } catch (error) {
        this.fail(error, step);
        return;
      } finally {
        leave(outer);
      }
      if (r.done) {
        if (reason === undefined) this.setState('cancelled');
        else {
          this.error = reason;
          this.setState('errored');
        }
        if (this.recording) this.record({ step, task: this.id, op: 'return', sent: undefined, result: { kind: 'cancelled' } });
        return;
      }
      this.closeYields++;
      if (!started) break;
    }
    this.fail(
      new Error(`${this.name} kept yielding from its finally block after ${ZOMBIE_RETURN_LIMIT} return() calls (zombie coroutine); dropped`),
      step,
    );
  }

  /** Marks the task errored because of something it did (a malformed yield, a zombie). */
  fail(error: unknown, step: number): void {
    this.error = error;
    if (this.alive && this.state !== 'running') {
      // Give its finally a chance to run; a second failure inside is ignored, the first error stands.
      const outer = enter(this.sites);
      try {
        this.gen.return(undefined as R);
      } catch {
        /* already failing */
      } finally {
        leave(outer);
      }
    }
    if (this.state !== 'errored') this.setState('errored');
    if (this.recording) this.record({ step, task: this.id, op: 'return', sent: undefined, result: { kind: 'throw', error } });
  }

  private record(entry: LedgerEntry): void {
    this.ledger?.push(entry);
    this.monitor.onResume?.(this as Task, entry);
  }

  /** Whether anyone keeps or hears ledger entries; when nobody does, none is built. */
  private get recording(): boolean {
    return this.ledger !== null || this.monitor.onResume !== undefined;
  }

  private setState(to: TaskState): void {
    const from = this.state;
    this.state = to;
    if (from !== to) this.monitor.onState?.(this as Task, from, to);
  }
}
