// The one way the game reads and writes JSON in Web Storage. Neither call throws: a store that
// refuses (privacy mode, quota, a sandboxed frame) is reported as such, never as corrupt data, and
// each reader (settings.ts, audio-settings.ts) decides what that means for its own value.
import type { StorageLike } from './browser-storage.ts';

export type StoredJson =
  | { readonly kind: 'missing' }
  /** getItem threw: nothing could be read, so nothing is known to be wrong. */
  | { readonly kind: 'unreadable' }
  /** Something is stored but it is no JSON value worth reading. */
  | { readonly kind: 'bad'; readonly why: 'not a string' | 'too long' | 'corrupt JSON' }
  | { readonly kind: 'ok'; readonly json: unknown };

export function readStoredJson(storage: StorageLike | null | undefined, key: string, maxLength: number): StoredJson {
  let raw: unknown;
  try {
    raw = storage ? storage.getItem(key) : null;
  } catch {
    return { kind: 'unreadable' };
  }
  if (raw === null || raw === undefined) return { kind: 'missing' };
  if (typeof raw !== 'string') return { kind: 'bad', why: 'not a string' };
  if (raw.length > maxLength) return { kind: 'bad', why: 'too long' };
  try {
    return { kind: 'ok', json: JSON.parse(raw) as unknown };
  } catch {
    return { kind: 'bad', why: 'corrupt JSON' };
  }
}

/** Stores `value` as JSON (null removes the key); false when the store refused. */
export function writeStoredJson(storage: StorageLike | null | undefined, key: string, value: unknown): boolean {
  if (!storage) return false;
  try {
    if (value === null) storage.removeItem?.(key);
    else storage.setItem(key, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}
