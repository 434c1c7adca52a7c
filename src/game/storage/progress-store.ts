// The saved adventure, and the reader of a version 1 save (save-v2.ts reads today's and migrates these). Progress is never lost without a word: a storage that refuses to read is
// left alone (it is not corruption), a save with one bad field keeps the rest, and a save that
// cannot be written says so once.
import { FLOORS, type Progress, type RunTally } from '../../core/adventure.ts';
import type { LocalText } from '../../core/protocol.ts';
import { MAX_SEED } from '../../core/rng.ts';
import type { StorageLike } from './browser-storage.ts';

export const PROGRESS_KEY = 'coroutine-quest.progress';
const MAX_LENGTH = 1024;

export type ProgressRead =
  | { readonly status: 'none' }
  | { readonly status: 'ok'; readonly progress: Progress }
  /** Seed and floor were good; HP or MP was out of range or unreadable and has been clamped. */
  | { readonly status: 'repaired'; readonly progress: Progress; readonly notice: LocalText }
  /** Nothing worth keeping (no valid seed or floor): the caller resets it, with a notice. */
  | { readonly status: 'corrupt' }
  /** The storage threw on read: the save may be fine, so nothing is deleted. */
  | { readonly status: 'unreadable'; readonly notice: LocalText };

const isInt = (v: unknown, min: number, max: number): v is number => Number.isInteger(v) && (v as number) >= min && (v as number) <= max;

const TALLY_FIELDS = ['battles', 'turns', 'dealt', 'taken'] as const;

function isTally(v: unknown): v is RunTally {
  return typeof v === 'object' && v !== null && TALLY_FIELDS.every((k) => isInt((v as Record<string, unknown>)[k], 0, 1e9));
}

function drop(name: string, fixes: { en: string; ja: string }[]): undefined {
  fixes.push({ en: `${name} was unreadable and was dropped`, ja: `${name} が よめないので すてました` });
  return undefined;
}

/** A stored value → progress. HP stays 1..maxHp and MP 0..maxMp; a non-number becomes the maximum. */
export function parseProgress(raw: string, maxHp: number, maxMp: number): ProgressRead {
  if (raw.length > MAX_LENGTH) return { status: 'corrupt' };
  let o: Record<string, unknown>;
  try {
    const json: unknown = JSON.parse(raw);
    if (typeof json !== 'object' || json === null || Array.isArray(json)) return { status: 'corrupt' };
    o = json as Record<string, unknown>;
  } catch {
    return { status: 'corrupt' };
  }
  if (!isInt(o.seed, 0, MAX_SEED) || !isInt(o.floor, 0, FLOORS.length - 1)) return { status: 'corrupt' };
  const fixes: { en: string; ja: string }[] = [];
  const clamp = (name: 'HP' | 'MP', v: unknown, min: number, max: number): number => {
    if (isInt(v, min, max)) return v;
    const value = typeof v === 'number' && Number.isFinite(v) ? Math.max(min, Math.min(max, Math.round(v))) : max;
    const was = typeof v === 'number' ? String(v) : JSON.stringify(v) ?? 'nothing';
    fixes.push({ en: `${name} set to ${value} (was ${was.slice(0, 20)})`, ja: `${name} を ${value} に しました (${was.slice(0, 20)} でした)` });
    return value;
  };
  const base: Progress = { seed: o.seed, floor: o.floor, hp: clamp('HP', o.hp, 1, maxHp), mp: clamp('MP', o.mp, 0, maxMp) };
  // The retry count and the tally are extras (saves before them have neither): a bad one is dropped, with a word.
  const attempt = o.attempt === undefined || isInt(o.attempt, 0, 1e6) ? o.attempt : drop('attempt', fixes);
  const tally = o.tally === undefined || isTally(o.tally) ? o.tally : drop('tally', fixes);
  const progress: Progress = { ...base, ...(attempt ? { attempt } : {}), ...(tally ? { tally } : {}) };
  if (fixes.length === 0) return { status: 'ok', progress };
  const kept = { en: `seed ${progress.seed} and floor ${progress.floor + 1} kept`, ja: `シード ${progress.seed} と ${progress.floor + 1} かい は そのまま` };
  return {
    status: 'repaired',
    progress,
    notice: {
      en: `The save had a bad value and was repaired: ${kept.en}; ${fixes.map((f) => f.en).join('; ')}`,
      ja: `セーブデータ を なおしました: ${kept.ja}。${fixes.map((f) => f.ja).join('。')}`,
    },
  };
}

/** The stored save's text (null: none), or the notice for a storage that throws on read. */
export function readSaved(storage: StorageLike | null): { raw: string | null } | { unreadable: LocalText } {
  try {
    return { raw: storage?.getItem(PROGRESS_KEY) ?? null };
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return { unreadable: { en: `The save could not be read (${why}); it was left as it is`, ja: `セーブデータ が よめません (${why})。そのまま に しておきます` } };
  }
}

export function loadProgress(storage: StorageLike | null, maxHp: number, maxMp: number): ProgressRead {
  const read = readSaved(storage);
  if ('unreadable' in read) return { status: 'unreadable', notice: read.unreadable };
  return read.raw === null ? { status: 'none' } : parseProgress(read.raw, maxHp, maxMp);
}

/** Writes (or, for null, removes) the save (either version); false when the storage refused. */
export function saveProgress(storage: StorageLike | null, progress: object | null): boolean {
  if (storage === null) return false;
  try {
    if (progress === null) storage.removeItem?.(PROGRESS_KEY);
    else storage.setItem(PROGRESS_KEY, JSON.stringify(progress));
    return true;
  } catch {
    return false;
  }
}

/** The one notice for a save the storage refused (quota, disabled storage, private mode). */
export const SAVE_FAILED: LocalText = {
  en: 'The adventure could not be saved (storage is full or turned off); it lasts until this page is closed',
  ja: 'ぼうけん を セーブ できません (ほぞん ばしょ が いっぱい か つかえません)。この ページ を とじるまで は つづけられます',
};
