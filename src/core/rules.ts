// Battle rules, all in one place and small on purpose.
import type { Rng } from './rng.ts';
import type { LocalText, SpellId, Stats } from './protocol.ts';

export interface Spell {
  readonly id: SpellId;
  readonly name: LocalText;
  readonly mp: number;
  /** heal/damage send a number; sleep, cure (poison) and guard are effects the engine keeps. */
  readonly effect: 'heal' | 'damage' | 'sleep' | 'cure' | 'guard';
  /** Who it reaches by default: one ally, or every living foe. */
  readonly reach: 'ally' | 'all-foes';
  /** HP sent for heal/damage; for sleep and guard the turns it lasts (sleep draws them). */
  readonly power: readonly [number, number];
}

export const SPELLS: Readonly<Record<SpellId, Spell>> = {
  hoimi: { id: 'hoimi', name: { ja: 'ホイミ', en: 'Heal' }, mp: 3, effect: 'heal', reach: 'ally', power: [25, 35] },
  gira: { id: 'gira', name: { ja: 'ギラ', en: 'Sizz' }, mp: 5, effect: 'damage', reach: 'all-foes', power: [8, 13] },
  rarihoo: { id: 'rarihoo', name: { ja: 'ラリホー', en: 'Snooze' }, mp: 3, effect: 'sleep', reach: 'all-foes', power: [1, 3] },
  kiarii: { id: 'kiarii', name: { ja: 'キアリー', en: 'Squelch' }, mp: 2, effect: 'cure', reach: 'ally', power: [0, 0] },
  sukara: { id: 'sukara', name: { ja: 'スカラ', en: 'Kabuff' }, mp: 2, effect: 'guard', reach: 'ally', power: [3, 3] },
};

export const RULES = {
  /** Percent chance that a hero's attack is a critical hit (かいしんの いちげき). */
  criticalPercent: 6,
  criticalMultiplier: 2,
  /** Percent chance that fleeing works, for the hero and for a monster. */
  heroFleePercent: 55,
  enemyFleePercent: 60,
  /** An attack may strike at most this many times in one turn (a bat strikes twice). */
  maxHits: 2,
  /** Resumes before a battle is called a draw. */
  maxSteps: 2000,
} as const;

export interface Hit {
  readonly amount: number;
  readonly critical: boolean;
}

export function attackDamage(rng: Rng, attacker: Stats, canCrit: boolean, defending: boolean): Hit {
  const [min, max] = attacker.attack;
  const critical = canCrit && rng.chance(RULES.criticalPercent);
  const rolled = critical ? max * RULES.criticalMultiplier : rng.int(min, max);
  return { amount: defending ? halve(rolled) : rolled, critical };
}

export function spellAmount(rng: Rng, spell: Spell, defending: boolean): number {
  const rolled = rng.int(spell.power[0], spell.power[1]);
  return spell.effect === 'damage' && defending ? halve(rolled) : rolled;
}

/** Defending halves damage, rounded up so a hit is never nothing. */
export function halve(amount: number): number {
  return Math.ceil(amount / 2);
}

export function fleeSucceeds(rng: Rng, side: 'hero' | 'enemy'): boolean {
  return rng.chance(side === 'hero' ? RULES.heroFleePercent : RULES.enemyFleePercent);
}

/** The classic turn's draw: the seed's `random.randint(-10, -5)`, as a positive amount. */
export function classicDamage(rng: Rng): number {
  return rng.int(5, 10);
}
