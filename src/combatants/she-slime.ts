import { defineEnemy, type Received } from '../core/protocol.ts';

/** スライムベス: heals itself with ホイミ when it is hurt. */
export default defineEnemy({
  kind: 'she-slime',
  name: { ja: 'スライムベス', en: 'She-slime' },
  sprite: 'she-slime',
  stats: { maxHp: 22, maxMp: 0, attack: [4, 8] },
  *create(hp, { stats, rng, self }) {
    let got: Received = undefined;
    while (true) {
      if (got === undefined) {
        const hurt = hp < stats.maxHp / 2;
        got = hurt && rng.chance(60)
          ? yield { hp, act: { kind: 'spell', spell: 'hoimi', target: self } }
          : yield { hp, act: { kind: 'attack' } };
      } else {
        hp = Math.min(stats.maxHp, hp + got);
        if (hp <= 0) return 0;
        got = yield { hp };
      }
    }
  },
});
