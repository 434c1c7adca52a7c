import { describe, expect, it } from 'vitest';
import { SETTINGS_KEY, loadSettings, saveSettings, type Settings, type StorageLike } from '../../../src/game/storage/settings';
import { PROGRESS_KEY, loadProgress, saveProgress } from '../../../src/game/storage/progress-store.ts';
import { MemoryStorage } from './memory-storage.ts';

const memory = (init: Record<string, string> = {}) => new MemoryStorage(init);

const DEFAULTS: Settings = { lang: 'ja', reducedMotion: false, textSpeed: 'normal' };

describe('settings', () => {
  it('round-trips', () => {
    const s = memory();
    saveSettings(s, { lang: 'en', reducedMotion: true, textSpeed: 'fast' });
    expect(loadSettings(s, DEFAULTS)).toEqual({ value: { lang: 'en', reducedMotion: true, textSpeed: 'fast' }, discarded: false });
  });

  it('falls back field by field on corrupt values', () => {
    expect(loadSettings(memory({ [SETTINGS_KEY]: '{"lang":"xx","textSpeed":"fast"}' }), DEFAULTS)).toEqual({ value: { ...DEFAULTS, textSpeed: 'fast' }, discarded: true });
    expect(loadSettings(memory({ [SETTINGS_KEY]: 'not json' }), DEFAULTS)).toEqual({ value: DEFAULTS, discarded: true });
    expect(loadSettings(null, DEFAULTS).value).toEqual(DEFAULTS);
  });

  it('never throws when storage does', () => {
    const broken: StorageLike = { getItem: () => { throw new Error('denied'); }, setItem: () => { throw new Error('full'); }, removeItem: () => { throw new Error('x'); } };
    expect(loadSettings(broken, DEFAULTS).value).toEqual(DEFAULTS);
    expect(() => saveSettings(broken, DEFAULTS)).not.toThrow();
    expect(() => saveProgress(broken, null)).not.toThrow();
  });
});

describe('progress', () => {
  it('round-trips and clears', () => {
    const s = memory();
    saveProgress(s, { seed: 5, floor: 2, hp: 40, mp: 10 });
    expect(loadProgress(s, 100, 30)).toEqual({ status: 'ok', progress: { seed: 5, floor: 2, hp: 40, mp: 10 } });
    saveProgress(s, null);
    expect(loadProgress(s, 100, 30)).toEqual({ status: 'none' });
  });

  it('discards a save that is not a valid adventure', () => {
    for (const bad of ['{', '[]', '{"seed":1,"floor":9,"hp":5,"mp":1}', '{"seed":-3,"floor":0,"hp":5,"mp":1}']) {
      expect(loadProgress(memory({ [PROGRESS_KEY]: bad }), 100, 30)).toEqual({ status: 'corrupt' });
    }
  });

  it('keeps seed and floor of a save whose HP is out of range, clamped', () => {
    expect(loadProgress(memory({ [PROGRESS_KEY]: '{"seed":1,"floor":0,"hp":0,"mp":1}' }), 100, 30)).toMatchObject({ status: 'repaired', progress: { seed: 1, floor: 0, hp: 1, mp: 1 } });
    expect(loadProgress(memory({ [PROGRESS_KEY]: '{"seed":1,"floor":0,"hp":500,"mp":1}' }), 100, 30)).toMatchObject({ status: 'repaired', progress: { seed: 1, floor: 0, hp: 100, mp: 1 } });
  });
});

describe('companions act on their own (issue 15)', () => {
  it('is kept when saved, absent in older settings, and a bad value is discarded', () => {
    const [load, save, key] = [loadSettings, saveSettings, SETTINGS_KEY];
    const fallback = { lang: 'ja' as const, reducedMotion: false, textSpeed: 'normal' as const };
    const s = new MemoryStorage();
    expect(save(s, { ...fallback, companionsAuto: true })).toBe(true);
    expect(load(s, fallback)).toEqual({ value: { ...fallback, companionsAuto: true }, discarded: false });
    expect(load(new MemoryStorage({ [key]: JSON.stringify(fallback) }), fallback).value.companionsAuto).toBeUndefined();
    expect(load(new MemoryStorage({ [key]: JSON.stringify({ ...fallback, companionsAuto: 'yes' }) }), fallback)).toMatchObject({ discarded: true });
  });
});
