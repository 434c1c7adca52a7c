import { defineHero, hurtOrHeal, type HeroReceived } from '../core/kit.ts';
import { mpAfter, restored } from '../core/party-kit.ts';

/**
 * まほうつかい: joins after floor 2. Frail, but ギラ burns every foe and ラリホー (from level 3)
 * puts them to sleep — the scheduler then skips their turns. Like ゆうしゃ, it asks for a command.
 */
export default defineHero({
  name: { ja: 'まほうつかい', en: 'Mage' },
  stats: { maxHp: 52, maxMp: 30, attack: [4, 8] },
  *create(hp, { stats, startMp }) {
    let mp = startMp;
    let received: HeroReceived;
    while (true) {
      if (received === undefined) received = yield { hp, mp, act: 'command' }; // my turn
      else if (typeof received === 'number') {
        hp = hurtOrHeal(hp, received, stats.maxHp);
        if (hp <= 0) return 0; // fallen: it leaves the queue, the party fights on
        received = yield { hp, mp };
      } else if (received.kind === 'restore') {
        mp = restored(mp, received, stats.maxMp);
        received = yield { hp, mp };
      } else {
        mp = mpAfter(mp, received);
        received = yield { hp, mp, act: received };
      }
    }
  },
});
