// Player settings in localStorage (the adventure is in progress-store.ts). Reading never throws:
// anything missing, corrupt or out of range falls back to defaults and says so.
import type { Lang } from '../../core/protocol.ts';
import type { StorageLike } from './browser-storage.ts';
import { readStoredJson, writeStoredJson } from './stored-json.ts';
import { BATTLE_SPEEDS } from '../battle/speed.ts';

export type TextSpeed = 'slow' | 'normal' | 'fast' | 'instant';
export const TEXT_SPEEDS: readonly TextSpeed[] = ['slow', 'normal', 'fast', 'instant'];

export interface Settings {
  lang: Lang;
  reducedMotion: boolean;
  textSpeed: TextSpeed;
  /** One of BATTLE_SPEEDS (battle/speed.ts); absent in older saves, meaning 1. */
  battleSpeed?: number;
  /** Companions act on their own (the auto player answers their commands, recorded like the player's); absent: off. */
  companionsAuto?: boolean;
}

export type { StorageLike } from './browser-storage.ts';

export const SETTINGS_KEY = 'coroutine-quest.settings';
const MAX_LENGTH = 1024;

export interface Loaded<T> {
  readonly value: T;
  /** true when something was stored but had to be thrown away. */
  readonly discarded: boolean;
}

/** `present`: something was there (or could not be read); `json` only when it parsed. */
function readJson(storage: StorageLike | null, key: string): { json: unknown; present: boolean } {
  const read = readStoredJson(storage, key, MAX_LENGTH);
  return { json: read.kind === 'ok' ? read.json : undefined, present: read.kind !== 'missing' };
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
  const battleSpeed = pick(o.battleSpeed, (v) => BATTLE_SPEEDS.includes(v as number), fallback.battleSpeed);
  if (battleSpeed !== undefined) value.battleSpeed = battleSpeed;
  const companionsAuto = pick(o.companionsAuto, (v) => typeof v === 'boolean', fallback.companionsAuto);
  if (companionsAuto !== undefined) value.companionsAuto = companionsAuto;
  return { value, discarded };
}

/** false when the storage refused (full, blocked, absent): the caller says so once. */
export function saveSettings(storage: StorageLike | null, settings: Settings): boolean {
  return writeStoredJson(storage, SETTINGS_KEY, settings);
}
