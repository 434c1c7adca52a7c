import { defineEnemy, type Context, type Received, type Status } from '../core/protocol.ts';

/** A phase is a generator of its own that returns the boss's HP when the next phase should take over. */
type Phase = Generator<Status, number, Received>;

/**
 * キングスライム, the boss. It delegates to one phase after another with `yield*` — the seed's
 * `yield from`: every send goes straight into the phase, and the phase's return value comes back here.
 */
export default defineEnemy({
  kind: 'king-slime',
  name: { ja: 'キングスライム', en: 'King Slime' },
  sprite: 'king-slime',
  boss: true,
  stats: { maxHp: 100, maxMp: 0, attack: [7, 11] },
  *create(hp, ctx) {
    hp = yield* calm(hp, ctx);
    if (hp > 0) hp = yield* angry(hp, ctx);
    if (hp > 0) hp = yield* desperate(hp, ctx);
    return 0;
  },
});

/** Plain attacks until it drops below 60% HP. */
function* calm(hp: number, { stats }: Context): Phase {
  let got: Received = undefined;
  while (true) {
    got = yield got === undefined ? { hp, act: { kind: 'attack' } } : { hp };
    if (got === undefined) continue;
    hp = Math.min(stats.maxHp, hp + got);
    if (hp <= 0 || hp < stats.maxHp * 0.6) return Math.max(0, hp);
  }
}

/** Casts ホイミ on itself once, then attacks; below 25% HP it hands over. */
function* angry(hp: number, { stats, self }: Context): Phase {
  let healed = false;
  let got: Received = yield { hp }; // answers the hit that woke it
  while (true) {
    if (got === undefined) {
      const act = healed ? { kind: 'attack' as const } : { kind: 'spell' as const, spell: 'hoimi' as const, target: self };
      healed = true;
      got = yield { hp, act };
      continue;
    }
    hp = Math.min(stats.maxHp, hp + got);
    if (hp <= 0 || hp < stats.maxHp * 0.25) return Math.max(0, hp);
    got = yield { hp };
  }
}

/** Strikes twice every turn until the end. */
function* desperate(hp: number, { stats }: Context): Phase {
  let got: Received = yield { hp };
  while (true) {
    if (got === undefined) {
      got = yield { hp, act: { kind: 'attack', hits: 2 } };
      continue;
    }
    hp = Math.min(stats.maxHp, hp + got);
    if (hp <= 0) return 0;
    got = yield { hp };
  }
}
