import { defineHero, type HeroReceived } from '../core/protocol.ts';
import { SPELLS } from '../core/rules.ts';

/** ゆうしゃ: asks the player what to do, then yields that as its action. */
export default defineHero({
  kind: 'hero',
  name: { ja: 'ゆうしゃ', en: 'Hero' },
  sprite: 'hero',
  stats: { maxHp: 100, maxMp: 30, attack: [8, 14] },
  *create(hp, { stats, startMp }) {
    let mp = startMp;
    let got: HeroReceived = undefined;
    while (true) {
      if (got === undefined) {
        got = yield { hp, mp, act: 'command' }; //       my turn: ask the player
      } else if (typeof got === 'number') {
        hp = Math.min(stats.maxHp, hp + got); //          hurt (< 0) or healed (> 0)
        if (hp <= 0) return 0;
        got = yield { hp, mp };
      } else {
        const command = got; //                           the player's choice
        if (command.kind === 'spell') mp -= SPELLS[command.spell].mp;
        got = yield { hp, mp, act: command };
      }
    }
  },
});
