// Each side's part of the run queue, in the same order, so the first living foe is found in O(1).
// Made from the run queue the first time a rule asks (the classic rule never does), then kept in
// step with it. Both may hold entries that left (`queued` false); every reader skips those.
import type { Entry } from './battle-entry.ts';
import type { Side } from './protocol.ts';
import { RunQueue } from './queue.ts';

export class SideQueues {
  private hero: RunQueue<Entry> | null = null;
  private enemy: RunQueue<Entry> | null = null;

  constructor(private readonly queue: RunQueue<Entry>) {}

  push(e: Entry): void {
    if (this.hero !== null) (e.info.side === 'hero' ? this.hero : this.enemy!).push(e);
  }

  /** `t` was just taken from the front of the run queue: its side's queue drops it and any ahead of it that left. */
  popTo(t: Entry): void {
    if (this.hero === null) return;
    const own = t.info.side === 'hero' ? this.hero : this.enemy!;
    while (own.shift() !== t) {
      /* the ones ahead of it on its side left the battle */
    }
  }

  of(side: Side): RunQueue<Entry> {
    if (this.hero === null) {
      const hero = new RunQueue<Entry>();
      const enemy = new RunQueue<Entry>();
      this.queue.forEach((e) => {
        if (e.queued) (e.info.side === 'hero' ? hero : enemy).push(e);
      });
      this.hero = hero;
      this.enemy = enemy;
    }
    return side === 'hero' ? this.hero : this.enemy!;
  }
}
