import { describe, expect, it } from 'vitest';
import ghost from '../../src/combatants/ghost.ts';
import { context, nextStatus } from '../helpers.ts';

describe('ゴースト', () => {
  it('sometimes only watches, and otherwise attacks, decided by its own seeded stream', () => {
    const kinds = (seed: number) => {
      const g = ghost.create(24, context(ghost, seed));
      return Array.from({ length: 60 }, () => (nextStatus(g).act as { kind: string }).kind);
    };
    const turns = kinds(7);
    const waits = turns.filter((k) => k === 'wait').length;
    expect(new Set(turns)).toEqual(new Set(['wait', 'attack']));
    expect(waits).toBeGreaterThan(5); // about one turn in three
    expect(waits).toBeLessThan(40);
    expect(kinds(7)).toEqual(turns);
  });

  it('returns a farewell string when it dies', () => {
    const g = ghost.create(5, context(ghost));
    g.next();
    expect(g.next(-5)).toEqual({ done: true, value: 'ghost returns to the shadows' });
  });
});
