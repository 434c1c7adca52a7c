import { describe, expect, it } from 'vitest';
import type { Progress, Victory } from '../../../src/core/progress.ts';
import { bagText, interludeLines, type LineContext } from '../../../src/game/scenes/interlude-lines.ts';

const NAMES: Record<string, string> = { hero: 'ゆうしゃ', mage: 'まほうつかい', slime: 'スライム', bat: 'ドラキー', 'bubble-slime': 'バブルスライム', 'she-slime': 'スライムベス' };
const ctx: LineContext = { lang: 'ja', name: (k) => NAMES[k] ?? k, maxOf: (_k, level) => ({ maxHp: 100 + 9 * (level - 1), maxMp: 30 }), hpColor: () => '#fff' };
const progress: Progress = {
  version: 2, seed: 7, floor: 2, gold: 13,
  party: [{ kind: 'hero', hp: 109, mp: 32, level: 2, exp: 11 }, { kind: 'mage', hp: 50, mp: 30, level: 1, exp: 11 }],
  bag: { yakusou: 4, dokukeshi: 1, seisui: 0 }, tally: { battles: 2, turns: 16, dealt: 40, taken: 20 },
};
const victory: Victory = {
  progress, rewards: { exp: 11, gold: 13, drops: ['yakusou', 'yakusou'] },
  levelUps: [{ kind: 'hero', level: 2, hpUp: 9, mpUp: 2, learned: 'sukara' }], joined: 'mage',
};

describe('interludeLines', () => {
  it('says the rewards, the level-up and the spell learned, who joined and who came back, then the floor and the party', () => {
    const lines = interludeLines({ progress, victory, revived: ['mage'] }, ctx).map((l) => l.text);
    expect(lines).toEqual([
      'けいけんち 11・13G を てにいれた',
      'おとしもの: やくそう ×2',
      'ゆうしゃ レベル 2 に! HP+9 MP+2',
      'ゆうしゃ は スカラ を おぼえた!',
      'まほうつかい は いきかえった (HP 50)',
      'まほうつかい が なかまに くわわった!',
      'フロア 3 / 8',
      expect.stringMatching(/^てき: バブルスライム/), // the floor's monsters (core's FLOORS)
      'ゆうしゃ Lv2  HP 109/109  MP 32/30',
      'まほうつかい Lv1  HP 50/100  MP 30/30',
      '13G  やくそう ×4、どくけしそう ×1',
      'これまで: たたかい 2・ターン 16',
      'シード: 7',
    ]);
  });

  it('after a flee: no rewards, the damage line is back, and the shop’s last word comes first', () => {
    const lines = interludeLines({ progress, fled: true, said: 'やくそう を かった! のこり 5G' }, { ...ctx, lang: 'en' }).map((l) => l.text);
    expect(lines.slice(0, 3)).toEqual(['やくそう を かった! のこり 5G', 'Got away! Still on this floor', 'Floor 3 of 8']);
    expect(lines).toContain('Damage dealt 40, taken 20');
    expect(bagText({}, 'en')).toBe('no items');
    expect(bagText({ seisui: 1 }, 'en')).toBe('Magic Water ×1');
  });
});
