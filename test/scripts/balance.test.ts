// The balance bands of issue 15, kept from drifting: the auto player over seeds 1–40 (whole
// adventures, no retries) clears 60–85 %, no floor loses more than 25 % of the battles fought on
// it, the median battle is 3–8 rounds, the mid-boss's and the King Slime's 8–12. It counts
// outcomes and turns; it times nothing. `npm run balance` prints the same over seeds 1–300.
import { describe, expect, it } from 'vitest';
import { floorTable, median, playAdventure } from '../../scripts/balance.ts';
import { FLOORS } from '../../src/core/progress.ts';
import { loadTestRoster } from '../helpers.ts';

const roster = await loadTestRoster();
const SEEDS = 40;
const runs = Array.from({ length: SEEDS }, (_, i) => playAdventure(i + 1, roster));
const table = floorTable(runs);

describe('balance (auto player, seeds 1–40)', () => {
  it('clears 60–85 % of adventures', () => {
    const cleared = runs.filter((r) => r.cleared).length / SEEDS;
    expect(cleared).toBeGreaterThanOrEqual(0.6);
    expect(cleared).toBeLessThanOrEqual(0.85);
  });

  it('loses no floor more than 25 % of the time', () => {
    for (const [i, row] of table.entries()) expect(row.lost / row.fought, `floor ${i + 1}`).toBeLessThanOrEqual(0.25);
  });

  it('has a median battle of 3–8 rounds, and 8–12 for the mid-boss and the boss', () => {
    const all = median(runs.flatMap((r) => r.fights.map((f) => f.rounds)));
    expect(all).toBeGreaterThanOrEqual(3);
    expect(all).toBeLessThanOrEqual(8);
    FLOORS.forEach((floor, i) => {
      if (!floor.boss && !floor.midBoss) return;
      expect(table[i]!.rounds, `floor ${i + 1}`).toBeGreaterThanOrEqual(8);
      expect(table[i]!.rounds, `floor ${i + 1}`).toBeLessThanOrEqual(12);
    });
  });

  it('is deterministic: the same seed plays the same adventure', () => {
    expect(playAdventure(7, roster)).toEqual(runs[6]);
  });
});
