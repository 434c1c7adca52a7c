import { attack, defineEnemy, flee, hurtOrHeal, type Received } from '../core/kit.ts';

export default defineEnemy({
  name: { ja: 'メタルスライム', en: 'Metal Slime' }, // at most 1 damage per blow (its own code decides); it loves to run
  stats: { maxHp: 4, maxMp: 0, attack: [1, 3] },
  *create(hp, { stats, rng }) {
    let received: Received;
    while (true) {
      received = yield received === undefined ? { hp, act: rng.chance(50) ? flee() : attack() } : { hp };
      hp = hurtOrHeal(hp, received && Math.max(received, -1), stats.maxHp); // sent -12, it takes 1
      if (hp <= 0) return 0;
    }
  },
});
