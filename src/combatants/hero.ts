import { defineHero, hurtOrHeal, type HeroReceived } from '../core/kit.ts';
import { SPELLS } from '../core/rules.ts';

/** ゆうしゃ: asks the player what to do, then yields that as its action. */
export default defineHero({
  name: { ja: 'ゆうしゃ', en: 'Hero' },
  stats: { maxHp: 100, maxMp: 30, attack: [8, 14] },
  *create(hp, { stats, startMp }) {
    let mp = startMp;
    let received: HeroReceived;
    while (true) {
      if (received === undefined) {
        received = yield { hp, mp, act: 'command' }; // my turn: ask the player
      } else if (typeof received === 'number') {
        hp = hurtOrHeal(hp, received, stats.maxHp); // hurt (< 0) or healed (> 0)
        if (hp <= 0) return 0;
        received = yield { hp, mp };
      } else if (received.kind === 'restore') {
        mp = Math.min(stats.maxMp, mp + received.mp); // まほうのせいすい
        received = yield { hp, mp };
      } else {
        const command = received; //                   the player's choice
        if (command.kind === 'spell') mp -= SPELLS[command.spell].mp;
        received = yield { hp, mp, act: command };
      }
    }
  },
});
