// Chapter 6's challenge: a coroutine written as a generator, driven by the event loop. It yields
// what it waits for, `{ sleep: 10, spell: 'hoimi' }` or `{ all: [...] }`, and the driver awaits
// that on the virtual clock and resumes it: exactly what `await` does for an async function.
import type { VirtualClock } from './virtual-clock.ts';

export type Wait = { readonly sleep: number; readonly spell: string } | { readonly all: readonly Wait[] };

/** Waits on the clock for one yielded request; anything else is a clear error. */
export async function perform(clock: VirtualClock, wait: unknown): Promise<void> {
  const w = wait as Record<string, unknown> | null;
  if (w && Array.isArray(w.all)) {
    await Promise.all(w.all.map((inner) => perform(clock, inner)));
  } else if (w && typeof w.sleep === 'number' && w.sleep >= 0 && w.sleep <= 1000 && typeof w.spell === 'string') {
    clock.say(`${w.spell}: start`);
    await clock.sleep(w.sleep, w.spell);
    clock.say(`${w.spell}: done`);
  } else {
    throw new TypeError(`yield { sleep: 10, spell: 'hoimi' } or { all: [ … ] }, not ${JSON.stringify(wait)}`);
  }
}

/** The event loop's side of `await`: resume the generator with nothing until it returns. */
export async function drivePlan(clock: VirtualClock, plan: Iterator<unknown, unknown, unknown>): Promise<void> {
  for (let r = plan.next(); r.done !== true; r = plan.next()) await perform(clock, r.value);
}
