// Properties over many seeds and lineups: the engine's promises hold for every battle, not just the examples.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Battle } from '../../src/core/battle.ts';
import { autoCommand } from '../../src/core/policy.ts';
import { replay, startClassic } from '../../src/core/replay.ts';
import { MAX_SEED } from '../../src/core/rng.ts';
import { RULES } from '../../src/core/rules.ts';
import { DEFAULT_SEED, autoBattle, loadFixtureRoster, loadTestRoster, WITH_CLASSIC } from '../helpers.ts';

const roster = await loadTestRoster();
const withFixtures = await loadFixtureRoster();
const enemyKinds = (r: typeof roster) => [...r.values()].filter((d) => d.side === 'enemy').map((d) => d.kind);

const seed = fc.integer({ min: 0, max: MAX_SEED });
const lineup = (kinds: string[]) => fc.array(fc.constantFrom(...kinds), { minLength: 1, maxLength: 4 });
const params = { numRuns: 150, seed: DEFAULT_SEED };

/** Everything a finished battle's event log must never show. */
function violations(b: Battle): string[] {
  const out: string[] = [];
  const gone = new Set<string>();
  for (const [i, e] of b.events.entries()) {
    const at = `event ${i} (${e.type})`;
    if ((e.type === 'turnStart' || e.type === 'action') && gone.has(e.actor)) out.push(`${at}: ${e.actor} acts after leaving`);
    if (e.type === 'resume' && e.entry.op === 'next' && gone.has(e.entry.task)) out.push(`${at}: ${e.entry.task} resumed after leaving`);
    if ((e.type === 'damage' || e.type === 'heal') && gone.has(e.target)) out.push(`${at}: ${e.target} hit after leaving`);
    if ((e.type === 'damage' || e.type === 'heal' || e.type === 'status') && e.hp < 0) out.push(`${at}: hp ${e.hp}`);
    if (e.type === 'death' || e.type === 'fault') gone.add(e.id);
    if (e.type === 'flee' && e.ok) gone.add(e.actor);
  }
  if (b.outcome === null) out.push('no outcome');
  if (b.stepCount > RULES.maxSteps) out.push(`${b.stepCount} steps`);
  if (b.events.at(-1)?.type !== 'battleEnd') out.push('does not end with battleEnd');
  if (b.snapshot().combatants.some((c) => c.state === 'created' || c.state === 'suspended' || c.state === 'running')) {
    out.push('a coroutine is still alive after the end');
  }
  return out;
}

describe('game battles', () => {
  it('end within the step budget, with nobody acting after leaving and no negative HP', () => {
    fc.assert(
      fc.property(seed, lineup(enemyKinds(roster)), (s, enemies) => {
        const { battle, warnings } = autoBattle(roster, enemies, s);
        expect(violations(battle)).toEqual([]);
        expect(warnings).toEqual([]);
      }),
      params,
    );
  });

  it('replay from the input log gives the identical event log', () => {
    fc.assert(
      fc.property(seed, lineup(enemyKinds(roster)), (s, enemies) => {
        const { battle } = autoBattle(roster, enemies, s);
        expect(replay(battle.input, roster).events).toEqual(battle.events);
      }),
      params,
    );
  });

  it('keep those promises when misbehaving monsters join', () => {
    fc.assert(
      fc.property(seed, lineup(enemyKinds(withFixtures)), (s, enemies) => {
        const { battle } = autoBattle(withFixtures, enemies, s);
        expect(violations(battle)).toEqual([]);
        expect(replay(battle.input, withFixtures, Infinity, { monitor: { onWarn: () => {} } }).events).toEqual(battle.events);
      }),
      { ...params, numRuns: 60 },
    );
  });
});

describe('classic battles', () => {
  it('end, obey the same promises, and replay identically', () => {
    const draws = fc.array(fc.integer({ min: 1, max: 120 }), { maxLength: 12 });
    fc.assert(
      fc.property(seed, draws, (s, damage) => {
        const b = startClassic(s, damage, WITH_CLASSIC);
        b.runToEnd(autoCommand);
        expect(violations(b)).toEqual([]);
        expect(b.events.filter((e) => e.type === 'death')).toHaveLength(1);
        expect(replay(b.input, roster, Infinity, WITH_CLASSIC).events).toEqual(b.events);
      }),
      params,
    );
  });
});
