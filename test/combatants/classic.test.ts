import { describe, expect, it } from 'vitest';
import { hpCounter } from '../../src/combatants/classic.ts';
import type { SaidLine } from '../../src/core/events.ts';

describe("hpCounter (the seed's coroutine_hp_counter)", () => {
  it('says its HP before every yield, takes damage and heals, and returns 0 at death', () => {
    const said: SaidLine[] = [];
    const g = hpCounter('スライム', 20, (l) => said.push(l));
    expect(g.next()).toEqual({ done: false, value: 20 });
    expect(g.next(-9)).toEqual({ done: false, value: 11 });
    expect(g.next(4)).toEqual({ done: false, value: 15 });
    expect(g.next(undefined)).toEqual({ done: false, value: 15 });
    expect(g.next(-15)).toEqual({ done: true, value: 0 });
    expect(said).toEqual([
      { key: 'hp', hp: 20 },
      { key: 'damage', amount: 9 },
      { key: 'hp', hp: 11 },
      { key: 'healed', amount: 4 },
      { key: 'hp', hp: 15 },
      { key: 'hp', hp: 15 },
      { key: 'damage', amount: 15 },
      { key: 'died' },
    ]);
  });

  it('treats 0 like None: nothing happens', () => {
    const g = hpCounter('ゆうしゃ', 100, () => {});
    g.next();
    expect(g.next(0)).toEqual({ done: false, value: 100 });
  });
});
