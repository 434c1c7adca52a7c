// How far the learner got in the Learn screen: the chapter open last, the challenges solved, and
// the code typed into each challenge. Corrupt data is repaired, never fatal: whatever is still
// good is kept, the rest is dropped, and the caller shows a notice once (the repaired value is written back).
import type { LocalText } from '../../core/protocol.ts';
import { CHAPTER_IDS, type ChapterId } from '../../lessons/checks.ts';
import type { StorageLike } from './browser-storage.ts';
import { readStoredJson, writeStoredJson } from './stored-json.ts';

export const LESSONS_KEY = 'coroutine-quest.lessons.v1';
const MAX_CHARS = 128 * 1024;
const MAX_CODE = 16 * 1024;

export interface LessonProgress {
  /** 0 to 5: the chapter to open. */
  readonly chapter: number;
  readonly solved: readonly ChapterId[];
  readonly code: Readonly<Partial<Record<ChapterId, string>>>;
}

export const NO_PROGRESS: LessonProgress = { chapter: 0, solved: [], code: {} };

const REPAIRED: LocalText = { ja: 'まなぶ の きろく の いちぶ が よめなかったので なおしました', en: 'Part of your Learn progress was unreadable and has been repaired' };

const isChapter = (v: unknown): v is ChapterId => typeof v === 'string' && (CHAPTER_IDS as readonly string[]).includes(v);

export function readLessonProgress(storage: StorageLike | null | undefined): { progress: LessonProgress; notice: LocalText | null } {
  const read = readStoredJson(storage, LESSONS_KEY, MAX_CHARS);
  if (read.kind === 'missing' || read.kind === 'unreadable') return { progress: NO_PROGRESS, notice: null };
  if (read.kind === 'bad' || typeof read.json !== 'object' || read.json === null || Array.isArray(read.json)) return { progress: NO_PROGRESS, notice: REPAIRED };
  const o = read.json as Record<string, unknown>;
  let repaired = false;
  const chapter = Number.isInteger(o.chapter) && (o.chapter as number) >= 0 && (o.chapter as number) < CHAPTER_IDS.length ? (o.chapter as number) : ((repaired = true), 0);
  const solvedIn = Array.isArray(o.solved) ? o.solved : ((repaired = true), []);
  const solved = CHAPTER_IDS.filter((id) => solvedIn.includes(id));
  if (solved.length !== solvedIn.length) repaired = true;
  const code: Partial<Record<ChapterId, string>> = {};
  const codeIn = typeof o.code === 'object' && o.code !== null && !Array.isArray(o.code) ? (o.code as Record<string, unknown>) : ((repaired = true), {});
  for (const [k, v] of Object.entries(codeIn)) {
    if (isChapter(k) && typeof v === 'string' && v.length <= MAX_CODE) code[k] = v;
    else repaired = true;
  }
  return { progress: { chapter, solved, code }, notice: repaired ? REPAIRED : null };
}

export function writeLessonProgress(storage: StorageLike | null | undefined, progress: LessonProgress): boolean {
  return writeStoredJson(storage, LESSONS_KEY, progress);
}
