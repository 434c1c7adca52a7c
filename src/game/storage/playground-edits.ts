// The player's own playground edits (src/game/playground), kept until Reset and swapped in at the
// start of every later page load, so they play in the rest of the adventure. Only files the player
// applied are written here; code from a share link never is.
import type { LocalText } from '../../core/protocol.ts';
import type { StorageLike } from './browser-storage.ts';
import { readStoredJson, writeStoredJson } from './stored-json.ts';

export const EDITS_KEY = 'coroutine-quest.playground-edits.v1';
const MAX_CHARS = 256 * 1024;
const MAX_FILES = 8;
const FILE_NAME = /^[a-z0-9][a-z0-9-]*\.ts$/;

export type StoredEdits = Readonly<Record<string, string>>;

const IGNORED: LocalText = { en: 'Your saved playground edits were unreadable and have been ignored', ja: 'ほぞん した プレイグラウンド の へんしゅう が よめないので つかいません' };

/** The stored edits (empty when none), and a notice when something unreadable was stored. */
export function readEdits(storage: StorageLike | null | undefined): { files: StoredEdits; notice: LocalText | null } {
  const read = readStoredJson(storage, EDITS_KEY, MAX_CHARS);
  if (read.kind === 'missing' || read.kind === 'unreadable') return { files: {}, notice: null };
  if (read.kind === 'bad') return { files: {}, notice: IGNORED };
  const json = read.json;
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return { files: {}, notice: IGNORED };
  const entries = Object.entries(json as Record<string, unknown>);
  if (entries.length > MAX_FILES || !entries.every(([k, v]) => FILE_NAME.test(k) && typeof v === 'string')) return { files: {}, notice: IGNORED };
  return { files: Object.fromEntries(entries) as StoredEdits, notice: null };
}

/** Writes the edits (none: removes the key); false when the store refused. */
export function writeEdits(storage: StorageLike | null | undefined, files: StoredEdits): boolean {
  return writeStoredJson(storage, EDITS_KEY, Object.keys(files).length === 0 ? null : files);
}
