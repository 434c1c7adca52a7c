import { describe, expect, it } from 'vitest';
import king from '../../src/combatants/king-slime.ts';
import { autoBattle, context, loadTestRoster, nextStatus } from '../helpers.ts';

describe('キングスライム', () => {
  it('goes through its yield* phases: calm, angry (one ホイミ), desperate (double strikes)', () => {
    // Retuned for issue 14 (a shorter boss fight): 58 HP, so calm ends below 34.8 and angry below 14.5.
    const g = king.create(58, context(king, 1, 'king-slime'));
    expect(g.next().value).toEqual({ hp: 58, act: { kind: 'attack' } }); // calm
    expect(g.next(-18).value).toEqual({ hp: 40 }); // still calm: 40 ≥ 60% of 58
    expect(g.next(-8).value).toEqual({ hp: 32 }); // below 60%: angry answers the hit
    expect(g.next().value).toEqual({ hp: 32, act: { kind: 'spell', spell: 'hoimi', target: 'king-slime' } });
    expect(g.next(20).value).toEqual({ hp: 52 });
    expect(g.next().value).toEqual({ hp: 52, act: { kind: 'attack' } }); // healed once only
    expect(g.next(-25).value).toEqual({ hp: 27 });
    expect(nextStatus(g).act).toEqual({ kind: 'attack' }); // hurt again, still no second heal
    expect(g.next(-14).value).toEqual({ hp: 13 }); // below 25%: desperate
    expect(g.next().value).toEqual({ hp: 13, act: { kind: 'attack', hits: 2 } });
    expect(nextStatus(g).act).toEqual({ kind: 'attack', hits: 2 });
    expect(g.next(-13)).toEqual({ done: true, value: 0 });
  });

  it('a blow that kills it in the calm phase skips the other phases', () => {
    const g = king.create(100, context(king));
    g.next();
    expect(g.next(-150)).toEqual({ done: true, value: 0 });
  });

  it('is a boss the hero can fight to the end in a real battle', async () => {
    const { battle } = autoBattle(await loadTestRoster(), ['king-slime']);
    expect(['victory', 'defeat']).toContain(battle.outcome);
    expect(battle.snapshot().combatants.find((c) => c.id === 'king-slime')!.boss).toBe(true);
  });
});
