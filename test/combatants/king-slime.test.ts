import { describe, expect, it } from 'vitest';
import king from '../../src/combatants/king-slime.ts';
import { autoBattle, context, loadTestRoster, nextStatus } from '../helpers.ts';

describe('キングスライム', () => {
  it('goes through its yield* phases: calm, angry (one ホイミ), desperate (double strikes)', () => {
    const g = king.create(100, context(king, 1, 'king-slime'));
    expect(g.next().value).toEqual({ hp: 100, act: { kind: 'attack' } }); // calm
    expect(g.next(-30).value).toEqual({ hp: 70 }); // still calm: 70% ≥ 60%
    expect(g.next(-15).value).toEqual({ hp: 55 }); // below 60%: angry answers the hit
    expect(g.next().value).toEqual({ hp: 55, act: { kind: 'spell', spell: 'hoimi', target: 'king-slime' } });
    expect(g.next(30).value).toEqual({ hp: 85 });
    expect(g.next().value).toEqual({ hp: 85, act: { kind: 'attack' } }); // healed once only
    expect(g.next(-40).value).toEqual({ hp: 45 });
    expect(nextStatus(g).act).toEqual({ kind: 'attack' }); // hurt again, still no second heal
    expect(g.next(-22).value).toEqual({ hp: 23 }); // below 25%: desperate
    expect(g.next().value).toEqual({ hp: 23, act: { kind: 'attack', hits: 2 } });
    expect(nextStatus(g).act).toEqual({ kind: 'attack', hits: 2 });
    expect(g.next(-23)).toEqual({ done: true, value: 0 });
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
