import { describe, expect, it } from 'vitest';
import {
  DEFAULT_BINDINGS, KEYS_STORAGE_KEY, actionFor, bindingsFor, keyName, loadCustomKeys, remap, saveCustomKeys,
} from '../../../src/game/a11y/key-bindings.ts';
import { MemoryStorage } from '../storage/memory-storage.ts';

describe('key bindings', () => {
  it('the defaults are the keys the game always had', () => {
    expect(actionFor(DEFAULT_BINDINGS, 'ArrowUp')).toBe('up');
    expect(actionFor(DEFAULT_BINDINGS, 'KeyZ')).toBe('confirm');
    expect(actionFor(DEFAULT_BINDINGS, 'Backspace')).toBe('cancel');
    expect(actionFor(DEFAULT_BINDINGS, 'KeyH')).toBe('status');
    expect(actionFor(DEFAULT_BINDINGS, 'KeyQ')).toBeNull();
  });

  it('a custom key goes first in its action and leaves the one it came from (AZERTY: Z is up)', () => {
    const r = remap({}, 'up', 'KeyZ');
    expect(r.ok).toBe(true);
    const b = bindingsFor(r.ok ? r.custom : {});
    expect(b.up).toEqual(['KeyZ', 'ArrowUp', 'KeyW']);
    expect(b.confirm).toEqual(['Enter', 'NumpadEnter', 'Space']);
    expect(actionFor(b, 'KeyZ')).toBe('up');
  });

  it('a second remap of an action replaces its first custom key, and a key moves between actions', () => {
    let custom = {};
    for (const [action, code] of [['down', 'KeyJ'], ['down', 'KeyK'], ['up', 'KeyK']] as const) {
      const r = remap(custom, action, code);
      if (!r.ok) throw new Error(r.why);
      custom = r.custom;
    }
    expect(custom).toEqual({ up: 'KeyK' });
    expect(actionFor(bindingsFor(custom), 'KeyJ')).toBeNull();
  });

  it('refuses reserved keys and a remap that would leave an action with no key', () => {
    for (const code of ['Backquote', 'KeyM', 'KeyN', 'Tab', 'ShiftLeft', 'Escape', 'F5', 'bad code!']) {
      expect(remap({}, 'confirm', code)).toMatchObject({ ok: false, why: 'reserved' });
    }
    expect(remap({}, 'status', 'Digit1')).toMatchObject({ ok: true });
    // status has one key (H): taking it for another action would leave status with none.
    expect(remap({}, 'confirm', 'KeyH')).toEqual({ ok: false, why: 'last-key', other: 'status' });
  });

  it('names keys in ASCII', () => {
    expect(['KeyW', 'ArrowUp', 'Digit1', 'Escape', 'Enter', 'Numpad5'].map(keyName)).toEqual(['W', 'Up', '1', 'Esc', 'Enter', 'Num5']);
  });
});

describe('stored keys', () => {
  it('round-trips, and the defaults remove the stored value', () => {
    const store = new MemoryStorage();
    expect(saveCustomKeys(store, { up: 'KeyK' })).toBe(true);
    expect(loadCustomKeys(store)).toEqual({ custom: { up: 'KeyK' }, discarded: false });
    expect(saveCustomKeys(store, {})).toBe(true);
    expect(store.data.has(KEYS_STORAGE_KEY)).toBe(false);
    expect(loadCustomKeys(store)).toEqual({ custom: {}, discarded: false });
  });

  it.each([
    ['corrupt JSON', '{"up":'],
    ['not an object', '["KeyK"]'],
    ['an unknown action', '{"jump":"KeyK"}'],
    ['a reserved key', '{"up":"KeyM"}'],
    ['one key for two actions', '{"up":"KeyK","down":"KeyK"}'],
    ['not a string', '{"up":7}'],
    ['too long', JSON.stringify({ up: 'K'.repeat(600) })],
  ])('%s is thrown away (the caller says so) and the defaults stand', (_why, raw) => {
    expect(loadCustomKeys(new MemoryStorage({ [KEYS_STORAGE_KEY]: raw }))).toEqual({ custom: {}, discarded: true });
  });

  it('a storage that refuses is no corrupt value', () => {
    const refusing = { getItem: () => { throw new Error('SecurityError'); }, setItem: () => { throw new Error('quota'); } };
    expect(loadCustomKeys(refusing)).toEqual({ custom: {}, discarded: false });
    expect(saveCustomKeys(refusing, { up: 'KeyK' })).toBe(false);
    expect(saveCustomKeys(null, { up: 'KeyK' })).toBe(false);
  });
});
