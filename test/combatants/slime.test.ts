import { describe, expect, it } from 'vitest';
import slime from '../../src/combatants/slime.ts';
import { context } from '../helpers.ts';

describe('スライム', () => {
  it('attacks on each of its turns and answers each hit with its new HP', () => {
    const g = slime.create(20, context(slime));
    expect(g.next().value).toEqual({ hp: 20, act: { kind: 'attack' } });
    expect(g.next(-6).value).toEqual({ hp: 14 });
    expect(g.next().value).toEqual({ hp: 14, act: { kind: 'attack' } });
  });

  it('dies by returning 0, like the seed', () => {
    const g = slime.create(5, context(slime));
    g.next();
    expect(g.next(-9)).toEqual({ done: true, value: 0 });
  });
});
