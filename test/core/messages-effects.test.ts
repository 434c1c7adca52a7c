// The lines of issue 15's events, in the memo's voice and in English.
import { describe, expect, it } from 'vitest';
import type { BattleEvent } from '../../src/core/events.ts';
import { messagesFor } from '../../src/core/messages.ts';

const names: Record<string, { ja: string; en: string }> = { hero: { ja: 'ゆうしゃ', en: 'Hero' }, slime: { ja: 'スライム', en: 'Slime' } };
const say = (e: BattleEvent, lang: 'ja' | 'en') => messagesFor(e, lang, (id) => names[id]?.[lang] ?? id);

describe('messages for effects and items', () => {
  it.each([
    [{ type: 'effect', target: 'slime', effect: 'sleep', on: true, source: 'mage', turns: 2 }, 'スライム は ねむってしまった!', 'Slime falls asleep!'],
    [{ type: 'effect', target: 'slime', effect: 'sleep', on: false, source: 'hit' }, 'スライム は めを さました!', 'Slime wakes up!'],
    [{ type: 'skipTurn', actor: 'slime', effect: 'sleep' }, 'スライム は ねむっている。', 'Slime is fast asleep.'],
    [{ type: 'effect', target: 'hero', effect: 'poison', on: true, source: 'slime' }, 'ゆうしゃ は どくに おかされた!', 'Hero is poisoned!'],
    [{ type: 'effect', target: 'hero', effect: 'poison', on: false, source: 'hero' }, 'ゆうしゃ の どくが きえた!', 'The poison leaves Hero!'],
    [{ type: 'effect', target: 'hero', effect: 'guard', on: true, source: 'priest', turns: 3 }, 'ゆうしゃ の しゅびりょくが あがった!', "Hero's defence rises!"],
    [{ type: 'item', actor: 'hero', item: 'yakusou', target: 'hero', left: 1 }, 'ゆうしゃ は やくそうを つかった!', 'Hero uses the Medicinal Herb!'],
    [{ type: 'damage', target: 'hero', source: 'poison', side: 'hero', amount: 12, hp: 50, critical: false, defended: false }, 'ゆうしゃ は どくで 12 のダメージ!', 'Hero takes 12 damage from poison!'],
  ] as [BattleEvent, string, string][])('%j', (event, ja, en) => {
    expect(say(event, 'ja')).toEqual([ja]);
    expect(say(event, 'en')).toEqual([en]);
  });

  it('names the new spells when cast', () => {
    expect(say({ type: 'action', actor: 'slime', act: { kind: 'spell', spell: 'rarihoo' } }, 'ja')).toEqual(['スライム は ラリホー を となえた!']);
    expect(say({ type: 'action', actor: 'hero', act: { kind: 'spell', spell: 'sukara', target: 'hero' } }, 'en')).toEqual(['Hero casts Kabuff!']);
    // The item event says it; its action line would say it twice.
    expect(say({ type: 'action', actor: 'hero', act: { kind: 'item', item: 'yakusou' } }, 'ja')).toEqual([]);
  });
});
