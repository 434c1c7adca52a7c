// The log keeps frequent events in columns and builds them for subscribers: a battle heard by a
// subscriber must log exactly what the same battle logs unheard, and the subscriber must hear
// exactly the log, event for event, whatever the counter says.
import { describe, expect, it } from 'vitest';
import type { Battle } from '../../src/core/battle.ts';
import type { BattleEvent } from '../../src/core/events.ts';
import { autoCommand } from '../../src/core/policy.ts';
import { startBattle, startClassic } from '../../src/core/replay.ts';
import { DEFAULT_SEED, SEED_DAMAGE, battleLog, loadTestRoster, recruit, directBattle, WITH_CLASSIC } from '../helpers.ts';

const roster = await loadTestRoster();

/** The quiet log, the heard battle's log, and what its subscriber heard (from the first turn: it subscribed after battleStart). */
function both(start: () => Battle): [string, string, string] {
  const quiet = start();
  quiet.runToEnd(autoCommand);
  const heard: BattleEvent[] = [];
  const loud = start();
  loud.subscribe({ onEvent: (e) => heard.push(e) });
  loud.runToEnd(autoCommand);
  return [JSON.stringify(quiet.events), JSON.stringify(loud.events), JSON.stringify([loud.events[0], ...heard])];
}

describe('events with and without a subscriber', () => {
  it('are the same for a game battle, and the subscriber hears the log', () => {
    const [quiet, loud, heard] = both(() => startBattle(battleLog(['slime', 'bat']), roster));
    expect(loud).toBe(quiet);
    expect(heard).toBe(quiet);
  });

  it('are the same for the seed battle, with and without tracing', () => {
    for (const trace of [true, false]) {
      const [quiet, loud, heard] = both(() => startClassic(DEFAULT_SEED, SEED_DAMAGE, { trace, counter: WITH_CLASSIC.counter }));
      expect(loud).toBe(quiet);
      expect(heard).toBe(quiet);
    }
  });

  it('keep a line said with other keys, or in another order, as it was said', () => {
    const odd = [{ hp: 3, key: 'hp' }, { key: 'damage', amount: 2, extra: true }, { key: 'died', why: 'x' }];
    const start = () => directBattle([
      recruit('a', 'hero', (tools) => (function* () {
        for (const line of odd) tools.say(line as never);
        return 0;
      })()),
      recruit('b', 'enemy', () => (function* () { for (;;) yield { hp: 10 }; })()),
    ]);
    const [quiet, loud, heard] = both(start);
    expect(loud).toBe(quiet);
    expect(heard).toBe(quiet);
    const said = (JSON.parse(quiet) as BattleEvent[]).filter((e) => e.type === 'said').map((e) => JSON.stringify((e as { line: unknown }).line));
    expect(said).toEqual(odd.map((l) => JSON.stringify(l)));
  });
});
