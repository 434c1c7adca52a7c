// Where each coroutine is suspended, and how long it has run without yielding.
// The combatant transform (scripts/combatant-transform.ts) inserts calls to these at build time;
// uninstrumented code simply never calls them.

export interface Frame {
  /** `slime.ts`, or the delegated generator's name for a `yield*` frame. */
  readonly file: string;
  readonly line: number;
  readonly label?: string;
}

/** What one coroutine's instrumentation records while it runs. */
export class SiteRecord {
  /** The `yield*` delegations it is inside, outermost first (King Slime → phase 2). */
  readonly stack: Frame[] = [];
  /** The `yield` line it last stopped at. */
  at: Frame | null = null;
  iterations = 0;
}

/** A loop that runs this many iterations without a yield is taken for an infinite loop. */
export const LOOP_LIMIT = 100_000;

export class NoYieldError extends Error {
  constructor(file: string, line: number) {
    super(`did not yield within ${LOOP_LIMIT} iterations (loop at ${file}:${line}); a combatant must yield every turn`);
    this.name = 'NoYieldError';
  }
}

// Only one coroutine runs at a time (the scheduler is not re-entrant), so one slot is enough.
let active: SiteRecord | null = null;

/** Called by the Task wrapper around each resume. */
export function enter(record: SiteRecord): SiteRecord | null {
  const previous = active;
  active = record;
  return previous;
}

export function leave(previous: SiteRecord | null): void {
  active = previous;
}

/** `yield at(file, line, value)`: notes the line, resets the loop guard, passes the value through. */
export function at<T>(file: string, line: number, value: T): T {
  if (active) {
    // Frames are never changed, so one stays in place while the coroutine yields at the same line:
    // a yield in a loop allocates nothing.
    const was = active.at;
    if (was === null || was.line !== line || was.file !== file || was.label !== undefined) active.at = { file, line };
    active.iterations = 0;
  }
  return value;
}

/** Inserted at the top of every loop body in src/combatants. Counts iterations, never time. */
export function guard(file: string, line: number): void {
  if (active && ++active.iterations > LOOP_LIMIT) throw new NoYieldError(file, line);
}

/** `yield* delegate(file, line, label, inner)`: keeps the delegation stack for the overlay. */
export function* delegate<Y, R, N>(file: string, line: number, label: string, inner: Generator<Y, R, N>): Generator<Y, R, N> {
  const frame = { file, line, label };
  active?.stack.push(frame);
  const owner = active;
  try {
    return yield* inner;
  } finally {
    const i = owner ? owner.stack.lastIndexOf(frame) : -1;
    if (owner && i >= 0) owner.stack.splice(i, 1);
  }
}
