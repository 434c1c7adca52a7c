// An in-memory Web Storage for the game's storage readers (src/game/storage/browser-storage.ts).
import type { StorageLike } from '../../../src/game/storage/browser-storage.ts';

export class MemoryStorage implements StorageLike {
  readonly data: Map<string, string>;

  constructor(init: Record<string, string> = {}) {
    this.data = new Map(Object.entries(init));
  }

  getItem(key: string): string | null {
    return this.data.get(key) ?? null;
  }

  setItem(key: string, value: string): void {
    this.data.set(key, value);
  }

  removeItem(key: string): void {
    this.data.delete(key);
  }
}
