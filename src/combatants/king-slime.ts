import { attack, cast, defineEnemy, hurtOrHeal, type Context, type EnemyStatus, type Received } from '../core/kit.ts';

/** A phase is a generator of its own that returns the boss's HP when the next phase should take over. */
type Phase = Generator<EnemyStatus, number, Received>;

/**
 * キングスライム, the boss. It delegates to one phase after another with `yield*` — the memo's
 * `yield from`: every send goes straight into the phase, and the phase's return value comes back here.
 */
export default defineEnemy({
  name: { ja: 'キングスライム', en: 'King Slime' },
  boss: true,
  stats: { maxHp: 58, maxMp: 3, attack: [8, 12] },
  *create(hp, ctx) {
    hp = yield* calm(hp, ctx);
    if (hp > 0) hp = yield* angry(hp, ctx);
    if (hp > 0) hp = yield* desperate(hp, ctx);
    return 0;
  },
});

/** Plain attacks until it drops below 60% HP. */
function* calm(hp: number, { stats }: Context): Phase {
  let received: Received = undefined;
  while (true) {
    received = yield received === undefined ? { hp, act: attack() } : { hp };
    if (received === undefined) continue;
    hp = hurtOrHeal(hp, received, stats.maxHp);
    if (hp <= 0 || hp < stats.maxHp * 0.6) return Math.max(0, hp);
  }
}

/** Casts ホイミ on itself once, then attacks; below 25% HP it hands over. */
function* angry(hp: number, { stats, self }: Context): Phase {
  let healed = false;
  let received: Received = yield { hp }; // answers the hit that woke it
  while (true) {
    if (received === undefined) {
      const act = healed ? attack() : cast('hoimi', self);
      healed = true;
      received = yield { hp, act };
      continue;
    }
    hp = hurtOrHeal(hp, received, stats.maxHp);
    if (hp <= 0 || hp < stats.maxHp * 0.25) return Math.max(0, hp);
    received = yield { hp };
  }
}

/** Strikes twice every turn until the end. */
function* desperate(hp: number, { stats }: Context): Phase {
  let received: Received = yield { hp };
  while (true) {
    if (received === undefined) {
      received = yield { hp, act: attack({ hits: 2 }) };
      continue;
    }
    hp = hurtOrHeal(hp, received, stats.maxHp);
    if (hp <= 0) return 0;
    received = yield { hp };
  }
}
