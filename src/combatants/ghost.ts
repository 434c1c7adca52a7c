import { attack, defineEnemy, hurtOrHeal, wait, type Received } from '../core/kit.ts';

export default defineEnemy({
  name: { ja: 'ゴースト', en: 'Ghost' }, // hits hard, but one turn in three it only watches you
  stats: { maxHp: 24, maxMp: 0, attack: [6, 10] },
  *create(hp, { stats, rng }) {
    let received: Received;
    while (true) {
      received = yield received === undefined ? { hp, act: rng.chance(33) ? wait() : attack() } : { hp };
      hp = hurtOrHeal(hp, received, stats.maxHp);
      if (hp <= 0) return 'ghost returns to the shadows';
    }
  },
});
