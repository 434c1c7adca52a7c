import { attack, cast, defineEnemy, hurtOrHeal, type Received } from '../core/kit.ts';

export default defineEnemy({
  name: { ja: 'スライムベス', en: 'She-slime' }, // heals itself with ホイミ when it is hurt
  stats: { maxHp: 22, maxMp: 6, attack: [4, 8] },
  *create(hp, { stats, rng, self }) {
    let received: Received;
    while (true) {
      const heal = received === undefined && hp < stats.maxHp / 2 && rng.chance(60);
      received = yield received === undefined ? { hp, act: heal ? cast('hoimi', self) : attack() } : { hp };
      hp = hurtOrHeal(hp, received, stats.maxHp);
      if (hp <= 0) return 0;
    }
  },
});
