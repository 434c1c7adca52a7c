import { describe, expect, it } from 'vitest';
import type { Rng } from '../../src/core/rng.ts';
import { RULES, SPELLS, attackDamage, classicDamage, fleeSucceeds, halve, spellAmount } from '../../src/core/rules.ts';
import { createRng } from '../../src/core/rng.ts';
import { DEFAULT_SEED } from '../helpers.ts';

/** An Rng whose answers are scripted, so each rule can be checked at its edges. */
function scripted(ints: number[], chances: boolean[] = []): Rng {
  return {
    int: (min, max) => Math.min(max, Math.max(min, ints.shift() ?? min)),
    chance: () => chances.shift() ?? false,
    pick: (items) => items[0]!,
  };
}

const hero = { maxHp: 100, maxMp: 30, attack: [8, 14] as const };

describe('attackDamage', () => {
  it('rolls in the attacker range', () => {
    expect(attackDamage(scripted([11]), hero, true, false)).toEqual({ amount: 11, critical: false });
  });

  it('a critical hit is the maximum times the multiplier, and only when allowed', () => {
    expect(attackDamage(scripted([], [true]), hero, true, false)).toEqual({ amount: 14 * RULES.criticalMultiplier, critical: true });
    expect(attackDamage(scripted([9], [true]), hero, false, false).critical).toBe(false);
  });

  it('defending halves, rounding up so a hit is never zero', () => {
    expect(attackDamage(scripted([9]), hero, false, true).amount).toBe(5);
    expect(halve(1)).toBe(1);
    expect(halve(8)).toBe(4);
  });
});

describe('spells', () => {
  it('heal is not halved by defending, damage is', () => {
    expect(spellAmount(scripted([30]), SPELLS.hoimi, true)).toBe(30);
    expect(spellAmount(scripted([12]), SPELLS.gira, true)).toBe(6);
  });

  it('costs and reaches are what the UI and policy assume', () => {
    expect(SPELLS.hoimi).toMatchObject({ mp: 3, effect: 'heal', reach: 'ally' });
    expect(SPELLS.gira).toMatchObject({ mp: 5, effect: 'damage', reach: 'all-foes' });
  });
});

describe('fleeSucceeds', () => {
  it('asks the rng with the side percentage', () => {
    const asked: number[] = [];
    const rng: Rng = { int: () => 0, pick: (i) => i[0]!, chance: (p) => (asked.push(p), true) };
    fleeSucceeds(rng, 'hero');
    fleeSucceeds(rng, 'enemy');
    expect(asked).toEqual([RULES.heroFleePercent, RULES.enemyFleePercent]);
  });
});

describe('classicDamage', () => {
  it("is the seed's randint(-10, -5) as a positive amount", () => {
    const rng = createRng(DEFAULT_SEED);
    for (let i = 0; i < 300; i++) {
      const d = classicDamage(rng);
      expect(d).toBeGreaterThanOrEqual(5);
      expect(d).toBeLessThanOrEqual(10);
    }
  });
});
