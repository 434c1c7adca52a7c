// The hot-reload path of the Learn chapters (issue 18): under `npm run dev` a saved src/lessons file
// re-runs lesson-sources.ts, whose accept handler is swapLessons. Driven here as HMR drives it: the
// new module's chapter code replaces the running code, and the open chapter restarts with it.
import { afterEach, describe, expect, it } from 'vitest';
import { buildDemo, type DemoEnv } from '../../../src/game/lessons/chapters';
import { LOADED, lessonModule, lessonText, onLessonReload, swapLessons } from '../../../src/game/lessons/lesson-sources';

const env: DemoEnv = {
  lang: 'en',
  classic: () => { throw new Error('chapter 4 is not opened here'); },
  recordDriver: () => Promise.reject(new Error('chapter 6 is not opened here')),
  classicSource: '',
  driverSource: '',
};

/** LOADED with counter.ts saved anew: a counter that counts by tens, and its new text. */
function savedCounter(): typeof LOADED {
  const text = '// counts by tens\nexport function* counter() {\n  let count = 0;\n  while (true) { const r = yield count; count = r ?? count + 10; }\n}\n';
  function* counter(): Generator<number, never, number | undefined> {
    let count = 0;
    while (true) {
      const r = yield count;
      count = r ?? count + 10;
    }
  }
  return { ...LOADED, modules: { ...LOADED.modules, 'counter.ts': { counter } }, texts: { ...LOADED.texts, 'counter.ts': text } };
}

/** What the counter yielded at each step of chapter 3's demo. */
async function yields(): Promise<string[]> {
  const demo = buildDemo('send', env);
  const out: string[] = [];
  while (await demo.step()) out.push(demo.frame().coroutines.find((c) => c.name === 'counter')!.yielded);
  demo.dispose();
  return out;
}

afterEach(() => void swapLessons({ LOADED }));

describe('lesson hot reload', () => {
  it('serves the shipped chapter code until a file is saved', async () => {
    expect(lessonText('counter.ts')).toContain('export function* counter');
    expect(await yields()).toEqual(['yield 0', 'yield 1', 'yield 2', 'yield 10', 'yield 11']);
  });

  it('a new module for a chapter replaces the running code and restarts the open chapter with it', async () => {
    const before = lessonModule<{ counter: unknown }>('counter.ts').counter;
    let restarts: Promise<string[]>[] = [];
    const stop = onLessonReload(() => restarts.push(yields()));
    expect(swapLessons({ LOADED: savedCounter() })).toBe(true);
    // The listener (the Learn page reopening its chapter) ran once, and the chapter now runs the saved code.
    expect(restarts).toHaveLength(1);
    expect(await restarts[0]).toEqual(['yield 0', 'yield 10', 'yield 20', 'yield 10', 'yield 20']);
    expect(lessonModule<{ counter: unknown }>('counter.ts').counter).not.toBe(before);
    expect(lessonText('counter.ts')).toMatch(/^\/\/ counts by tens/);
    expect(buildDemo('send', env).frame().panes[0].lines[0]).toBe('// counts by tens');
    // Another chapter's code is untouched.
    expect(lessonModule('chest.ts')).toBe(LOADED.modules['chest.ts']);
    // A closed chapter no longer listens.
    stop();
    restarts = [];
    swapLessons({ LOADED });
    expect(restarts).toEqual([]);
    expect(await yields()).toEqual(['yield 0', 'yield 1', 'yield 2', 'yield 10', 'yield 11']);
  });

  it('an update without chapter code (a failed re-run) changes nothing and restarts nothing', () => {
    let restarted = 0;
    const stop = onLessonReload(() => restarted++);
    expect(swapLessons(undefined)).toBe(false);
    expect(swapLessons({})).toBe(false);
    expect(restarted).toBe(0);
    expect(lessonModule('counter.ts')).toBe(LOADED.modules['counter.ts']);
    stop();
  });
});
