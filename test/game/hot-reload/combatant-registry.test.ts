// The live roster across saves: a failed save is remembered (with its place) until the file loads
// again, so its notice can stay up meanwhile and go once it is fixed.
import { beforeAll, describe, expect, it } from 'vitest';
import slime from '../../../src/combatants/slime';
import bat from '../../../src/combatants/bat';
import { collectRoster } from '../../../src/core/roster';
import {
  adoptRoster, failingFiles, noteLoadError, noteSaved, onCombatantSwap, settleCombatantSwap, stageCombatants, type CombatantSwap,
} from '../../../src/game/hot-reload/combatant-registry';

const SLIME = '../../combatants/slime.ts';
const BAT = '../../combatants/bat.ts';
const heard: CombatantSwap[] = [];
// Module namespaces: a swap replaces a file whose namespace is a new object, as HMR's re-import does.
const slimeA = { default: slime };
const slimeB = { default: { ...slime } };
const batA = { default: bat };
const batB = { default: { ...bat } };
const batNoMonster = { nothing: 1 };

beforeAll(() => {
  const first = { [SLIME]: slimeA, [BAT]: batA };
  adoptRoster(collectRoster(Object.entries(first).map(([path, module]) => ({ path, module }))), first);
  onCombatantSwap((s) => heard.push(s));
});

describe('combatant registry', () => {
  it('remembers a save that failed to load, with the line and column, until the file loads again', () => {
    noteSaved(['slime.ts']);
    noteLoadError({ message: 'Transform failed with 1 error:\n[PARSE_ERROR] Expected `,`\n ╭─[ src/combatants/slime.ts:5:9 ]' });
    const failed = settleCombatantSwap(false)!;
    expect(failed.problems).toEqual(['slime.ts: failed to load (Expected `,` at line 5, column 9)']);
    expect(failed.recovered).toEqual([]);
    expect(failingFiles()).toEqual(['slime.ts: failed to load (Expected `,` at line 5, column 9)']);

    // A save of another file that loads leaves slime.ts failing.
    stageCombatants({ [SLIME]: slimeA, [BAT]: batB });
    noteSaved(['bat.ts']);
    const other = settleCombatantSwap(true)!;
    expect(other.kinds).toEqual(['bat']);
    expect(other.recovered).toEqual([]);
    expect(failingFiles()).toHaveLength(1);

    // The fixed file loads: it is swapped in and its failure is over.
    stageCombatants({ [SLIME]: slimeB, [BAT]: batB });
    noteSaved(['slime.ts']);
    const fixed = settleCombatantSwap(true)!;
    expect(fixed.kinds).toEqual(['slime']);
    expect(fixed.recovered).toEqual(['slime.ts']);
    expect(failingFiles()).toEqual([]);
    expect(heard.map((s) => s.recovered)).toEqual([[], [], ['slime.ts']]);
  });

  it('counts a file that loads but is no monster as failing too, until a save makes it one', () => {
    stageCombatants({ [SLIME]: slimeB, [BAT]: batNoMonster });
    noteSaved(['bat.ts']);
    const bad = settleCombatantSwap(true)!;
    expect(bad.kinds).toEqual([]);
    expect(bad.problems).toHaveLength(1);
    expect(failingFiles()).toEqual(bad.problems);
    expect(failingFiles()[0]).toMatch(/^bat\.ts: /);

    stageCombatants({ [SLIME]: slimeB, [BAT]: batA });
    noteSaved(['bat.ts']);
    expect(settleCombatantSwap(true)!.recovered).toEqual(['bat.ts']);
    expect(failingFiles()).toEqual([]);
  });
});
