import { defineEnemy, type Received } from '../core/protocol.ts';

/** ドラキー: weak bites, but two of them in one turn. */
export default defineEnemy({
  kind: 'bat',
  name: { ja: 'ドラキー', en: 'Dracky' },
  sprite: 'bat',
  stats: { maxHp: 18, maxMp: 0, attack: [3, 5] },
  *create(hp) {
    let got: Received = undefined;
    while (true) {
      if (got === undefined) {
        got = yield { hp, act: { kind: 'attack', hits: 2 } };
      } else {
        hp += got;
        if (hp <= 0) return 0;
        got = yield { hp };
      }
    }
  },
});
