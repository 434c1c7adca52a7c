import { attack, defineEnemy, hurtOrHeal, type Received } from '../core/kit.ts';

export default defineEnemy({
  name: { ja: 'ドラキー', en: 'Dracky' }, // weak bites, but two of them in one turn
  stats: { maxHp: 18, maxMp: 0, attack: [3, 5] },
  *create(hp, { stats }) {
    let received: Received;
    while (true) {
      received = yield received === undefined ? { hp, act: attack({ hits: 2 }) } : { hp };
      hp = hurtOrHeal(hp, received, stats.maxHp);
      if (hp <= 0) return 0;
    }
  },
});
