// Web Storage as the game uses it: an interface small enough to fake in tests, and one way to
// reach localStorage that never throws (sandboxed frames and privacy modes can refuse it outright).
// What is stored is validated by each reader; this only gets the game to the store.

export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem?(key: string): void;
}

export function browserStorage(): StorageLike | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}
