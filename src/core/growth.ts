// Growth: levels from experience, and what a level gives (more HP and MP, a harder blow, a new
// spell at some levels). Plain tables, no randomness: the same exp is always the same level.
import type { SpellId, Stats } from './protocol.ts';

/** The total experience each level needs: level n needs EXP_FOR_LEVEL[n - 1]. */
export const EXP_FOR_LEVEL: readonly number[] = [0, 10, 28, 55, 90, 140, 200, 280, 380, 500];
export const MAX_LEVEL = EXP_FOR_LEVEL.length;

export interface Growth {
  /** Added per level above 1. */
  readonly hp: number;
  readonly mp: number;
  readonly attack: number;
  /** The spells it knows, with the level each is learnt at. */
  readonly learns: readonly (readonly [level: number, spell: SpellId])[];
}

/** Per party kind; a kind not listed (a test's own hero) knows every spell and never grows. */
export const GROWTH: Readonly<Record<string, Growth>> = {
  hero: { hp: 9, mp: 2, attack: 2, learns: [[1, 'hoimi'], [1, 'gira'], [6, 'sukara']] },
  mage: { hp: 5, mp: 4, attack: 1, learns: [[1, 'gira'], [3, 'rarihoo']] },
  priest: { hp: 7, mp: 3, attack: 1, learns: [[1, 'hoimi'], [1, 'kiarii'], [6, 'sukara']] },
};

export function levelFor(exp: number): number {
  let level = 1;
  while (level < MAX_LEVEL && exp >= EXP_FOR_LEVEL[level]!) level++;
  return level;
}

/** A member's stats at a level: level 1 (or an unknown kind) is the file's own stats, unchanged. */
export function statsAt(kind: string, base: Stats, level = 1): Stats {
  const g = GROWTH[kind];
  if (!g || level <= 1) return base;
  const up = level - 1;
  return { maxHp: base.maxHp + g.hp * up, maxMp: base.maxMp + g.mp * up, attack: [base.attack[0] + g.attack * up, base.attack[1] + g.attack * up] };
}

/** The spells `kind` knows at `level`; null for a kind with no growth table (it may cast any). */
export function spellsOf(kind: string, level = 1): readonly SpellId[] | null {
  const g = GROWTH[kind];
  return g ? g.learns.filter(([at]) => at <= level).map(([, spell]) => spell) : null;
}

/** The spell learnt on reaching exactly `level`, if any. */
export function learntAt(kind: string, level: number): SpellId | undefined {
  return GROWTH[kind]?.learns.find(([at]) => at === level && at > 1)?.[1];
}

export const FOE_HP_PER_LEVEL = 0.2;
export const FOE_ATTACK_PER_LEVEL = 3;
/** Monsters on deeper floors are stronger: each foe level above 1 adds 20 % HP and 3 to each blow. */
export function foeStats(base: Stats, level = 1): Stats {
  if (level <= 1) return base;
  const up = level - 1;
  return { maxHp: Math.round(base.maxHp * (1 + FOE_HP_PER_LEVEL * up)), maxMp: base.maxMp, attack: [base.attack[0] + FOE_ATTACK_PER_LEVEL * up, base.attack[1] + FOE_ATTACK_PER_LEVEL * up] };
}
