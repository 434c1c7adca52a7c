// What ties one combatant's coroutine to its battle: the tools its generator is made with (a random
// stream, who its foes and allies are, a voice) and the monitor its Task reports to. One object per
// combatant does both, and makes nothing until asked: a classic battle starts in a few allocations.
import { other, type Entry, type Fight } from './battle-state.ts';
import type { RecruitTools } from './battle-types.ts';
import type { SaidLine } from './events.ts';
import { createRng, deriveSeed, type Rng } from './rng.ts';
import type { LedgerEntry, Task, TaskMonitor, TaskState } from './task.ts';
import type { ResumeKind } from './event-log.ts';

export class RecruitKit implements RecruitTools, TaskMonitor {
  /** Set once the Task is made (the generator is made first, from these tools). */
  entry: Entry | null = null;
  private stream: Rng | null = null;
  private voice: ((line: SaidLine) => void) | null = null;
  private foesOf: (() => string[]) | null = null;
  private alliesOf: (() => string[]) | null = null;

  constructor(
    protected readonly f: Fight,
    private readonly seed: number,
    private readonly id: string,
  ) {}

  /** Made when first asked for (the classic counters never ask): the same stream either way, seeded from the battle's seed and the id alone. */
  get rng(): Rng {
    return (this.stream ??= createRng(deriveSeed(this.seed, this.id)));
  }

  // Read as properties and handed on detached (lineup.ts passes them to a combatant), so each is a
  // closure, made on first read.
  get say(): (line: SaidLine) => void {
    return (this.voice ??= (line) => this.f.said(this.entry!, line));
  }

  get foes(): () => string[] {
    return (this.foesOf ??= () => this.f.living(other(this.entry!.info.side)));
  }

  get allies(): () => string[] {
    return (this.alliesOf ??= () => this.f.living(this.entry!.info.side));
  }

  onState(task: Task, from: TaskState, to: TaskState): void {
    const heard = this.f.monitors.states;
    for (let i = 0; i < heard.length; i++) heard[i]!.onTaskState!(task.id, from, to);
  }

  onWarn(_task: Task, message: string): void {
    this.f.warn(message);
  }
}

/**
 * With tracing on, each resume is told: a `next(sent)` goes into the log's columns, a `return()` or
 * a failure as its ledger entry, kept once, in its `resume` event. Without it the Task builds none.
 */
export class TracingKit extends RecruitKit {
  onResume(_task: Task, entry: LedgerEntry): void {
    this.f.emit({ type: 'resume', entry });
  }

  onNext(_task: Task, step: number, sent: unknown, kind: ResumeKind, got: unknown): void {
    this.f.traced(this.entry!, step, sent, kind, got);
  }
}
