import { describe, expect, it } from 'vitest';
import type { LedgerEntry } from '../../src/core/task.ts';
import { traceLine } from '../../src/core/trace.ts';

const entry = (e: Partial<LedgerEntry>): LedgerEntry => ({ step: 1, task: 'x', op: 'next', sent: undefined, result: { kind: 'yield', value: 1 }, ...e });

describe('traceLine', () => {
  it("writes a plain resume as the seed's next()", () => {
    expect(traceLine(entry({ result: { kind: 'yield', value: 100 } }), 'ゆうしゃ')).toBe('next(ゆうしゃ) → yield 100');
  });

  it('writes a resume with a value as send() and a death as StopIteration', () => {
    expect(traceLine(entry({ sent: -10, result: { kind: 'return', value: 0 } }), 'スライム')).toBe('スライム.send(-10) → return 0 (StopIteration)');
  });

  it('shows objects as JSON and commands as sent values', () => {
    expect(traceLine(entry({ sent: { kind: 'attack' }, result: { kind: 'yield', value: { hp: 3 } } }), 'Hero')).toBe(
      'Hero.send({"kind":"attack"}) → yield {"hp":3}',
    );
  });

  it('writes throws with the error name, and non-errors shown safely', () => {
    expect(traceLine(entry({ result: { kind: 'throw', error: new TypeError('bad') } }), 'Bat')).toBe('next(Bat) → throw TypeError: bad');
    expect(traceLine(entry({ result: { kind: 'throw', error: 'oops' } }), 'Bat')).toBe('next(Bat) → throw "oops"');
  });

  it('writes return() closes', () => {
    expect(traceLine(entry({ op: 'return', result: { kind: 'cancelled' } }), 'Bat')).toBe('Bat.return() → closed (cancelled)');
  });
});
