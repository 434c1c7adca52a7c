import { defineEnemy, type Received } from '../core/protocol.ts';

/** メタルスライム: every blow does at most 1 damage — its generator decides — and it loves to run. */
export default defineEnemy({
  kind: 'metal-slime',
  name: { ja: 'メタルスライム', en: 'Metal Slime' },
  sprite: 'metal-slime',
  stats: { maxHp: 4, maxMp: 0, attack: [1, 3] },
  *create(hp, { rng }) {
    let got: Received = undefined;
    while (true) {
      if (got === undefined) {
        got = rng.chance(50) ? yield { hp, act: { kind: 'flee' } } : yield { hp, act: { kind: 'attack' } };
      } else {
        hp += got < 0 ? -1 : got; // metal: the engine sends -12, it takes 1
        if (hp <= 0) return 0;
        got = yield { hp };
      }
    }
  },
});
