// A monster is one file: copy this to src/combatants/<kind>.ts (no leading underscore), rename
// `kind` to match the file name, and save. `npm run dev` picks it up; try it headless with
// `npm run sim -- --enemy <kind> --seed 7 --trace`. Files starting with `_` are ignored.
import { defineEnemy, type Received } from '../core/protocol.ts';

export default defineEnemy({
  kind: 'template', //                           must equal the file name without .ts
  name: { ja: 'テンプレート', en: 'Template' }, //  what the battle window calls it
  sprite: 'slime', //                            a key from assets/sprites
  stats: { maxHp: 20, maxMp: 0, attack: [3, 6] }, // the engine rolls attack damage in this range
  *create(hp, { rng }) {
    // `hp` is yours: a local variable, like `count` in the seed. The engine never writes it.
    let got: Received = undefined;
    while (true) {
      if (got === undefined) {
        // Your turn: yield your status and what you want to do.
        const act = rng.chance(25) ? { kind: 'defend' as const } : { kind: 'attack' as const };
        got = yield { hp, act };
      } else {
        // Hit (negative) or healed (positive), out of your turn: yield your new status.
        hp += got;
        if (hp <= 0) return 0; // death is return; the value shows as `return 0` in the overlay
        got = yield { hp };
      }
    }
  },
});
