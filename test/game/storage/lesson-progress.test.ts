// Learn progress: kept as written, and repaired (what is good stays) when the stored value is corrupt.
import { describe, expect, it } from 'vitest';
import { LESSONS_KEY, NO_PROGRESS, readLessonProgress, writeLessonProgress } from '../../../src/game/storage/lesson-progress.ts';

function memory(initial?: string) {
  const data = new Map<string, string>(initial === undefined ? [] : [[LESSONS_KEY, initial]]);
  return { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v), removeItem: (k: string) => void data.delete(k), data };
}

describe('lesson progress', () => {
  it('reads back what was written', () => {
    const s = memory();
    const progress = { chapter: 3, solved: ['iterator', 'send'] as const, code: { send: 'export default function* c() {}' } };
    expect(writeLessonProgress(s, { ...progress, solved: [...progress.solved] })).toBe(true);
    expect(readLessonProgress(s)).toEqual({ progress, notice: null });
  });

  it('starts at chapter 1 with nothing stored, and says nothing', () => {
    expect(readLessonProgress(memory())).toEqual({ progress: NO_PROGRESS, notice: null });
  });

  it('repairs a corrupt value and keeps what is still good', () => {
    const s = memory(JSON.stringify({ chapter: 99, solved: ['send', 'nope', 3], code: { send: 'x', bogus: 'y', async: 5 } }));
    const { progress, notice } = readLessonProgress(s);
    expect(progress).toEqual({ chapter: 0, solved: ['send'], code: { send: 'x' } });
    expect(notice?.en).toMatch(/repaired/);
  });

  it('drops a value that is no JSON, with a notice', () => {
    const { progress, notice } = readLessonProgress(memory('{oops'));
    expect(progress).toEqual(NO_PROGRESS);
    expect(notice?.ja).toMatch(/なおしました/);
  });
});
