import { defineHero, hurtOrHeal, type HeroReceived, type PartyStatus } from '../core/kit.ts';
import { mpAfter, restored } from '../core/party-kit.ts';

/**
 * そうりょ: joins after floor 4. ホイミ heals, キアリー ends poison, スカラ (from level 6) halves what
 * is sent to an ally. Its loop is written the other way round from ゆうしゃ's: one `yield` at the
 * bottom, the status built from what came in.
 */
export default defineHero({
  name: { ja: 'そうりょ', en: 'Priest' },
  stats: { maxHp: 68, maxMp: 24, attack: [6, 10] },
  *create(hp, { stats, startMp }) {
    let mp = startMp;
    let received: HeroReceived;
    while (true) {
      let status: PartyStatus = { hp, mp };
      if (received === undefined) status = { hp, mp, act: 'command' }; // my turn: ask
      else if (typeof received === 'number') hp = hurtOrHeal(hp, received, stats.maxHp);
      else if (received.kind === 'restore') mp = restored(mp, received, stats.maxMp);
      else {
        mp = mpAfter(mp, received);
        status = { hp, mp, act: received };
      }
      if (hp <= 0) return 0;
      received = yield status.act === undefined ? { hp, mp } : status;
    }
  },
});
