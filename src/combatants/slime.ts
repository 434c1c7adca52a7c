import { defineEnemy, type Received } from '../core/protocol.ts';

/** スライム: the seed's monster. It only ever attacks. */
export default defineEnemy({
  kind: 'slime',
  name: { ja: 'スライム', en: 'Slime' },
  sprite: 'slime',
  stats: { maxHp: 20, maxMp: 0, attack: [3, 6] },
  *create(hp) {
    let got: Received = undefined;
    while (true) {
      if (got === undefined) {
        got = yield { hp, act: { kind: 'attack' } }; // my turn
      } else {
        hp += got; //                                   a negative number hurts
        if (hp <= 0) return 0; //                        death is return, like the seed
        got = yield { hp };
      }
    }
  },
});
