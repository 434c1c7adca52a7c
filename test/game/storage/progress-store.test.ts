import { describe, expect, it } from 'vitest';
import { SAVE_FAILED, loadProgress, parseProgress, saveProgress, PROGRESS_KEY } from '../../../src/game/storage/progress-store.ts';
import { MemoryStorage } from './memory-storage.ts';

const good = { seed: 42, floor: 2, hp: 70, mp: 12 };
const read = (value: unknown) => parseProgress(typeof value === 'string' ? value : JSON.stringify(value), 100, 30);

describe('parseProgress', () => {
  it('reads a valid save', () => {
    expect(read(good)).toEqual({ status: 'ok', progress: good });
  });

  it('keeps seed and floor and clamps a bad HP or MP, saying what it did', () => {
    const r = read({ ...good, hp: 250, mp: -4 });
    expect(r).toEqual({
      status: 'repaired',
      progress: { seed: 42, floor: 2, hp: 100, mp: 0 },
      notice: {
        en: 'The save had a bad value and was repaired: seed 42 and floor 3 kept; HP set to 100 (was 250); MP set to 0 (was -4)',
        ja: 'セーブデータ を なおしました: シード 42 と 3 かい は そのまま。HP を 100 に しました (250 でした)。MP を 0 に しました (-4 でした)',
      },
    });
    expect(read({ ...good, hp: 'lots' })).toMatchObject({ status: 'repaired', progress: { ...good, hp: 100 } });
    expect(read({ ...good, mp: null })).toMatchObject({ status: 'repaired', progress: { ...good, mp: 30 } });
    expect(read({ ...good, hp: 0.4 })).toMatchObject({ status: 'repaired', progress: { ...good, hp: 1 } });
  });

  it.each([
    ['not JSON', '{not json'],
    ['an array', '[1,2]'],
    ['a bad seed', JSON.stringify({ ...good, seed: 'x' })],
    ['a floor past the last', JSON.stringify({ ...good, floor: 99 })],
    ['too long', 'x'.repeat(2000)],
  ])('has nothing to keep with %s', (_name, raw) => {
    expect(parseProgress(raw, 100, 30)).toEqual({ status: 'corrupt' });
  });
});

describe('loadProgress', () => {
  it('is none without a save', () => {
    expect(loadProgress(new MemoryStorage(), 100, 30)).toEqual({ status: 'none' });
    expect(loadProgress(null, 100, 30)).toEqual({ status: 'none' });
  });

  it('reports a storage that throws on read as unreadable and touches nothing', () => {
    const storage = new MemoryStorage({ [PROGRESS_KEY]: JSON.stringify(good) });
    const throwing = { getItem: () => { throw new Error('SecurityError'); }, setItem: storage.setItem.bind(storage) };
    const r = loadProgress(throwing, 100, 30);
    expect(r).toEqual({ status: 'unreadable', notice: { en: 'The save could not be read (SecurityError); it was left as it is', ja: 'セーブデータ が よめません (SecurityError)。そのまま に しておきます' } });
    expect(storage.data.get(PROGRESS_KEY)).toBe(JSON.stringify(good));
  });
});

describe('saveProgress', () => {
  it('writes and removes, and says false when the storage refuses', () => {
    const storage = new MemoryStorage();
    expect(saveProgress(storage, good)).toBe(true);
    expect(JSON.parse(storage.data.get(PROGRESS_KEY)!)).toEqual(good);
    expect(saveProgress(storage, null)).toBe(true);
    expect(storage.data.has(PROGRESS_KEY)).toBe(false);
    const full = { getItem: () => null, setItem: () => { throw new DOMException('quota', 'QuotaExceededError'); } };
    expect(saveProgress(full, good)).toBe(false);
    expect(saveProgress(null, good)).toBe(false);
    expect(SAVE_FAILED.en).toMatch(/could not be saved/);
  });
});
