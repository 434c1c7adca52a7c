// Status effects as scheduler facts. The engine, not the generator, keeps them (Entry.effects):
// ねむり keeps a coroutine in the queue but gives it no turn resume; どく sends damage before its
// turn (two sends in one turn); スカラ halves what is sent, like ぼうぎょ. Each rule draws from the
// rules stream only when its effect occurs, so a battle without them replays as it always did.
import type { Effects, Entry, Fight, Settled } from './battle-state.ts';
import type { EffectName } from './events.ts';

/** Percent chances, and the turns a guard lasts. */
export const EFFECT_RULES = {
  /** ラリホー puts each foe to sleep with this chance (a boss never sleeps). */
  sleepPercent: 70,
  /** Each hit a sleeper takes wakes it with this chance. */
  wakePercent: 50,
  /** A poisoning attack poisons with this chance when it lands on someone not yet poisoned. */
  poisonPercent: 50,
  /** Poison takes this fraction of max HP (at least 1) before each of the victim's turns. */
  poisonDivisor: 8,
} as const;

function effectsOf(e: Entry): Effects {
  return (e.effects ??= { sleep: 0, poison: false, guard: 0 });
}

function tellEffect(f: Fight, target: Entry, effect: EffectName, on: boolean, source: string, turns?: number): void {
  f.emit(turns === undefined ? { type: 'effect', target: target.info.id, effect, on, source } : { type: 'effect', target: target.info.id, effect, on, source, turns });
}

/** ラリホー on one target: nothing drawn for a boss or one already asleep. */
export function trySleep(f: Fight, by: Entry, target: Entry, turns: readonly [number, number]): void {
  if (target.info.boss || (target.effects !== null && target.effects.sleep > 0)) return;
  if (!f.rules.chance(EFFECT_RULES.sleepPercent)) return;
  const n = f.rules.int(turns[0], turns[1]);
  effectsOf(target).sleep = n;
  tellEffect(f, target, 'sleep', true, by.info.id, n);
}

/** A poisoning blow that landed: a draw only when the target is not poisoned yet. */
export function tryPoison(f: Fight, by: Entry, target: Entry): void {
  if (target.effects !== null && target.effects.poison) return;
  if (!f.rules.chance(EFFECT_RULES.poisonPercent)) return;
  effectsOf(target).poison = true;
  tellEffect(f, target, 'poison', true, by.info.id);
}

/** キアリー or どくけしそう. */
export function curePoison(f: Fight, by: Entry, target: Entry): void {
  if (target.effects === null || !target.effects.poison) return;
  target.effects.poison = false;
  tellEffect(f, target, 'poison', false, by.info.id);
}

/** スカラ: halves what is sent to it for `turns` of its turns. */
export function guard(f: Fight, by: Entry, target: Entry, turns: number): void {
  effectsOf(target).guard = turns;
  tellEffect(f, target, 'guard', true, by.info.id, turns);
}

/** ぼうぎょ or スカラ: what is sent to it is halved. */
export function isGuarded(e: Entry): boolean {
  return e.defending || (e.effects !== null && e.effects.guard > 0);
}

/** After a hit that a sleeper lived through: it wakes with 50 % (drawn only when it is asleep). */
export function hitWhileAsleep(f: Fight, target: Entry, g: Settled): void {
  const x = target.effects;
  if (x === null || x.sleep === 0 || g.kind !== 'status') return;
  if (!f.rules.chance(EFFECT_RULES.wakePercent)) return;
  x.sleep = 0;
  tellEffect(f, target, 'sleep', false, 'hit');
}

/** Poison's damage, before the turn resume: 1/8 of max HP, at least 1. */
export function poisonDamage(e: Entry): number {
  return Math.max(1, Math.floor(e.info.maxHp / EFFECT_RULES.poisonDivisor));
}

/**
 * At the top of its turn, once poison (if any) was sent: a guard counts down, and a sleeper's
 * turn is skipped (`skipTurn`), waking it when its sleep runs out. true when the turn goes on.
 */
export function turnGoesOn(f: Fight, t: Entry, x: Effects): boolean {
  if (x.guard > 0 && --x.guard === 0) tellEffect(f, t, 'guard', false, t.info.id);
  if (x.sleep === 0) return true;
  f.emit({ type: 'skipTurn', actor: t.info.id, effect: 'sleep' });
  if (--x.sleep === 0) tellEffect(f, t, 'sleep', false, t.info.id);
  return false;
}
