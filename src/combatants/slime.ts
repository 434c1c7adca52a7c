import { attack, defineEnemy, hurtOrHeal, type Received } from '../core/kit.ts';

export default defineEnemy({
  name: { ja: 'スライム', en: 'Slime' }, // the memo's monster. It only ever attacks
  stats: { maxHp: 20, maxMp: 0, attack: [3, 6] },
  *create(hp, { stats }) {
    let received: Received; // undefined: my turn; a number: hurt (< 0) or healed (> 0)
    while (true) {
      received = yield received === undefined ? { hp, act: attack() } : { hp };
      hp = hurtOrHeal(hp, received, stats.maxHp);
      if (hp <= 0) return 0; // death is return, like the memo's `return 0`
    }
  },
});
