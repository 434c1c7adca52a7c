import { describe, expect, it } from 'vitest';
import type { CombatantView } from '../../../src/core/battle-types';
import { faultMark } from '../../../src/game/playground/fault-mark';
import { whereInStack } from '../../../src/game/playground/sandbox-runtime';

const view = (over: Partial<CombatantView>): CombatantView => ({ id: 'slime', kind: 'slime', error: null, at: null, stack: [], ...over }) as unknown as CombatantView;

describe('fault mark', () => {
  it('is nothing while the open file has not faulted', () => {
    expect(faultMark([view({})], 'slime.ts')).toBeNull();
    expect(faultMark([view({ kind: 'bat', id: 'bat', error: 'boom' })], 'slime.ts')).toBeNull();
  });

  it('takes the line the message names', () => {
    expect(faultMark([view({ error: 'ReferenceError at slime.ts:12:5' })], 'slime.ts')).toEqual({ line: 12, column: 5, message: 'ReferenceError at slime.ts:12:5' });
    expect(faultMark([view({ error: 'did not yield within 100000 iterations at line 9' })], 'slime.ts')).toMatchObject({ line: 9, column: 1 });
  });

  it('else the yield it last resumed from, the innermost in this file', () => {
    const at = { file: 'slime.ts', line: 8 };
    expect(faultMark([view({ error: "'fetch' is not defined", at })], 'slime.ts')).toMatchObject({ line: 8 });
    const stack = [{ file: 'king-slime.ts', line: 20, label: 'phase2' }];
    expect(faultMark([view({ kind: 'king-slime', error: 'x', at: { file: 'phase2', line: 3 }, stack })], 'king-slime.ts')).toMatchObject({ line: 20 });
    expect(faultMark([view({ error: 'x' })], 'slime.ts')).toMatchObject({ line: 1 });
  });

  it("a sandbox error names the player's line from the QuickJS stack", () => {
    const stack = "ReferenceError: 'fetch' is not defined\n    at create (src/combatants/slime.ts:11:37)\n    at next (native)\n    at call (bridge.js:43:39)\n";
    expect(whereInStack(stack)).toBe(' (at slime.ts:11:37)');
    expect(whereInStack('    at call (bridge.js:43:39)')).toBe('');
    expect(whereInStack(undefined)).toBe('');
    const message = `Slime (スライム) threw ReferenceError: 'fetch' is not defined${whereInStack(stack)}`;
    expect(faultMark([view({ error: message, at: { file: 'slime.ts', line: 9 } })], 'slime.ts')).toMatchObject({ line: 11, column: 37 });
  });
});
