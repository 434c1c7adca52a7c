// Each chapter's challenge is checked from what the learner's code does, never from its text:
// the check starts it, sends it values, and reads what it yields and returns.
import { drivePlan } from './plan.ts';
import { VirtualClock } from './virtual-clock.ts';

export type ChapterId = 'iterator' | 'generator' | 'send' | 'battle' | 'delegate' | 'async';
export const CHAPTER_IDS: readonly ChapterId[] = ['iterator', 'generator', 'send', 'battle', 'delegate', 'async'];

/** One running coroutine of the learner's code (in the page: inside the sandbox). */
export interface Resumable {
  next(value?: unknown): IteratorResult<unknown, unknown>;
}
/** Starts the learner's default export with one argument. */
export type Start = (arg: number) => Resumable;

export interface CheckOutcome {
  readonly ok: boolean;
  /** What happened, call by call, as the debugger writes it: `next() → yield 1`. */
  readonly calls: readonly string[];
  readonly ja: string;
  readonly en: string;
}

const show = (v: unknown) => (v === undefined ? 'undefined' : JSON.stringify(v));
const resultText = (r: IteratorResult<unknown, unknown>) => (r.done ? `return ${show(r.value)} (done)` : `yield ${show(r.value)}`);

interface Call {
  readonly send?: number;
  readonly done: boolean;
  readonly value: unknown;
}

/** Runs the calls in order and stops at the first answer that is not the one wanted. */
function expectCalls(start: Start, arg: number, calls: readonly Call[], why: { ja: string; en: string }): CheckOutcome {
  const seen: string[] = [];
  try {
    const g = start(arg);
    for (const c of calls) {
      const label = c.send === undefined ? 'next()' : `next(${c.send})`;
      const r = c.send === undefined ? g.next() : g.next(c.send);
      const want = resultText({ done: c.done, value: c.value } as IteratorResult<unknown, unknown>);
      seen.push(`${label} → ${resultText(r)}`);
      if (r.done !== c.done || JSON.stringify(r.value) !== JSON.stringify(c.value)) {
        return { ok: false, calls: seen, ja: `${label} は ${want} の はずが ${resultText(r)}。${why.ja}`, en: `${label} should give ${want}, it gave ${resultText(r)}. ${why.en}` };
      }
    }
  } catch (error) {
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return { ok: false, calls: seen, ja: `エラー: ${message}`, en: `Error: ${message}` };
  }
  return { ok: true, calls: seen, ja: 'せいかい! ぜんぶ のぞみ どおり。', en: 'Solved! Every answer was the one wanted.' };
}

const yields = (values: readonly unknown[]): Call[] => values.map((value) => ({ done: false, value }));

async function checkAsync(start: Start): Promise<CheckOutcome> {
  const clock = new VirtualClock();
  let failed: unknown = null;
  // A yield the driver rejects (or a throw in the code) ends main; it is caught here, never left unhandled.
  clock.spawn('main', () => drivePlan(clock, start(0)).catch((error: unknown) => void (failed = error)));
  await clock.runAll();
  const calls = clock.lines.map((l) => `t=${l.at} ${l.text}`);
  if (failed !== null) {
    const message = failed instanceof Error ? `${failed.name}: ${failed.message}` : String(failed);
    return { ok: false, calls, ja: `エラー: ${message}`, en: `Error: ${message}` };
  }
  const done = ['hoimi', 'gira'].every((s) => clock.lines.some((l) => l.text === `${s}: done`));
  if (!done) return { ok: false, calls, ja: 'ホイミ と ギラ の りょうほう を となえて。', en: 'Cast both hoimi and gira.' };
  if (clock.now !== 20) return { ok: false, calls, ja: `ぜんぶで ${clock.now}。 いっしょに となえれば 20 です。`, en: `It took ${clock.now} in all; together it takes 20.` };
  return { ok: true, calls, ja: 'せいかい! 10 と 20 を いっしょに まって ぜんぶで 20。', en: 'Solved! 10 and 20 waited side by side: 20 in all.' };
}

export const CHECKS: Readonly<Record<ChapterId, (start: Start) => Promise<CheckOutcome>>> = {
  iterator: async (start) =>
    expectCalls(start, 0, [...yields(['herb', 'sword', 'shield']), { done: true, value: undefined }, { done: true, value: undefined }], {
      ja: 'からっぽ に なったら done: true を かえそう。',
      en: 'Once empty, return done: true.',
    }),
  generator: async (start) =>
    expectCalls(start, 0, yields(Array.from({ length: 50 }, (_, i) => i + 1)), { ja: 'おわらない ループ で yield しよう。', en: 'Yield inside a loop that never ends.' }),
  send: async (start) =>
    expectCalls(start, 0, [...yields([0, 1, 2, 3]), { send: 0, done: false, value: 0 }, ...yields([1]), { send: 10, done: false, value: 10 }, ...yields([11])], {
      ja: '0 も おくられた あたい です: undefined と くらべよう。',
      en: '0 is a value that was sent too: compare with undefined.',
    }),
  battle: async (start) =>
    expectCalls(start, 20, [...yields([20]), { send: -9, done: false, value: 11 }, ...yields([11]), { send: -12, done: true, value: 0 }], {
      ja: 'HP が 0 いか に なったら return 0。',
      en: 'When HP reaches 0 or less, return 0.',
    }),
  delegate: async (start) =>
    expectCalls(start, 0, [...yields(['calm 1']), { send: 3, done: false, value: 'calm 2' }, { send: 4, done: false, value: 'angry 1' }, { send: 5, done: false, value: 'angry 2' }, { send: 6, done: true, value: 18 }], {
      ja: 'const calm = yield* phase(…) で フェーズ の return を うけとろう。',
      en: 'const calm = yield* phase(…) receives what the phase returns.',
    }),
  async: checkAsync,
};
