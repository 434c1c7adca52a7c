import { describe, expect, it } from 'vitest';
import type { BattleEvent } from '../../src/core/events.ts';
import metal from '../../src/combatants/metal-slime.ts';
import { autoBattle, context, eventsOf, loadTestRoster } from '../helpers.ts';

const roster = await loadTestRoster();
const hitsOnMetal = (events: readonly BattleEvent[]) => eventsOf(events, 'damage').filter((d) => d.target === 'metal-slime');

describe('メタルスライム', () => {
  it('takes at most 1 damage from any blow, but full healing', () => {
    const g = metal.create(4, context(metal));
    g.next();
    expect(g.next(-99).value).toEqual({ hp: 3 });
    expect(g.next(-1).value).toEqual({ hp: 2 });
    expect(g.next(2).value).toEqual({ hp: 4 });
  });

  it('loses exactly 1 HP per surviving hit in real battles, and flees in some of them', () => {
    let fledSomewhere = false;
    for (let seed = 0; seed < 30; seed++) {
      const { battle } = autoBattle(roster, ['metal-slime'], seed);
      for (const hit of hitsOnMetal(battle.events).filter((d) => d.hp > 0)) expect(hit.amount).toBe(1);
      fledSomewhere ||= eventsOf(battle.events, 'flee').some((f) => f.actor === 'metal-slime' && f.ok);
    }
    expect(fledSomewhere).toBe(true);
  });

  // Core bug: for a blow that kills, battle.ts emitDamage reports the amount *sent* (e.g. 10) instead of
  // the HP lost, so the transcript reads "メタルスライム は 10 のダメージ!" for a 1-HP metal slime.
  it('is never reported as taking more than 1 damage, even by the killing blow', () => {
    for (let seed = 0; seed < 30; seed++) {
      const { battle } = autoBattle(roster, ['metal-slime'], seed);
      for (const hit of hitsOnMetal(battle.events)) expect(hit.amount, `seed ${seed}`).toBeLessThanOrEqual(1);
    }
  });

  it("ends the battle 'escaped' when it gets away unbeaten", () => {
    const outcomes = new Set(Array.from({ length: 30 }, (_, seed) => autoBattle(roster, ['metal-slime'], seed).battle.outcome));
    expect(outcomes).toContain('escaped');
  });
});
