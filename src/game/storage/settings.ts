// Player settings and adventure progress in localStorage. Reading never throws: anything
// missing, corrupt or out of range falls back to defaults and says so.
import { FLOORS, type Progress } from '../../core/adventure.ts';
import type { Lang } from '../../core/protocol.ts';
import { MAX_SEED } from '../../core/rng.ts';
import type { StorageLike } from './browser-storage.ts';

export type TextSpeed = 'slow' | 'normal' | 'fast' | 'instant';
export const TEXT_SPEEDS: readonly TextSpeed[] = ['slow', 'normal', 'fast', 'instant'];

export interface Settings {
  lang: Lang;
  reducedMotion: boolean;
  textSpeed: TextSpeed;
}

export type { StorageLike } from './browser-storage.ts';

export const SETTINGS_KEY = 'coroutine-quest.settings';
export const PROGRESS_KEY = 'coroutine-quest.progress';
const MAX_LENGTH = 1024;

export interface Loaded<T> {
  readonly value: T;
  /** true when something was stored but had to be thrown away. */
  readonly discarded: boolean;
}

function readJson(storage: StorageLike | null, key: string): { json: unknown; present: boolean } {
  try {
    const raw = storage?.getItem(key) ?? null;
    if (raw === null) return { json: undefined, present: false };
    if (raw.length > MAX_LENGTH) return { json: undefined, present: true };
    return { json: JSON.parse(raw), present: true };
  } catch {
    return { json: undefined, present: true };
  }
}

export function loadSettings(storage: StorageLike | null, fallback: Settings): Loaded<Settings> {
  const { json, present } = readJson(storage, SETTINGS_KEY);
  if (!present) return { value: { ...fallback }, discarded: false };
  const o = (typeof json === 'object' && json !== null ? json : {}) as Record<string, unknown>;
  let discarded = typeof json !== 'object' || json === null;
  const pick = <T>(v: unknown, ok: (v: unknown) => boolean, dflt: T): T => {
    if (ok(v)) return v as T;
    if (v !== undefined) discarded = true;
    return dflt;
  };
  const value: Settings = {
    lang: pick(o.lang, (v) => v === 'ja' || v === 'en', fallback.lang),
    reducedMotion: pick(o.reducedMotion, (v) => typeof v === 'boolean', fallback.reducedMotion),
    textSpeed: pick(o.textSpeed, (v) => TEXT_SPEEDS.includes(v as TextSpeed), fallback.textSpeed),
  };
  return { value, discarded };
}

export function saveSettings(storage: StorageLike | null, settings: Settings): void {
  try {
    storage?.setItem(SETTINGS_KEY, JSON.stringify(settings));
  } catch {
    // Storage full or blocked (private mode): settings simply don't persist.
  }
}

const isInt = (v: unknown, min: number, max: number): v is number => Number.isInteger(v) && (v as number) >= min && (v as number) <= max;

/** A saved adventure, or null. A save that is not a valid Progress is discarded. */
export function loadProgress(storage: StorageLike | null, maxHp: number, maxMp: number): Loaded<Progress | null> {
  const { json, present } = readJson(storage, PROGRESS_KEY);
  if (!present) return { value: null, discarded: false };
  const o = json as Record<string, unknown> | null;
  if (
    typeof o === 'object' && o !== null &&
    isInt(o.seed, 0, MAX_SEED) && isInt(o.floor, 0, FLOORS.length - 1) &&
    isInt(o.hp, 1, maxHp) && isInt(o.mp, 0, maxMp)
  ) {
    return { value: { seed: o.seed, floor: o.floor, hp: o.hp, mp: o.mp }, discarded: false };
  }
  return { value: null, discarded: true };
}

export function saveProgress(storage: StorageLike | null, progress: Progress | null): void {
  try {
    if (progress === null) storage?.removeItem?.(PROGRESS_KEY);
    else storage?.setItem(PROGRESS_KEY, JSON.stringify(progress));
  } catch {
    // As above: an adventure that cannot be saved can still be played.
  }
}
