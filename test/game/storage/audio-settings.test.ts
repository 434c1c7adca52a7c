import { describe, expect, it } from 'vitest';
import {
  AUDIO_SETTINGS_KEY,
  DEFAULT_AUDIO_SETTINGS,
  MAX_STORED_LENGTH,
  loadAudioSettings,
  saveAudioSettings,
  type StorageLike,
} from '../../../src/game/storage/audio-settings.ts';
import { MemoryStorage } from './memory-storage.ts';


function storageWith(raw: string): MemoryStorage {
  const s = new MemoryStorage();
  s.setItem(AUDIO_SETTINGS_KEY, raw);
  return s;
}

const defaults = { ...DEFAULT_AUDIO_SETTINGS };

describe('loadAudioSettings', () => {
  it('gives defaults without a reset when nothing is stored', () => {
    expect(loadAudioSettings(new MemoryStorage())).toEqual({ settings: defaults, reset: false, problems: [] });
    expect(loadAudioSettings(null)).toEqual({ settings: defaults, reset: false, problems: [] });
  });

  it('round-trips saved settings', () => {
    const s = new MemoryStorage();
    expect(saveAudioSettings(s, { muted: true, music: 0.25, sfx: 1 })).toBe(true);
    expect(loadAudioSettings(s)).toEqual({ settings: { muted: true, music: 0.25, sfx: 1 }, reset: false, problems: [] });
    expect(loadAudioSettings(storageWith('{"muted":false,"music":0,"sfx":0}')).settings).toEqual({ muted: false, music: 0, sfx: 0 });
  });

  it('returns a fresh object each time (defaults cannot be mutated through it)', () => {
    const a = loadAudioSettings(new MemoryStorage()).settings;
    a.music = 0.1;
    expect(loadAudioSettings(new MemoryStorage()).settings.music).toBe(DEFAULT_AUDIO_SETTINGS.music);
  });

  it.each([
    ['corrupt JSON', '{"muted": tru'],
    ['a bare NaN', 'NaN'],
    ['an empty string', ''],
    ['JSON null', 'null'],
    ['a number', '0.5'],
    ['a string', '"loud"'],
    ['an array', '[true, 0.5, 0.5]'],
    ['a huge string', `{"muted":false,"music":0.5,"sfx":0.5,"pad":"${'x'.repeat(MAX_STORED_LENGTH)}"}`],
  ])('resets everything to defaults for %s', (_label, raw) => {
    const r = loadAudioSettings(storageWith(raw));
    expect(r.settings).toEqual(defaults);
    expect(r.reset).toBe(true);
    expect(r.problems.length).toBeGreaterThan(0);
  });

  it.each([
    ['muted as a string', '{"muted":"yes","music":0.3,"sfx":0.4}', { muted: false, music: 0.3, sfx: 0.4 }, ['muted']],
    ['music as a string', '{"muted":true,"music":"0.3","sfx":0.4}', { muted: true, music: 0.6, sfx: 0.4 }, ['music']],
    ['music null (NaN after JSON.stringify)', '{"muted":true,"music":null,"sfx":0.4}', { muted: true, music: 0.6, sfx: 0.4 }, ['music']],
    ['sfx out of range', '{"muted":true,"music":0.3,"sfx":7}', { muted: true, music: 0.3, sfx: 0.8 }, ['sfx']],
    ['negative volume', '{"muted":true,"music":-0.1,"sfx":0.4}', { muted: true, music: 0.6, sfx: 0.4 }, ['music']],
    ['overflowing number', '{"muted":true,"music":1e999,"sfx":0.4}', { muted: true, music: 0.6, sfx: 0.4 }, ['music']],
    ['missing fields', '{"muted":true}', { muted: true, music: 0.6, sfx: 0.8 }, ['music', 'sfx']],
  ])('replaces only the bad field for %s', (_label, raw, settings, problems) => {
    expect(loadAudioSettings(storageWith(raw))).toEqual({ settings, reset: true, problems });
  });

  it('ignores unknown extra fields without a reset', () => {
    expect(loadAudioSettings(storageWith('{"muted":true,"music":0.3,"sfx":0.4,"version":2}'))).toEqual({
      settings: { muted: true, music: 0.3, sfx: 0.4 },
      reset: false,
      problems: [],
    });
  });

  it('survives a storage that throws on read', () => {
    const broken: StorageLike = {
      getItem() {
        throw new Error('SecurityError');
      },
      setItem() {
        throw new Error('SecurityError');
      },
    };
    expect(loadAudioSettings(broken)).toEqual({ settings: defaults, reset: false, problems: [] });
    expect(saveAudioSettings(broken, { muted: true, music: 0.5, sfx: 0.5 })).toBe(false);
  });

  it('honours a custom key', () => {
    const s = new MemoryStorage();
    saveAudioSettings(s, { muted: true, music: 0.1, sfx: 0.2 }, 'other');
    expect(s.data.has(AUDIO_SETTINGS_KEY)).toBe(false);
    expect(loadAudioSettings(s, 'other').settings).toEqual({ muted: true, music: 0.1, sfx: 0.2 });
  });
});

describe('saveAudioSettings', () => {
  it('clamps finite volumes and never stores invalid values', () => {
    const s = new MemoryStorage();
    saveAudioSettings(s, { muted: true, music: 1.0000001, sfx: -3 });
    expect(JSON.parse(s.getItem(AUDIO_SETTINGS_KEY)!)).toEqual({ muted: true, music: 1, sfx: 0 });
    saveAudioSettings(s, { muted: 'no' as unknown as boolean, music: Number.NaN, sfx: Number.POSITIVE_INFINITY });
    expect(JSON.parse(s.getItem(AUDIO_SETTINGS_KEY)!)).toEqual(defaults);
    expect(loadAudioSettings(s).reset).toBe(false);
  });

  it('reports a storage without one', () => {
    expect(saveAudioSettings(undefined, defaults)).toBe(false);
  });
});
