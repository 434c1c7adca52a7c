// Every chapter's demo, stepped to its end: each step moves the highlighted line in the
// TypeScript pane and in the Python pane beside it, and the debugger's view says what happened.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { startClassic } from '../../src/core/replay.ts';
import type { Battle } from '../../src/core/battle.ts';
import { BattleSession } from '../../src/game/battle/session.ts';
import { CHAPTER_IDS, type ChapterId } from '../../src/lessons/checks.ts';
import { buildDemo, type DemoEnv } from '../../src/game/lessons/chapters.ts';
import { recordDriverTrace } from '../../src/game/lessons/driver-trace.ts';
import type { Demo, LessonFrame } from '../../src/game/lessons/frame.ts';
import { loadTestRoster } from '../helpers.ts';
import { WITH_CLASSIC } from '../setup-classic.ts';

const text = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

function env(lang: 'ja' | 'en' = 'en'): DemoEnv {
  let battle: Battle = startClassic(3, [8, 9, 7, 8, 7, 10], WITH_CLASSIC);
  return {
    lang,
    classic: () => ({ get battle() { return battle; }, step: () => battle.step(), restart: () => void (battle = startClassic(3, [8, 9, 7, 8, 7, 10], WITH_CLASSIC)) }),
    recordDriver: async () => recordDriverTrace(new BattleSession({ version: 1, mode: 'battle', seed: 7, party: [{ kind: 'hero' }], enemies: ['slime'], commands: [] }, await loadTestRoster()), lang),
    classicSource: text('src/combatants/classic.ts'),
    driverSource: text('src/game/battle/driver.ts'),
  };
}

async function walk(demo: Demo, limit = 200): Promise<LessonFrame[]> {
  const frames: LessonFrame[] = [];
  while (frames.length < limit && (await demo.step())) frames.push(demo.frame());
  return frames;
}

describe('lesson demos', () => {
  for (const id of CHAPTER_IDS) {
    it(`${id}: every step highlights a line in both panes and ends finished`, async () => {
      const demo = buildDemo(id as ChapterId, env());
      expect(demo.frame().step).toBe(0);
      const frames = await walk(demo);
      expect(frames.length).toBeGreaterThan(3);
      expect(frames.at(-1)!.finished).toBe(true);
      for (const f of frames) {
        expect(f.panes[0].highlight.length + f.panes[1].highlight.length, JSON.stringify(f.note)).toBeGreaterThan(0);
        if (f.panes[1].kind === 'py') expect(f.panes[0].highlight.length > 0).toBe(f.panes[1].highlight.length > 0);
        expect(f.note.en.length).toBeGreaterThan(5);
      }
      demo.restart();
      expect(demo.frame().step).toBe(0);
      const again = await walk(demo);
      expect(again.map((f) => f.note)).toEqual(frames.map((f) => f.note));
    });
  }

  it('send: a value sent before the first next() is lost', async () => {
    const demo = buildDemo('send', env());
    await demo.step();
    expect(demo.frame().trace).toEqual(['counter.send(5) → yield 0']);
    expect(demo.frame().note.en).toMatch(/dropped/);
  });

  it('delegate: the debugger shows the yield* stack and what yield* returned', async () => {
    const demo = buildDemo('delegate', env());
    await demo.step();
    const f = demo.frame();
    expect(f.coroutines[0]!.stack).toEqual(['boss.ts:12 phase']);
    expect(f.panes[0].highlight).toEqual([12, 6]);
    const frames = await walk(demo);
    expect(frames.at(-1)!.trace.at(-1)).toBe('boss.send(6) → return 18 (StopIteration)');
    expect(frames.at(-1)!.coroutines[0]!.stack).toEqual([]);
  });

  it('battle: the classic turn, step by step, with the memo crash explained', async () => {
    const demo = buildDemo('battle', env('ja'));
    const frames = await walk(demo);
    expect(frames[0]!.note.ja).toMatch(/^1\. t = tasks\.pop\(0\): ゆうしゃ/);
    expect(frames[1]!.note.ja).toMatch(/tasks\.append\(t\)/);
    expect(frames.at(-1)!.note.ja).toMatch(/StopIteration/);
    // The memo's draws: 8, 9, 7, 8, 7, 10; the slime dies on the last, and the hero is closed with return().
    expect(frames.at(-1)!.trace.slice(-2)).toEqual(['スライム.send(-10) → return 0 (StopIteration)', 'ゆうしゃ.return() → closed (cancelled)']);
  });

  it('async: the virtual clock is deterministic: 10 + 20 one after the other, 20 together', async () => {
    const run = async () => {
      const frames = await walk(buildDemo('async', env()));
      return frames.map((f) => ({ note: f.note.en, clock: f.clock, totals: f.trace }));
    };
    const a = await run();
    expect(a).toEqual(await run());
    const last = a.at(-1)!;
    expect(last.totals).toEqual(['one after another: 30', 'together (Promise.all): 20']);
    const sleeping = a.find((f) => f.clock?.sleeping.length === 2)!.clock!;
    expect(sleeping.sleeping).toEqual([{ label: 'hoimi', wakeAt: 10 }, { label: 'gira', wakeAt: 20 }]);
  });

  it('async: the driver trace marks its awaits by the markers in driver.ts, beside the scheduler', async () => {
    const trace = await env().recordDriver();
    expect(trace[0]).toEqual({ marker: 'await-paused', kind: 'await', text: 'await view.whilePaused()' });
    expect(trace.some((e) => e.marker === 'await-command' && e.text === 'await player.choose(Hero)')).toBe(true);
    expect(trace.find((e) => e.kind === 'resume')!.text).toMatch(/^next\(Hero\) → yield/);
    const driver = text('src/game/battle/driver.ts');
    for (const m of ['await-paused', 'step', 'await-settle', 'await-command']) expect(driver).toContain(`lesson: ${m}`);
  });
});
