import { attack, cast, defineEnemy, hurtOrHeal, type Received } from '../core/kit.ts';

export default defineEnemy({
  name: { ja: 'ホイミスライム', en: 'Healslime' }, // keeps its friends standing: スカラ on one, ホイミ on another
  stats: { maxHp: 28, maxMp: 12, attack: [3, 6] },
  *create(hp, { stats, rng, allies, self }) {
    let received: Received;
    while (true) {
      if (received === undefined) {
        const friends = allies().filter((id) => id !== self);
        const friend = friends[rng.int(0, Math.max(0, friends.length - 1))] ?? self;
        const act = rng.chance(35) ? cast('sukara', friend) : rng.chance(50) ? cast('hoimi', friend) : attack();
        received = yield { hp, act };
      } else received = yield { hp };
      hp = hurtOrHeal(hp, received, stats.maxHp);
      if (hp <= 0) return 0;
    }
  },
});
