import { describe, expect, it } from 'vitest';
import { effectMarks, effectsText, skipLine } from '../../../src/game/debug/effects-format.ts';
import { EffectsShown } from '../../../src/game/battle/effects-shown.ts';
import { effectWords } from '../../../src/game/battle/effects-shown.ts';

describe('effects in the debugger', () => {
  it('words each effect as what it does to the coroutine', () => {
    expect(effectsText({}, 'en')).toBe('—');
    expect(effectsText({ sleep: 2 }, 'en')).toBe('asleep (2 turns left: suspended, not scheduled)');
    expect(effectsText({ sleep: 1, poison: true, guard: 3 }, 'ja')).toBe('ねむり (のこり 1 ターン・スケジュールされない) · どく (ターンの まえに send) · ぼうぎょ (のこり 3 ターン・send は はんぶん)');
    expect(effectMarks({ sleep: 1, poison: true })).toBe(' zZ ☠');
    expect(effectMarks(undefined)).toBe('');
    expect(skipLine('スライム', 'ja')).toBe('‖ スライム: ねむっている — ターンを とばした (resume なし)');
    expect(skipLine('Slime', 'en')).toBe('‖ Slime: asleep — turn skipped (no resume)');
  });
});

describe('EffectsShown', () => {
  it('follows the effect events as they play, from the snapshot it was reset to', () => {
    const shown = new EffectsShown();
    shown.reset([{ id: 'hero', effects: { guard: 2 } }, { id: 'slime', effects: {} }]);
    expect(shown.words('hero', 'ja')).toEqual(['ぼうぎょ']);
    shown.apply({ type: 'effect', target: 'slime', effect: 'sleep', on: true, source: 'mage', turns: 2 });
    shown.apply({ type: 'effect', target: 'hero', effect: 'poison', on: true, source: 'slime' });
    expect(shown.get('slime')).toEqual({ sleep: 2 });
    expect(shown.words('hero', 'en')).toEqual(['poison', 'guard']);
    shown.apply({ type: 'effect', target: 'slime', effect: 'sleep', on: false, source: 'hero' });
    expect(shown.get('slime')).toEqual({});
    expect(shown.clear('hero')).toEqual({});
    expect(effectWords({ sleep: 1, poison: true, guard: 1 }, 'ja')).toEqual(['ねむり', 'どく', 'ぼうぎょ']);
  });
});
