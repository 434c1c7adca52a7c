import { attack, cast, defineEnemy, hurtOrHeal, type Received } from '../core/kit.ts';

export default defineEnemy({
  name: { ja: 'まどうし', en: 'Magician' }, // opens with ラリホー (the party sleeps: turns skipped), then ギラ or its staff
  stats: { maxHp: 30, maxMp: 10, attack: [5, 8] },
  *create(hp, { stats, rng }) {
    let received: Received;
    let turns = 0;
    while (true) {
      if (received === undefined) {
        turns++;
        const act = turns % 3 === 1 ? cast('rarihoo') : rng.chance(40) ? cast('gira') : attack();
        received = yield { hp, act };
      } else received = yield { hp };
      hp = hurtOrHeal(hp, received, stats.maxHp);
      if (hp <= 0) return 0;
    }
  },
});
