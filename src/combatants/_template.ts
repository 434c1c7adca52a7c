// A monster is one file: copy this to src/combatants/<kind>.ts (no leading underscore) and save.
// The file name is its kind, and its art is assets/sprites/<kind>.png unless you set `sprite`.
// `npm run dev` picks it up; try it headless with `npm run sim -- --enemy <kind> --seed 7 --trace`.
// Files starting with `_` are ignored.
import { attack, defend, defineEnemy, hurtOrHeal, type Received } from '../core/kit.ts';

export default defineEnemy({
  name: { ja: 'テンプレート', en: 'Template' }, //  what the battle window calls it
  sprite: 'slime', //                            a key from assets/sprites (left out: the file name)
  stats: { maxHp: 20, maxMp: 0, attack: [3, 6] }, // the engine rolls attack damage in this range
  *create(hp, { stats, rng }) {
    // `hp` is yours: a local variable, like `count` in the memo. The engine never writes it.
    let received: Received; // undefined: your turn; a number: hurt (< 0) or healed (> 0)
    while (true) {
      // On your turn yield your status and what you do; otherwise just your new HP.
      received = yield received === undefined ? { hp, act: rng.chance(25) ? defend() : attack() } : { hp };
      hp = hurtOrHeal(hp, received, stats.maxHp); // healing stops at maxHp
      if (hp <= 0) return 0; // death is return; the value shows as `return 0` in the overlay
    }
  },
});
