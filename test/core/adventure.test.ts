import { describe, expect, it } from 'vitest';
import { FLOORS, REST_MP, advance, floorBattle, isComplete, newProgress } from '../../src/core/adventure.ts';
import { startBattle } from '../../src/core/replay.ts';
import { DEFAULT_SEED, loadTestRoster } from '../helpers.ts';

describe('adventure', () => {
  it('every floor names enemies the roster has, and ends with the boss', async () => {
    const roster = await loadTestRoster();
    for (const floor of FLOORS) {
      for (const kind of floor.enemies) expect(roster.get(kind)?.side, kind).toBe('enemy');
    }
    expect(FLOORS.at(-1)!.boss).toBe(true);
    expect(roster.get(FLOORS.at(-1)!.enemies[0]!)?.boss).toBe(true);
  });

  it("carries the hero's HP and MP into the floor's battle", async () => {
    const log = floorBattle({ seed: DEFAULT_SEED, floor: 1, hp: 37, mp: 4 });
    expect(log.party).toEqual([{ kind: 'hero', hp: 37, mp: 4 }]);
    expect(log.enemies).toEqual(FLOORS[1]!.enemies);
    const b = startBattle(log, await loadTestRoster());
    const hero = b.snapshot().combatants.find((c) => c.id === 'hero')!;
    expect([hero.hp, hero.mp]).toEqual([37, 4]);
  });

  it('gives each floor its own seed, the same on every run', () => {
    const seeds = FLOORS.map((_, floor) => floorBattle({ seed: DEFAULT_SEED, floor, hp: 1, mp: 0 }).seed);
    expect(new Set(seeds).size).toBe(FLOORS.length);
    expect(floorBattle({ seed: DEFAULT_SEED, floor: 0, hp: 1, mp: 0 }).seed).toBe(seeds[0]);
  });

  it('rests some MP between floors, capped at the maximum, and HP stays', () => {
    const p = newProgress(DEFAULT_SEED, 100, 30);
    expect(p).toEqual({ seed: DEFAULT_SEED, floor: 0, hp: 100, mp: 30 });
    expect(advance(p, 40, 2, 30)).toEqual({ seed: DEFAULT_SEED, floor: 1, hp: 40, mp: 2 + REST_MP });
    expect(advance(p, 40, 29, 30).mp).toBe(30);
  });

  it('is complete after the last floor, which has no battle', () => {
    const last = { seed: 1, floor: FLOORS.length, hp: 1, mp: 0 };
    expect(isComplete(last)).toBe(true);
    expect(isComplete({ ...last, floor: FLOORS.length - 1 })).toBe(false);
    expect(() => floorBattle(last)).toThrow(RangeError);
  });
});
