import { attack, defineEnemy, hurtOrHeal, type Received } from '../core/kit.ts';

export default defineEnemy({
  name: { ja: 'バブルスライム', en: 'Bubble Slime' }, // its blow may poison: the engine then sends damage before each of your turns
  stats: { maxHp: 26, maxMp: 0, attack: [4, 7] },
  *create(hp, { stats }) {
    let received: Received;
    while (true) {
      received = yield received === undefined ? { hp, act: attack({ poison: true }) } : { hp };
      hp = hurtOrHeal(hp, received, stats.maxHp);
      if (hp <= 0) return 0;
    }
  },
});
