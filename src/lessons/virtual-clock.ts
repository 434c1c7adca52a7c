// Chapter 6's event loop on a virtual clock: no timers, no wall time. `sleep(ms)` parks a task with
// its wake-up time; each step() either runs the task at the front of the ready queue until its
// next await, or, when nothing is ready, moves time to the earliest wake-up and queues that task.
// Same steps, same times, in Node and in every browser.

export interface SleepingTask {
  readonly id: number;
  readonly label: string;
  readonly wakeAt: number;
}

export interface ClockLine {
  readonly at: number;
  readonly text: string;
}

export type ClockStep = { readonly kind: 'ran'; readonly label: string } | { readonly kind: 'woke'; readonly label: string; readonly at: number } | { readonly kind: 'idle' };

interface Ready {
  readonly label: string;
  readonly run: () => void;
}

/** Lets every promise continuation that is already due run (a fixed count of microtask turns). */
async function drainMicrotasks(): Promise<void> {
  for (let i = 0; i < 64; i++) await Promise.resolve();
}

export class VirtualClock {
  now = 0;
  private nextId = 0;
  private readonly sleeping: (SleepingTask & { readonly wake: () => void })[] = [];
  private readonly ready: Ready[] = [];
  readonly lines: ClockLine[] = [];

  /** `await clock.sleep(10, 'hoimi')`: asyncio.sleep(10) on the virtual clock. */
  sleep(ms: number, label: string): Promise<void> {
    return new Promise((wake) => {
      this.sleeping.push({ id: this.nextId++, label, wakeAt: this.now + ms, wake });
    });
  }

  /** A new task in the ready queue (asyncio.run / create_task); it starts at its first step. */
  spawn(label: string, task: () => Promise<unknown>): void {
    this.ready.push({ label, run: () => void task() });
  }

  say(text: string): void {
    this.lines.push({ at: this.now, text });
  }

  /** The ready queue, front first. */
  queue(): readonly string[] {
    return this.ready.map((r) => r.label);
  }

  /** The sleeping tasks, the next to wake first (ties: the one that slept first). */
  sleepers(): readonly SleepingTask[] {
    return [...this.sleeping].sort((a, b) => a.wakeAt - b.wakeAt || a.id - b.id).map(({ id, label, wakeAt }) => ({ id, label, wakeAt }));
  }

  idle(): boolean {
    return this.ready.length === 0 && this.sleeping.length === 0;
  }

  async step(): Promise<ClockStep> {
    const job = this.ready.shift();
    if (job) {
      job.run();
      await drainMicrotasks();
      return { kind: 'ran', label: job.label };
    }
    const first = this.sleepers()[0];
    if (!first) return { kind: 'idle' };
    const i = this.sleeping.findIndex((s) => s.id === first.id);
    const [task] = this.sleeping.splice(i, 1);
    this.now = task!.wakeAt;
    this.ready.push({ label: task!.label, run: task!.wake });
    return { kind: 'woke', label: task!.label, at: this.now };
  }

  /** Steps until nothing is ready or sleeping (at most `limit` steps); returns the steps taken. */
  async runAll(limit = 1000): Promise<ClockStep[]> {
    const steps: ClockStep[] = [];
    while (!this.idle() && steps.length < limit) steps.push(await this.step());
    return steps;
  }
}
