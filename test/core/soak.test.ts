// Soak (issue 6): 500 seeded auto-played battles through the core, over the adventure's floors and
// every monster alone. Every generator ends closed or cancelled (never errored: these are the real
// combatants), every one that started had its finally run, no battle goes past the step budget,
// and replaying each battle's input log reproduces its event log exactly.
import { beforeAll, describe, expect, it } from 'vitest';
import { FLOORS, floorBattle, newProgress } from '../../src/core/adventure.ts';
import type { CombatantDef } from '../../src/core/protocol.ts';
import { autoCommand } from '../../src/core/policy.ts';
import { replay, startBattle, type BattleLog } from '../../src/core/replay.ts';
import { deriveSeed } from '../../src/core/rng.ts';
import type { Roster } from '../../src/core/roster.ts';
import { RULES } from '../../src/core/rules.ts';
import { loadTestRoster } from '../helpers.ts';

const BATTLES = 500;

/** Generators that started (their first next() ran) and have not yet run their finally. */
const open = new Set<object>();
let started = 0;
let finished = 0;

/**
 * The test-only wrapper: each combatant's generator runs inside one whose try/finally counts it.
 * `yield*` forwards next/return to the real one, so its own finally runs first, then this one.
 */
function watched(def: CombatantDef): CombatantDef {
  return {
    ...def,
    *create(hp, ctx) {
      const token = {};
      open.add(token);
      started++;
      try {
        return yield* def.create(hp, ctx);
      } finally {
        open.delete(token);
        finished++;
      }
    },
  } as CombatantDef;
}

let roster: Roster;
let enemies: string[];

beforeAll(async () => {
  const real = await loadTestRoster();
  roster = new Map([...real].map(([kind, def]) => [kind, watched(def)]));
  enemies = [...real.values()].filter((d) => d.side === 'enemy').map((d) => d.kind);
});

/** Battle i: even ones are adventure floors (a hero with some HP lost), odd ones one monster alone. */
function lineup(i: number): BattleLog {
  const seed = deriveSeed(20_240_601, `soak-${i}`);
  const hero = roster.get('hero')!.stats;
  if (i % 2 === 0) {
    const floor = (i / 2) % FLOORS.length;
    const hp = 1 + (seed % hero.maxHp);
    return floorBattle({ ...newProgress(seed, hero.maxHp, hero.maxMp), floor, hp, mp: seed % (hero.maxMp + 1) });
  }
  const enemy = enemies[((i - 1) / 2) % enemies.length]!;
  return { version: 1, mode: 'battle', seed, party: [{ kind: 'hero' }], enemies: [enemy], commands: [] };
}

describe('soak: 500 seeded auto-played battles', () => {
  it(`${BATTLES} battles: clean endings, every finally ran, within the step budget, replays match`, () => {
    const t0 = Date.now();
    const outcomes = new Map<string, number>();
    const warnings: string[] = [];
    for (let i = 0; i < BATTLES; i++) {
      const log = lineup(i);
      const where = `battle ${i} (seed ${log.seed}, ${log.enemies.join('+')})`;
      const battle = startBattle(log, roster, { monitor: { onWarn: (m) => warnings.push(`${where}: ${m}`) } });
      const outcome = battle.runToEnd(autoCommand);
      outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);

      const snap = battle.snapshot();
      for (const c of snap.combatants) expect(['closed', 'cancelled'], `${where}: ${c.id} ended ${c.state} ${c.error ?? ''}`).toContain(c.state);
      expect(battle.events.some((e) => e.type === 'fault'), `${where}: a fault`).toBe(false);
      expect(open.size, `${where}: a started generator never ran its finally`).toBe(0);
      const end = battle.events.at(-1);
      expect(end?.type, where).toBe('battleEnd');
      expect(snap.step, `${where}: past the step budget`).toBeLessThanOrEqual(RULES.maxSteps);
      expect(end?.type === 'battleEnd' && end.steps, where).toBeLessThanOrEqual(RULES.maxSteps);

      const again = replay(battle.input, roster);
      expect(JSON.stringify(again.events), `${where}: the replay diverged`).toBe(JSON.stringify(battle.events));
      expect(open.size, `${where}: replay left a generator open`).toBe(0);
    }
    expect(warnings).toEqual([]);
    expect(started).toBeGreaterThan(BATTLES * 2); // the wrapper really ran (battles and replays)
    expect(finished).toBe(started);
    // Both kinds of ending happen, so the soak is not all one path.
    expect(outcomes.get('victory') ?? 0).toBeGreaterThan(0);
    expect(outcomes.get('defeat') ?? 0).toBeGreaterThan(0);
    expect(Date.now() - t0, 'soak must stay under 20 s').toBeLessThan(20_000);
  });
});
