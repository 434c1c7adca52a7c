// The chapter code (src/lessons) as modules and as text, live: under `npm run dev` a saved lesson
// file re-runs this module, which accepts itself and hands the new modules and text to the open
// chapter, so the Learn screen restarts that chapter with the new code instead of reloading the page.

type Modules = Readonly<Record<string, Record<string, unknown>>>;
type Texts = Readonly<Record<string, string>>;

const base = (path: string) => path.split('/').pop()!;
const byName = <T>(glob: Record<string, T>): Readonly<Record<string, T>> => Object.fromEntries(Object.entries(glob).map(([p, v]) => [base(p), v]));

export const LOADED = {
  modules: byName(import.meta.glob('../../lessons/*.ts', { eager: true })) as Modules,
  texts: byName(import.meta.glob(['../../lessons/*.ts', '../../lessons/*.py'], { eager: true, query: '?raw', import: 'default' })) as Texts,
  challenges: byName(import.meta.glob('../../lessons/challenges/*.ts', { eager: true, query: '?raw', import: 'default' })) as Texts,
};

let live = LOADED;
const listeners = new Set<() => void>();

/** `counter.ts` → its module (the instrumented chapter code). */
export function lessonModule<T>(file: string): T {
  const m = live.modules[file];
  if (!m) throw new Error(`no lesson module ${file}`);
  return m as T;
}

/** `counter.py`, `counter.ts` → its text as shipped (or as last saved under npm run dev). */
export function lessonText(file: string): string {
  return live.texts[file] ?? '';
}

/** `send.start.ts` → a challenge's starting code or solution. */
export function challengeText(file: string): string {
  return live.challenges[file] ?? '';
}

/** Called after a hot reload of any lesson file; returns a function that stops listening. */
export function onLessonReload(listener: () => void): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

/**
 * The swap itself: `next` is this module as re-run by the dev server; its chapter code replaces the
 * running code and every listener (the open chapter) restarts. A module without it (a failed
 * update) changes nothing. Returns whether it swapped. Exported so a unit test drives the path HMR takes.
 */
export function swapLessons(next: unknown): boolean {
  const loaded = (next as { LOADED?: typeof LOADED } | undefined)?.LOADED;
  if (!loaded) return false;
  live = loaded;
  for (const l of listeners) l();
  return true;
}

if (import.meta.hot) import.meta.hot.accept(swapLessons);
