// One send into a coroutine as a step of its own, shared by the battle rule's actions and items.
import type { Entry, Fight, Settled } from './battle-state.ts';

export type Pause = 'step' | 'wait';

/**
 * Sends a value in as a step of its own: pauses first when this step already resumed someone.
 * A never-started coroutine is first started with next() in a step of its own.
 */
export function* send(f: Fight, e: Entry, value: unknown): Generator<Pause, Settled, void> {
  if (e.task.state === 'created' && value !== undefined) {
    const started = yield* send(f, e, undefined);
    if (started.kind !== 'status') return started;
    f.adopt(e, started.hp, started.mp);
  }
  if (f.resumedThisStep) yield 'step';
  // A send fork replaces the drawn damage or heal (the draw already happened, so later draws stay).
  return f.resume(e, f.sendForks === null ? value : f.sendForks.valueAt(f.steps + 1, value));
}

