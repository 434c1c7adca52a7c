// Fault isolation (issue 6): every kind of broken combatant becomes a located fault event while the
// battle goes on. The fixtures are discovered like the game does it (a lazy import.meta.glob and
// collectRoster) and come through the Vite plugin, so infinite-loop.ts carries its loop guard.
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadRoster } from '../../src/cli/load-roster.ts';
import type { Battle } from '../../src/core/battle.ts';
import type { BattleEvent, EventOf } from '../../src/core/events.ts';
import { transcript } from '../../src/core/messages.ts';
import { autoCommand } from '../../src/core/policy.ts';
import { startBattle, type BattleLog } from '../../src/core/replay.ts';
import { collectRoster, type LoadedModule, type Roster } from '../../src/core/roster.ts';
import { LOOP_LIMIT } from '../../src/core/sites.ts';
import { ZOMBIE_RETURN_LIMIT } from '../../src/core/task.ts';

const fixtureModules = import.meta.glob('../fixtures/combatants/*.ts');
const gameModules = import.meta.glob('../../src/combatants/*.ts');

let roster: Roster;
let zombieLog: { finallyYields: number };

beforeAll(async () => {
  const load = async ([path, importer]: [string, () => Promise<unknown>]): Promise<LoadedModule> => {
    try {
      return { path, module: await importer() };
    } catch (error) {
      return { path, error };
    }
  };
  const modules = await Promise.all([...Object.entries(gameModules), ...Object.entries(fixtureModules)].map(load));
  const result = collectRoster(modules);
  expect(result.problems).toEqual([]);
  roster = result.roster;
  zombieLog = (modules.find((m) => m.path.endsWith('/zombie.ts'))!.module as { zombieLog: { finallyYields: number } }).zombieLog;
});

function play(enemies: string[], seed = 42, maxSteps?: number): { battle: Battle; warnings: string[] } {
  const warnings: string[] = [];
  const log: BattleLog = { version: 1, mode: 'battle', seed, party: [{ kind: 'hero' }], enemies, commands: [], ...(maxSteps ? { maxSteps } : {}) };
  const battle = startBattle(log, roster, { monitor: { onWarn: (m) => warnings.push(m) } });
  battle.runToEnd(autoCommand);
  return { battle, warnings };
}

const of = <T extends BattleEvent['type']>(events: readonly BattleEvent[], type: T) =>
  events.filter((e): e is EventOf<T> => e.type === type);

const stateOf = (battle: Battle, id: string) => battle.snapshot().combatants.find((c) => c.id === id)!;

/** The faults that end the coroutine `errored`, and the sentence the fault event must carry. */
const ERRORED: readonly (readonly [kind: string, message: string])[] = [
  ['throws-first', 'Stumbler (すぐこける) threw Error: tripped before the first yield'],
  ['throws-mid', 'Late Stumbler (とちゅうでこける) threw RangeError: turn 3 is out of range'],
  ['yields-nan', 'Not-a-Number (ナンナン) yielded NaN; expected a status object such as { hp: 20 }'],
  ['yields-string', 'Wordy (もじもじ) yielded "attack"; expected a status object such as { hp: 20 }'],
  ['yields-null', 'Hollow (からっぽ) yielded null; expected a status object such as { hp: 20 }'],
  ['wrong-shape', 'Misshapen (へんなかたち) yielded an action of kind "dance"; expected one of attack, spell, item, defend, flee, wait'],
  ['bad-target', 'Misaimer (ねらいはずれ) yielded an action with target "hero-9", which does not exist'],
  [
    'infinite-loop',
    `Looper (むげんループ) threw NoYieldError: did not yield within ${LOOP_LIMIT} iterations (loop at infinite-loop.ts:13); a combatant must yield every turn`,
  ],
];

describe('fault isolation: each broken combatant is taken out, the battle goes on', () => {
  it('infinite-loop.ts was instrumented by the Vite plugin (else the next tests would hang)', () => {
    expect(String(roster.get('infinite-loop')!.create)).toMatch(/\.guard\("infinite-loop\.ts", 13\)/);
  });

  it.each(ERRORED)('%s alone: errored, one fault event naming it, one warning, victory by the normal rules', (kind, message) => {
    const { battle, warnings } = play([kind]);
    const faults = of(battle.events, 'fault');
    expect(faults).toEqual([{ type: 'fault', id: kind, side: 'enemy', message }]);
    expect(stateOf(battle, kind).state).toBe('errored');
    // The overlay's error: the thrown error itself, or the engine's sentence for a malformed yield.
    expect(message.endsWith(stateOf(battle, kind).error!)).toBe(true);
    expect(warnings).toEqual([`${message} — it is taken out of the battle`]);
    expect(battle.outcome).toBe('victory');
    expect(stateOf(battle, 'hero').state).toBe('cancelled'); // closed normally at the end, its finally ran
    const name = roster.get(kind)!.name;
    expect(transcript(battle.events, 'en')).toContain(`${name.en} glitched out!`);
    expect(transcript(battle.events, 'ja')).toContain(`${name.ja} は バグってしまった!`);
  });

  it.each(ERRORED)('%s beside a slime: the slime fights on and the battle ends by the normal rules', (kind, message) => {
    const { battle } = play([kind, 'slime'], 7);
    const i = battle.events.findIndex((e) => e.type === 'fault');
    expect(battle.events[i]).toMatchObject({ type: 'fault', id: kind, message });
    const after = battle.events.slice(i + 1);
    // Out of the queue: it never gets a turn or acts again, and the slime still does.
    expect(after.some((e) => (e.type === 'turnStart' || e.type === 'action') && ('actor' in e ? e.actor : '') === kind)).toBe(false);
    expect(after.some((e) => e.type === 'turnStart' && e.actor === 'slime')).toBe(true);
    expect(of(battle.events, 'fault')).toHaveLength(1);
    expect(['victory', 'defeat']).toContain(battle.outcome);
    expect(of(battle.events, 'battleEnd')).toHaveLength(1);
  });

  it('throws-mid fights and takes hits before it throws', () => {
    const { battle } = play(['throws-mid']);
    const before = battle.events.slice(0, battle.events.findIndex((e) => e.type === 'fault'));
    expect(before.filter((e) => e.type === 'action' && e.actor === 'throws-mid').length).toBeGreaterThanOrEqual(1);
    expect(before.filter((e) => e.type === 'damage' && e.target === 'throws-mid').length).toBeGreaterThanOrEqual(1);
  });

  it('infinite-loop: the overlay data locates it at its last yield', () => {
    const { battle } = play(['infinite-loop']);
    expect(stateOf(battle, 'infinite-loop').at).toEqual({ file: 'infinite-loop.ts', line: 11 });
  });

  it('returns-at-once: a legal death (closed, `return "bored"`), no fault, no crash', () => {
    const { battle, warnings } = play(['returns-at-once']);
    expect(of(battle.events, 'fault')).toEqual([]);
    expect(of(battle.events, 'death')).toEqual([{ type: 'death', id: 'returns-at-once', side: 'enemy', returned: 'bored' }]);
    const view = stateOf(battle, 'returns-at-once');
    expect(view.state).toBe('closed');
    expect(view.returned).toBe('bored');
    expect(warnings).toEqual([]);
    expect(battle.outcome).toBe('victory');
  });

  it(`zombie: yields from finally on return(); retried ${ZOMBIE_RETURN_LIMIT} times, then dropped as errored`, () => {
    zombieLog.finallyYields = 0;
    // It cannot die, so the step budget ends the battle and closing it wakes the zombie.
    const { battle, warnings } = play(['zombie'], 42, 30);
    expect(battle.outcome).toBe('draw');
    const dropped = `Zombie kept yielding from its finally block after ${ZOMBIE_RETURN_LIMIT} return() calls (zombie coroutine); dropped`;
    const [fault] = of(battle.events, 'fault');
    expect(fault).toEqual({ type: 'fault', id: 'zombie', side: 'enemy', message: expect.stringMatching(/^Zombie kept yielding/), rule: 'finally-yield' });
    const message = fault!.message;
    expect(message.startsWith(`${dropped}: it yielded from its finally block during return() (at zombie.ts:`)).toBe(true);
    expect(message).toContain('ゾンビ コルーチン');
    expect(stateOf(battle, 'zombie').state).toBe('errored');
    expect(zombieLog.finallyYields).toBeGreaterThanOrEqual(ZOMBIE_RETURN_LIMIT);
    expect(warnings).toEqual([message]);
    // The battle ended by its rules: one battleEnd, and it is the last event but the fault.
    expect(of(battle.events, 'battleEnd')).toEqual([expect.objectContaining({ outcome: 'draw', steps: 30 })]);
  });

  it('idle: yields forever without acting; the step budget ends the battle as a draw, with a message', () => {
    const { battle, warnings } = play(['idle']);
    expect(battle.outcome).toBe('draw');
    expect(of(battle.events, 'battleEnd')).toEqual([expect.objectContaining({ outcome: 'draw', steps: 2000 })]);
    expect(of(battle.events, 'fault')).toEqual([]);
    expect(of(battle.events, 'action').filter((e) => e.actor === 'idle')).toEqual([]);
    expect(stateOf(battle, 'idle').state).toBe('cancelled');
    expect(warnings).toEqual([]);
    expect(transcript(battle.events, 'en')).toContain('Out of time! The battle is a draw.');
  });

  it('every fault is deterministic: the same seed gives the same event log', () => {
    for (const [kind] of ERRORED) {
      const a = play([kind, 'bat'], 3).battle.events;
      const b = play([kind, 'bat'], 3).battle.events;
      expect(JSON.stringify(b, (_k, v: unknown) => (v instanceof Error ? v.message : v))).toBe(
        JSON.stringify(a, (_k, v: unknown) => (v instanceof Error ? v.message : v)),
      );
    }
  });
});

describe('discovery: a file that fails to import or has no valid export is skipped with a notice', () => {
  const here = fileURLToPath(new URL('.', import.meta.url));
  const fixtures = join(here, '../fixtures');
  let dir: string;

  beforeAll(() => {
    // Same depth as test/fixtures/combatants, so the fixtures' relative imports still resolve.
    dir = mkdtempSync(join(fixtures, '.discovery-'));
    copyFileSync(join(fixtures, 'bad-files/no-export.ts'), join(dir, 'no-export.ts'));
    copyFileSync(join(fixtures, 'bad-files/two-exports.ts'), join(dir, 'two-exports.ts'));
    copyFileSync(join(fixtures, 'bad-files/broken-syntax.ts.txt'), join(dir, 'broken-syntax.ts'));
    copyFileSync(join(fixtures, 'combatants/idle.ts'), join(dir, 'idle.ts'));
    copyFileSync(join(fixtures, 'combatants/throws-first.ts'), join(dir, 'throws-first.ts'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('names each bad file and loads the rest', async () => {
    const { roster: found, problems } = await loadRoster(dir);
    expect([...found.keys()].sort()).toEqual(['idle', 'throws-first']);
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatch(/^broken-syntax\.ts: failed to load \(/);
    expect(problems[1]).toBe('no-export.ts: exports no combatant definition (export default defineEnemy({ … }))');
    expect(problems[2]).toBe('two-exports.ts: exports 2 combatant definitions; one file holds one monster');
  });

  it('the rest of the game works: a battle against what loaded', async () => {
    const { roster: found } = await loadRoster(dir);
    const hero = roster.get('hero')!;
    const battle = startBattle(
      { version: 1, mode: 'battle', seed: 1, party: [{ kind: 'hero' }], enemies: ['throws-first'], commands: [] },
      new Map([...found, ['hero', hero]]),
      { monitor: { onWarn: () => {} } },
    );
    battle.runToEnd(autoCommand);
    expect(battle.outcome).toBe('victory');
  });
});
