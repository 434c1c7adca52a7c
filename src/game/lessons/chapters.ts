// The six chapters: for each, its code panes, its demo and its challenge files. The demos run the
// chapter code of src/lessons (through lesson-sources.ts, so a saved file plays at once).
import type { Lang } from '../../core/protocol.ts';
import type { ChapterId } from '../../lessons/checks.ts';
import type { Chest } from '../../lessons/chest.ts';
import { asyncDemo } from './async-demo.ts';
import { battleDemo, type ClassicRun } from './battle-demo.ts';
import { CHAPTER_TEXTS } from './chapter-texts.ts';
import type { DriverTraceEntry } from './driver-trace.ts';
import type { Demo } from './frame.ts';
import { challengeText, lessonModule, lessonText } from './lesson-sources.ts';
import { scriptDemo, type ScriptCall } from './script-demo.ts';

export interface DemoEnv {
  readonly lang: Lang;
  /** The classic battle to step (chapter 4): a BattleSession in the game. */
  readonly classic: () => ClassicRun;
  /** The game driver's recorded trace (chapter 6). */
  readonly recordDriver: () => Promise<readonly DriverTraceEntry[]>;
  /** src/combatants/classic.ts and src/game/battle/driver.ts as shipped. */
  readonly classicSource: string;
  readonly driverSource: string;
}

const ITEMS = { ja: ['やくそう', 'どうのつるぎ', 'かわのたて'], en: ['herb', 'copper sword', 'leather shield'] } as const;
type GenFn = (...args: never[]) => Iterator<unknown, unknown, unknown>;

const nexts = (target: string, n: number, note: (i: number) => ScriptCall['note']): ScriptCall[] => Array.from({ length: n }, (_, i) => ({ target, note: note(i) }));

export function challengeFiles(id: ChapterId): { start: string; solution: string } {
  return { start: challengeText(`${id}.start.ts`), solution: challengeText(`${id}.solution.ts`) };
}

export function buildDemo(id: ChapterId, env: DemoEnv): Demo {
  const intro = CHAPTER_TEXTS[id].intro;
  const files = (name: string) => ({ ts: { file: `src/lessons/${name}.ts`, text: lessonText(`${name}.ts`) }, py: { file: `${name}.py`, text: lessonText(`${name}.py`) } });
  const items = ITEMS[env.lang];
  switch (id) {
    case 'iterator': {
      const { Chest: ChestClass } = lessonModule<{ Chest: typeof Chest }>('chest.ts');
      return scriptDemo({
        ...files('chest'), intro,
        targets: [{ name: 'chest', create: () => new ChestClass(items), tagOf: (r) => (r.done ? 'empty' : 'give') }],
        calls: nexts('chest', 5, (i) => (i < 3
          ? { ja: `next() → ${items[i]}。 のこり ${2 - i} こ は フィールド の なか。`, en: `next() → ${items[i]}. ${2 - i} left, kept in a field.` }
          : { ja: 'からっぽ: done: true (Python なら raise StopIteration)。 なんど よんでも おなじ。', en: 'Empty: done: true (Python: raise StopIteration). Again and again the same.' })),
      });
    }
    case 'generator': {
      const m = lessonModule<{ chestItems: GenFn; countForever: GenFn }>('generators.ts');
      return scriptDemo({
        ...files('generators'), intro,
        targets: [
          { name: 'chestItems', create: () => (m.chestItems as (i: readonly string[]) => Iterator<unknown, unknown, unknown>)(items), doneTag: 'end' },
          { name: 'countForever', create: () => (m.countForever as () => Iterator<unknown, unknown, unknown>)() },
        ],
        calls: [
          ...nexts('chestItems', 4, (i) => (i < 3
            ? { ja: `yield ${items[i]}: ここで とまる。 つぎ の next() は この つぎ から。`, en: `yield ${items[i]}: it stops here; the next next() goes on from here.` }
            : { ja: 'ループ が おわって かんすう の おわり: done: true。', en: 'The loop ends and so does the function: done: true.' })),
          ...nexts('countForever', 5, (i) => ({ ja: `yield ${i + 1}: while (true) でも 1かい ぶん だけ。`, en: `yield ${i + 1}: while (true), yet only one round per next().` })).map((c) => ({ ...c, via: ['up'] })),
        ],
      });
    }
    case 'send': {
      const { counter } = lessonModule<{ counter: () => Iterator<unknown, unknown, unknown> }>('counter.ts');
      const up = { ja: 'next(): received は undefined → カウントアップ。', en: 'next(): received is undefined → count up.' };
      const counting = { target: 'counter', note: up, via: ['up'] };
      return scriptDemo({
        ...files('counter'), intro,
        targets: [{ name: 'counter', create: () => counter() }],
        calls: [
          { target: 'counter', send: 5, via: ['start'], note: { ja: 'はじまる まえ の send(5): さいしょ の yield まで うごく だけ で 5 は すてられた (yield 0)。 Python なら TypeError: can\'t send non-None value to a just-started generator。', en: "send(5) before it started: it only ran to the first yield and the 5 was dropped (yield 0). Python: TypeError: can't send non-None value to a just-started generator." } },
          counting,
          counting,
          { target: 'counter', send: 10, via: ['reset'], note: { ja: 'send(10): yield の こたえ が 10 → リセット。', en: 'send(10): the yield answers 10 → reset.' } },
          counting,
        ],
      });
    }
    case 'battle':
      return battleDemo(env.classic(), { ts: env.classicSource, py: lessonText('classic.py'), intro }, env.lang);
    case 'delegate': {
      const { boss } = lessonModule<{ boss: () => Iterator<unknown, unknown, unknown> }>('boss.ts');
      const sent = [undefined, 3, 4, 5, 6];
      return scriptDemo({
        ...files('boss'), intro,
        targets: [{ name: 'boss', create: () => boss(), doneTag: 'boss-return' }],
        calls: sent.map((s, i) => ({
          target: 'boss',
          ...(s === undefined ? {} : { send: s }),
          note: i === 2
            ? { ja: 'calm が return 7 (3 + 4)。 yield* の あたい が 7 に なり、angry へ。', en: 'calm returns 7 (3 + 4): the yield* evaluates to 7, on to angry.' }
            : i === 4
              ? { ja: 'angry が return 11。 ボス は 7 + 11 = 18 を return。 ループ を コピー したら この ごうけい は でない。', en: 'angry returns 11; the boss returns 7 + 11 = 18. A copied loop would have no such total.' }
              : { ja: `${s === undefined ? 'next()' : `send(${s})`} は yield* を とおって フェーズ へ とどく。`, en: `${s === undefined ? 'next()' : `send(${s})`} goes through the yield* into the phase.` },
        })),
      });
    }
    case 'async':
      return asyncDemo({ ts: lessonText('spells.ts'), py: lessonText('spells.py'), driver: env.driverSource, record: env.recordDriver, intro });
  }
}
