// Fault isolation in the browser: every kind of broken combatant, played in the test
// build (`vite build --mode test`, which adds test/fixtures/combatants through a lazy glob). Each
// fault must leave the game running to Result, the coroutine `errored` with its name and place,
// the glitch line in the battle window, exactly one console warning, and no console errors.
// Several faults share one battle (?enemies=a,b,c) so the whole file costs two page loads.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, describe, expect, inject, it } from 'vitest';
import type { CombatantView } from '../../src/core/battle';
import type { BattleEvent, BattleOutcome } from '../../src/core/events';
import { exitText } from '../../src/game/debug/format';
import { collectProblems, launchBrowser, openGame } from './browser';
import { FAST, playToResult, waitScene } from './game';

declare const window: { __game: import('../../src/game/testing/test-api').GameTestApi };

const FIXTURES = fileURLToPath(new URL('../fixtures/combatants/', import.meta.url));

interface Played {
  readonly events: BattleEvent[];
  readonly combatants: readonly CombatantView[];
  readonly messages: readonly string[];
  readonly notices: readonly string[];
  readonly warnings: readonly string[];
  readonly problems: readonly string[];
  readonly outcome: BattleOutcome | undefined;
  readonly scene: string;
}

let browser: Browser | undefined;
afterAll(async () => {
  await browser?.close();
  browser = undefined;
});

/** Plays one battle of the test build to Result, attacking every turn, and keeps what it showed. */
async function play(query: string): Promise<Played> {
  browser ??= await launchBrowser();
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, reducedMotion: 'reduce' });
  try {
    const page = await context.newPage();
    const problems = collectProblems(page);
    const warnings: string[] = [];
    page.on('console', (msg) => {
      if (msg.type() === 'warning' && msg.text().startsWith('[coroutine-quest]')) warnings.push(msg.text());
    });
    await openGame(page, `${query}&${FAST}`, 60_000, inject('testBaseUrl'));
    await waitScene(page, 'Battle');
    await playToResult(page, () => page.keyboard.press('Enter'));
    const seen = await page.evaluate(() => {
      const g = window.__game;
      return {
        eventsJson: g.lastBattle!.eventsJson,
        combatants: g.lastBattle!.snapshot.combatants,
        messages: [...g.messages],
        notices: [...g.notices],
        outcome: g.result?.outcome,
        scene: g.scene,
      };
    });
    return { ...seen, events: JSON.parse(seen.eventsJson) as BattleEvent[], warnings, problems: [...problems.problems] };
  } finally {
    await context.close();
  }
}

/** Each batch is played once, by the first test that needs it. */
function once(query: string): () => Promise<Played> {
  let run: Promise<Played> | undefined;
  return () => (run ??= play(query));
}

// Everything that breaks during a normal fight, in one battle (English).
const fight = once(
  '?enemies=throws-first,throws-mid,yields-nan,yields-string,yields-null,wrong-shape,bad-target,returns-at-once,infinite-loop&seed=5&lang=en',
);
// The two that only a step budget ends (Japanese): the zombie wakes when the draw closes it.
const budget = once('?enemies=zombie,idle&steps=12&seed=3&lang=ja');

interface Fault {
  readonly kind: string;
  readonly what: string;
  readonly batch: () => Promise<Played>;
  readonly name: { readonly en: string; readonly ja: string };
  /** The fault event's exact message. */
  readonly message: string;
  /** The engine rule it broke, when the fault is one. */
  readonly rule?: string;
}

const FAULTS: readonly Fault[] = [
  { kind: 'throws-first', what: 'throws on its first resume', batch: fight, name: { en: 'Stumbler', ja: 'すぐこける' }, message: 'Stumbler (すぐこける) threw Error: tripped before the first yield' },
  { kind: 'throws-mid', what: 'throws mid-battle', batch: fight, name: { en: 'Late Stumbler', ja: 'とちゅうでこける' }, message: 'Late Stumbler (とちゅうでこける) threw RangeError: turn 3 is out of range' },
  { kind: 'yields-nan', what: 'yields NaN', batch: fight, name: { en: 'Not-a-Number', ja: 'ナンナン' }, message: 'Not-a-Number (ナンナン) yielded NaN; expected a status object such as { hp: 20 }' },
  { kind: 'yields-string', what: 'yields a string', batch: fight, name: { en: 'Wordy', ja: 'もじもじ' }, message: 'Wordy (もじもじ) yielded "attack"; expected a status object such as { hp: 20 }' },
  { kind: 'yields-null', what: 'yields null', batch: fight, name: { en: 'Hollow', ja: 'からっぽ' }, message: 'Hollow (からっぽ) yielded null; expected a status object such as { hp: 20 }' },
  {
    kind: 'wrong-shape', what: 'yields an object of the wrong shape', batch: fight, name: { en: 'Misshapen', ja: 'へんなかたち' },
    message: 'Misshapen (へんなかたち) yielded an action of kind "dance"; expected one of attack, spell, item, defend, flee, wait',
  },
  { kind: 'bad-target', what: 'names a target that does not exist', batch: fight, name: { en: 'Misaimer', ja: 'ねらいはずれ' }, message: 'Misaimer (ねらいはずれ) yielded an action with target "hero-9", which does not exist' },
  {
    kind: 'infinite-loop', what: 'loops forever without yielding', batch: fight, name: { en: 'Looper', ja: 'むげんループ' },
    message: 'Looper (むげんループ) threw NoYieldError: did not yield within 100000 iterations (loop at infinite-loop.ts:13); a combatant must yield every turn',
  },
  {
    kind: 'zombie', what: 'yields again from finally on return() (zombie)', batch: budget, name: { en: 'Zombie', ja: 'ゾンビ' },
    message:
      'Zombie kept yielding from its finally block after 3 return() calls (zombie coroutine); dropped: it yielded from its finally block during return() (at zombie.ts:23): a zombie coroutine that will not end. Do not yield inside finally; return() must be able to close it\nreturn() で とじている とちゅう、finally の なかで yield しました (zombie.ts:23)。おわらない ゾンビ コルーチン です。finally の なかでは yield しないでください',
    rule: 'finally-yield',
  },
];

const glitch = (name: Fault['name'], lang: 'en' | 'ja') => (lang === 'en' ? `${name.en} glitched out!` : `${name.ja} は バグってしまった!`);

/** `at` must point at a real `yield` in the fixture's source. */
function expectAtYield(at: CombatantView['at'], kind: string): void {
  expect(at, `${kind}: snapshot().at`).not.toBeNull();
  expect(at!.file).toBe(`${kind}.ts`);
  const line = readFileSync(`${FIXTURES}${kind}.ts`, 'utf8').split(/\r?\n/)[at!.line - 1];
  expect(line, `${kind}.ts:${at!.line}`).toMatch(/\byield\b/);
}

describe('fault isolation in the browser (test build)', () => {
  it.each(FAULTS)('$kind ($what): game runs to Result, errored with name and place, glitch line, one warning', async (f) => {
    const run = await f.batch();
    const lang = f.batch === fight ? 'en' : 'ja';
    // The game kept running to the Result screen, with no console errors or page errors.
    expect(run.scene).toBe('Result');
    expect(run.problems).toEqual([]);
    // One fault event, with the combatant's name in both languages (the zombie's says its English name).
    const faults = run.events.filter((e) => e.type === 'fault' && e.id === f.kind);
    expect(faults).toEqual([{ type: 'fault', id: f.kind, side: 'enemy', message: f.message, ...(f.rule && { rule: f.rule }) }]);
    expect(f.message).toContain(f.name.en);
    // The overlay's data: errored, with the error, and where it stopped when the instrumentation knows.
    const view = run.combatants.find((c) => c.id === f.kind)!;
    expect(view.state).toBe('errored');
    expect(f.message.endsWith(view.error!)).toBe(true);
    if (f.kind === 'throws-first') expect(view.at).toBeNull(); // it never reached a yield
    else expectAtYield(view.at, f.kind);
    // The battle window said so.
    expect(run.messages).toContain(glitch(f.name, lang));
    // Exactly one console warning about it, and it is the fault's sentence.
    const mine = run.warnings.filter((w) => w.startsWith(`[coroutine-quest] ${f.name.en} `));
    expect(mine).toHaveLength(1);
    expect(mine[0]).toContain(f.message);
  });

  it('returns at once: a legal death (`return "bored"`), no fault, no warning, no crash', async () => {
    const run = await fight();
    expect(run.scene).toBe('Result');
    expect(run.problems).toEqual([]);
    expect(run.events.filter((e) => (e.type === 'fault' || e.type === 'death') && e.id === 'returns-at-once')).toEqual([
      { type: 'death', id: 'returns-at-once', side: 'enemy', returned: 'bored' },
    ]);
    const view = run.combatants.find((c) => c.id === 'returns-at-once')!;
    expect(view.state).toBe('closed');
    expect(exitText(view)).toBe('return "bored"'); // what the overlay shows
    expect(run.messages).toContain('Quitter has died');
    expect(run.warnings.filter((w) => w.includes('Quitter'))).toEqual([]);
  });

  it('the battle with the faults ends by the normal rules: every fault is out of the queue, victory', async () => {
    const run = await fight();
    expect(run.outcome).toBe('victory');
    expect(run.messages.at(-1)).toBe('You defeated the monsters!');
    // Nothing acts after its fault.
    for (const [i, e] of run.events.entries()) {
      if (e.type !== 'fault') continue;
      expect(run.events.slice(i + 1).some((later) => (later.type === 'action' || later.type === 'turnStart') && later.actor === e.id)).toBe(false);
    }
    // One warning per fault, nothing else from the game.
    expect(run.warnings).toHaveLength(8);
  });

  it('idle (yields forever without acting): the step budget ends the battle as a draw, with a message', async () => {
    const run = await budget();
    expect(run.scene).toBe('Result');
    expect(run.problems).toEqual([]);
    expect(run.outcome).toBe('draw');
    expect(run.events.filter((e) => e.type === 'battleEnd')).toEqual([expect.objectContaining({ outcome: 'draw', steps: 12 })]);
    expect(run.events.filter((e) => e.type === 'action' && e.actor === 'idle')).toEqual([]);
    expect(run.combatants.find((c) => c.id === 'idle')!.state).toBe('cancelled');
    expect(run.messages).toContain('じかんぎれ! しょうぶは ひきわけ。');
    expect(run.warnings.filter((w) => !w.includes('Zombie'))).toEqual([]);
  });

  it('a combatant file that fails to import or has no valid export is skipped with a notice naming it', async () => {
    const run = await fight();
    expect(run.notices).toEqual(expect.arrayContaining([
      'explodes-on-import.ts: failed to load (explodes-on-import blew up while loading)',
      'no-export.ts: exports no combatant definition (export default defineEnemy({ … }))',
      'two-exports.ts: exports 2 combatant definitions; one file holds one monster',
    ]));
    // The rest of the game works: the battles above ran in the same build, and the failed import
    // was not a page error or a console error.
    expect(run.problems).toEqual([]);
  });
});
