import { defineEnemy, type Received } from '../core/protocol.ts';

/** ゴースト: hits hard, but one turn in three it only watches you. */
export default defineEnemy({
  kind: 'ghost',
  name: { ja: 'ゴースト', en: 'Ghost' },
  sprite: 'ghost',
  stats: { maxHp: 24, maxMp: 0, attack: [6, 10] },
  *create(hp, { rng }) {
    let got: Received = undefined;
    while (true) {
      if (got === undefined) {
        got = rng.chance(33) ? yield { hp, act: { kind: 'wait' } } : yield { hp, act: { kind: 'attack' } };
      } else {
        hp += got;
        if (hp <= 0) return 'ghost returns to the shadows';
        got = yield { hp };
      }
    }
  },
});
