import { attack, cast, defineEnemy, hurtOrHeal, type Received } from '../core/kit.ts';

/** ゴーレム, the mid-boss of floor 4: it casts スカラ on itself (what is sent to it is halved) and hits hard. */
export default defineEnemy({
  name: { ja: 'ゴーレム', en: 'Golem' },
  boss: true,
  stats: { maxHp: 100, maxMp: 8, attack: [13, 18] },
  *create(hp, { stats, rng, self }) {
    let received: Received;
    let turns = 0;
    while (true) {
      if (received === undefined) {
        turns++;
        const act = turns % 4 === 2 ? cast('sukara', self) : rng.chance(25) ? attack({ hits: 2 }) : attack();
        received = yield { hp, act };
      } else received = yield { hp };
      hp = hurtOrHeal(hp, received, stats.maxHp);
      if (hp <= 0) return 0;
    }
  },
});
