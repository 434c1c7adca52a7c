// How a battle's events go out: into the log (in columns where it can) and to the monitors that
// listen. Fight (battle-state.ts) builds the rules on it.
import type { BattleReader } from './battle-types.ts';
import type { Entry } from './battle-entry.ts';
import { EventLog, type ResumeKind } from './event-log.ts';
import type { BattleEvent, SaidLine } from './events.ts';
import { Monitors } from './monitors.ts';
import type { ResumeResult } from './task.ts';

export class FightEvents {
  /** The event log, in columns; `log.all()` is `battle.events`. */
  readonly log = new EventLog();
  readonly monitors = new Monitors();

  constructor(
    /** What monitors are handed with each event: the public Battle. */
    readonly reader: BattleReader,
  ) {}

  /** Someone hears events: the frequent ones are then built for it, as well as kept in columns. */
  get listening(): boolean {
    return this.monitors.events.length !== 0;
  }

  emit(event: BattleEvent): void {
    this.log.push(event);
    this.tell(event);
  }

  /**
   * Tells the subscribers an event already in the log. The frequent ones (turnStart, said, damage,
   * resume) are kept in columns and built for the subscribers only, so nothing retains them unless
   * someone reads `battle.events` (which builds them again, equal and once each).
   */
  tell(event: BattleEvent): void {
    const heard = this.monitors.events;
    for (let i = 0; i < heard.length; i++) heard[i]!.onEvent!(event, this.reader);
  }

  /** A line a classic counter said (`print()` in the seed). */
  said(e: Entry, line: SaidLine): void {
    this.log.said(e.slot, line);
    if (this.listening) this.tell({ type: 'said', id: e.info.id, line });
  }

  /** A traced `next(sent)`: its ledger entry, as a `resume` event. */
  traced(e: Entry, step: number, sent: unknown, kind: ResumeKind, got: unknown): void {
    this.log.resume(step, e.slot, sent, kind, got);
    if (this.listening) {
      // The ledger entry's keys in the order Task.record uses: step, task, op, sent, result.
      const result: ResumeResult = kind === 'yield' ? { kind, value: got } : kind === 'return' ? { kind, value: got } : { kind, error: got };
      this.tell({ type: 'resume', entry: { step, task: e.info.id, op: 'next', sent, result } });
    }
  }

  /** Warnings go to the monitors only; the CLI and the game decide where they are printed. */
  warn(message: string): void {
    const heard = this.monitors.warnings;
    for (let i = 0; i < heard.length; i++) heard[i]!.onWarn!(message);
  }
}
