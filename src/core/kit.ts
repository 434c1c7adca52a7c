// The authoring kit: everything a monster file imports. Actions are plain data from small creators
// (like redux-saga's effects), so a monster never needs `as const`; hurtOrHeal is the one line
// that turns what the generator was sent into its new HP. The `yield` stays in the monster's file.
import type { Action, Received, SpellId } from './protocol.ts';

export { defineEnemy, defineHero } from './protocol.ts';
export type { Action, Command, Context, EnemyStatus, HeroReceived, ItemId, PartyStatus, Received, Restore, SpellId, Stats } from './protocol.ts';

type Of<K extends Action['kind']> = Extract<Action, { kind: K }>;

export interface AttackOptions {
  /** 2 strikes twice in one turn, like ドラキー. */
  readonly hits?: 1 | 2;
  /** A foe's id from `foes()`; left out, the engine picks the first living foe. */
  readonly target?: string;
  /** A poisoning blow (バブルスライム): a blow that lands may poison (the engine keeps it). */
  readonly poison?: true;
}

/** `attack()`: one blow at a foe, damage rolled from `stats.attack`. `attack({ hits: 2 })`: two blows. */
export function attack(options: AttackOptions = {}): Of<'attack'> {
  const { target, hits, poison } = options;
  return { kind: 'attack', ...(target !== undefined && { target }), ...(hits !== undefined && { hits }), ...(poison && { poison }) };
}

/** Halves the damage it takes until its next turn. */
export function defend(): Of<'defend'> {
  return { kind: 'defend' };
}

/** Does nothing this turn (ゴースト watching you). */
export function wait(): Of<'wait'> {
  return { kind: 'wait' };
}

/** Tries to run away. */
export function flee(): Of<'flee'> {
  return { kind: 'flee' };
}

/** `cast('hoimi', self)` heals itself; `cast('gira')` burns the foes. */
export function cast(spell: SpellId, target?: string): Of<'spell'> {
  return { kind: 'spell', spell, ...(target !== undefined && { target }) };
}

/**
 * The HP after what `next(received)` carried in, like the memo's `count -= damage` / `count += received`:
 * a negative number hurts, a positive one heals but never above `maxHp`, `undefined` (your turn) changes nothing.
 */
export function hurtOrHeal(hp: number, received: Received, maxHp: number): number {
  return received === undefined ? hp : Math.min(maxHp, hp + received);
}

