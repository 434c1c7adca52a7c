import { describe, expect, it, vi } from 'vitest';
import { ReentrantResumeError, Task, ZOMBIE_RETURN_LIMIT, type TaskState } from '../../src/core/task.ts';

function* counter(): Generator<number, string, number | undefined> {
  let n = 0;
  while (n < 3) {
    const got = yield n;
    n += got ?? 1;
  }
  return 'done';
}

function track<Y, R, S>(gen: Generator<Y, R, S>) {
  const states: TaskState[] = [];
  const warnings: string[] = [];
  const task = new Task('c', 'Counter', gen, {
    onState: (_t, _from, to) => states.push(to),
    onWarn: (_t, m) => warnings.push(m),
  });
  return { task, states, warnings };
}

describe('Task states', () => {
  it('goes created → running → suspended … → closed and records the return value', () => {
    const { task, states } = track(counter());
    expect(task.state).toBe('created');
    expect(task.resume(undefined, 1)).toEqual({ kind: 'yield', value: 0 });
    expect(task.state).toBe('suspended');
    task.resume(undefined, 2);
    task.resume(1, 3);
    expect(task.resume(1, 4)).toEqual({ kind: 'return', value: 'done' });
    expect(task.state).toBe('closed');
    expect(task.returned).toBe('done');
    expect(task.alive).toBe(false);
    expect(states).toEqual(['running', 'suspended', 'running', 'suspended', 'running', 'suspended', 'running', 'closed']);
    expect(task.ledger!.map((e) => e.sent)).toEqual([undefined, undefined, 1, 1]);
  });

  it('catches what the generator throws and ends errored', () => {
    const { task } = track(
      (function* () {
        yield 1;
        throw new RangeError('bad');
      })(),
    );
    task.resume(undefined, 1);
    const r = task.resume(undefined, 2);
    expect(r.kind).toBe('throw');
    expect(task.state).toBe('errored');
    expect((task.error as Error).message).toBe('bad');
  });

  it('refuses to resume a finished coroutine', () => {
    const { task } = track(counter());
    task.cancel(1);
    expect(() => task.resume(undefined, 2)).toThrow(/cancelled: a finished coroutine cannot be resumed/);
  });

  it('keeps no ledger when asked not to, but still reports each resume', () => {
    const onResume = vi.fn();
    const task = new Task('c', 'Counter', counter(), { onResume }, false);
    task.resume(undefined, 1);
    expect(task.ledger).toBeNull();
    expect(onResume).toHaveBeenCalledTimes(1);
  });
});

describe('sending into an unstarted generator', () => {
  // JavaScript silently drops the first next(value); Python raises. The wrapper must say so.
  it('warns through the monitor and the value is lost', () => {
    const { task, warnings } = track(counter());
    expect(task.resume(5, 1)).toEqual({ kind: 'yield', value: 0 });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/Counter was sent 5 before it started/);
    task.resume(undefined, 2);
    expect(task.lastYielded).toBe(1);
  });

  it('does not warn for a plain start', () => {
    const { task, warnings } = track(counter());
    task.resume(undefined, 1);
    expect(warnings).toEqual([]);
  });
});

describe('re-entrancy', () => {
  it('a generator resuming its own task gets ReentrantResumeError', () => {
    let caught: unknown;
    let task!: Task;
    task = new Task(
      'r',
      'Recursive',
      (function* () {
        try {
          task.resume(undefined, 99);
        } catch (e) {
          caught = e;
        }
        yield 1;
      })(),
    );
    task.resume(undefined, 1);
    expect(caught).toBeInstanceOf(ReentrantResumeError);
    expect((caught as Error).message).toMatch(/Recursive is already running/);
    expect(task.state).toBe('suspended');
  });

  it('an uncaught re-entrant resume ends the task errored instead of escaping', () => {
    let task!: Task;
    task = new Task(
      'r',
      'Recursive',
      (function* () {
        task.resume(undefined, 99);
        yield 1;
      })(),
    );
    expect(task.resume(undefined, 1).kind).toBe('throw');
    expect(task.error).toBeInstanceOf(ReentrantResumeError);
  });

  it('cancel from inside its own resume is refused', () => {
    let caught: unknown;
    let task!: Task;
    task = new Task(
      'r',
      'Recursive',
      (function* () {
        try {
          task.cancel(1);
        } catch (e) {
          caught = e;
        }
        yield 1;
      })(),
    );
    task.resume(undefined, 1);
    expect(caught).toBeInstanceOf(ReentrantResumeError);
  });
});

describe('cancel', () => {
  it('runs the finally of a started generator and ends cancelled', () => {
    let cleaned = false;
    const { task } = track(
      (function* () {
        try {
          for (;;) yield 1;
        } finally {
          cleaned = true;
        }
      })(),
    );
    task.resume(undefined, 1);
    task.cancel(2);
    expect(cleaned).toBe(true);
    expect(task.state).toBe('cancelled');
    expect(task.ledger!.at(-1)).toMatchObject({ op: 'return', result: { kind: 'cancelled' } });
  });

  it('an unstarted generator is cancelled without entering its body', () => {
    let entered = false;
    const { task } = track(
      (function* () {
        entered = true;
        yield 1;
      })(),
    );
    task.cancel(1);
    expect(entered).toBe(false);
    expect(task.state).toBe('cancelled');
  });

  it('with a reason it ends errored with that reason', () => {
    const { task } = track(counter());
    task.resume(undefined, 1);
    task.cancel(2, 'lost');
    expect(task.state).toBe('errored');
    expect(task.error).toBe('lost');
  });

  it('a finally that throws makes the task errored with that error', () => {
    const { task } = track(
      (function* () {
        try {
          yield 1;
        } finally {
          // eslint-disable-next-line no-unsafe-finally
          throw new Error('cleanup failed');
        }
      })(),
    );
    task.resume(undefined, 1);
    task.cancel(2);
    expect(task.state).toBe('errored');
    expect((task.error as Error).message).toBe('cleanup failed');
  });

  it('a zombie that yields from finally is dropped as errored after ZOMBIE_RETURN_LIMIT tries', () => {
    let finallyYields = 0;
    const { task } = track(
      (function* () {
        try {
          yield 'alive';
        } finally {
          for (;;) {
            try {
              finallyYields++;
              yield 'undead';
            } finally {
              // eslint-disable-next-line no-unsafe-finally
              continue;
            }
          }
        }
      })(),
    );
    task.resume(undefined, 1);
    task.cancel(2);
    expect(task.state).toBe('errored');
    expect((task.error as Error).message).toMatch(new RegExp(`after ${ZOMBIE_RETURN_LIMIT} return\\(\\) calls \\(zombie coroutine\\)`));
    expect(finallyYields).toBeGreaterThanOrEqual(ZOMBIE_RETURN_LIMIT);
    expect(task.ledger!.at(-1)!.result.kind).toBe('throw');
  });
});

describe('fail', () => {
  it('marks a suspended task errored and still lets its finally run', () => {
    let cleaned = false;
    const { task } = track(
      (function* () {
        try {
          yield 1;
        } finally {
          cleaned = true;
        }
      })(),
    );
    task.resume(undefined, 1);
    task.fail(new Error('malformed'), 2);
    expect(task.state).toBe('errored');
    expect(cleaned).toBe(true);
  });
});
