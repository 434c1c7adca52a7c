/**
 * Audio settings (mute, music volume, effects volume), persisted as JSON in a Storage-like object.
 *
 * The storage is injected (window.localStorage in the game, a Map-backed fake in tests). Loading never
 * throws: unreadable storage, corrupt JSON, oversized values and wrong types all fall back to
 * defaults, and the result says whether anything stored had to be discarded.
 */

export interface AudioSettings {
  muted: boolean;
  /** Music volume, 0..1. */
  music: number;
  /** Effects volume, 0..1. */
  sfx: number;
}

import type { StorageLike } from './browser-storage.ts';

export type { StorageLike };

export const AUDIO_SETTINGS_KEY = 'coroutine-quest.audio';

export const DEFAULT_AUDIO_SETTINGS: Readonly<AudioSettings> = Object.freeze({ muted: false, music: 0.6, sfx: 0.8 });

/** Longer stored values are not parsed at all (a real one is about 40 characters). */
export const MAX_STORED_LENGTH = 512;

export interface LoadResult {
  settings: AudioSettings;
  /**
   * True when something was stored but (part of) it was unusable and replaced by defaults.
   * False when the stored value was fine, or nothing was stored yet, or storage is unavailable.
   */
  reset: boolean;
  /** Why values were replaced (empty when reset is false). */
  problems: string[];
}

function defaults(): AudioSettings {
  return { ...DEFAULT_AUDIO_SETTINGS };
}

function isVolume(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= 1;
}

/**
 * Validate an already-parsed value. Each valid field is kept; each missing or invalid field takes its
 * default and is reported. Unknown extra fields are ignored (not a reset).
 */
export function sanitizeAudioSettings(value: unknown): LoadResult {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { settings: defaults(), reset: true, problems: ['not an object'] };
  }
  const v = value as Record<string, unknown>;
  const settings = defaults();
  const problems: string[] = [];
  if (typeof v.muted === 'boolean') settings.muted = v.muted;
  else problems.push('muted');
  if (isVolume(v.music)) settings.music = v.music;
  else problems.push('music');
  if (isVolume(v.sfx)) settings.sfx = v.sfx;
  else problems.push('sfx');
  return { settings, reset: problems.length > 0, problems };
}

/** Load settings from storage. Never throws. */
export function loadAudioSettings(storage: StorageLike | null | undefined, key = AUDIO_SETTINGS_KEY): LoadResult {
  let raw: unknown;
  try {
    raw = storage ? storage.getItem(key) : null;
  } catch {
    // e.g. a SecurityError when storage is disabled: nothing was read, so nothing was reset
    return { settings: defaults(), reset: false, problems: [] };
  }
  if (raw === null || raw === undefined) return { settings: defaults(), reset: false, problems: [] };
  if (typeof raw !== 'string') return { settings: defaults(), reset: true, problems: ['not a string'] };
  if (raw.length > MAX_STORED_LENGTH) return { settings: defaults(), reset: true, problems: ['too long'] };
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { settings: defaults(), reset: true, problems: ['corrupt JSON'] };
  }
  return sanitizeAudioSettings(parsed);
}

function clampVolume(v: unknown): unknown {
  return typeof v === 'number' && Number.isFinite(v) ? Math.min(1, Math.max(0, v)) : v;
}

/**
 * Save settings. Finite volumes are clamped to 0..1 (a slider rounding to 1.0000001 is not junk);
 * anything else invalid is replaced by its default, so storage never holds junk.
 * Returns false if the storage refused (quota, private mode, disabled); never throws.
 */
export function saveAudioSettings(
  storage: StorageLike | null | undefined,
  settings: AudioSettings,
  key = AUDIO_SETTINGS_KEY,
): boolean {
  if (!storage) return false;
  const clean = sanitizeAudioSettings({
    muted: settings?.muted,
    music: clampVolume(settings?.music),
    sfx: clampVolume(settings?.sfx),
  }).settings;
  try {
    storage.setItem(key, JSON.stringify({ muted: clean.muted, music: clean.music, sfx: clean.sfx }));
    return true;
  } catch {
    return false;
  }
}
