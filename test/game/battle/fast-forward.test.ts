import { describe, expect, it } from 'vitest';
import { FastForward } from '../../../src/game/battle/fast-forward.ts';
import { FAST_FORWARD_SPEED, nextBattleSpeed, BATTLE_SPEEDS } from '../../../src/game/battle/speed.ts';
import { shown } from '../../../src/game/app/shown-state.ts';
import { loadSettings } from '../../../src/game/storage/settings.ts';
import { MemoryStorage } from '../storage/memory-storage.ts';

function session(speed: number) {
  return { control: { speed }, setSpeed(s: number) { this.control = { speed: s }; } };
}

describe('fast-forward', () => {
  it('runs at full speed while anything is held, skips waits every tick, and restores the speed after', () => {
    const s = session(1.5);
    let skipped = 0;
    const ff = new FastForward(s, () => skipped++);
    ff.tick();
    expect(skipped).toBe(0);
    ff.press('ShiftLeft');
    ff.press('pointer');
    expect([s.control.speed, shown.pace.fastForward]).toEqual([FAST_FORWARD_SPEED, true]);
    ff.tick();
    ff.release('ShiftLeft');
    expect(s.control.speed).toBe(FAST_FORWARD_SPEED); // the pointer is still down
    ff.tick();
    ff.release('pointer');
    ff.tick();
    expect([s.control.speed, shown.pace.fastForward, skipped]).toEqual([1.5, false, 2]);
  });

  it('forgets its holds at the end of a scene without touching the session', () => {
    const s = session(2);
    const ff = new FastForward(s, () => {});
    ff.press('Space');
    ff.forget();
    expect([s.control.speed, ff.active, shown.pace.fastForward]).toEqual([FAST_FORWARD_SPEED, false, false]);
  });
});

describe('battle speed setting', () => {
  it('cycles through the choices and is read back; a bad stored value falls back and says so', () => {
    expect(BATTLE_SPEEDS.map(nextBattleSpeed)).toEqual([...BATTLE_SPEEDS.slice(1), BATTLE_SPEEDS[0]]);
    const fallback = { lang: 'ja' as const, reducedMotion: false, textSpeed: 'normal' as const, battleSpeed: 1 };
    const ok = new MemoryStorage({ 'coroutine-quest.settings': JSON.stringify({ ...fallback, battleSpeed: 2 }) });
    expect(loadSettings(ok, fallback)).toEqual({ value: { ...fallback, battleSpeed: 2 }, discarded: false });
    const bad = new MemoryStorage({ 'coroutine-quest.settings': JSON.stringify({ ...fallback, battleSpeed: 99 }) });
    expect(loadSettings(bad, fallback)).toEqual({ value: fallback, discarded: true });
  });
});
