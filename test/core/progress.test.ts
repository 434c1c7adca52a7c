// Progress v2 (issue 15): 8 floors, the party, growth, rewards, drops, the shop, and v1 saves upgraded.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { driveBattle } from '../../src/core/drive.ts';
import { EXP_FOR_LEVEL, levelFor, spellsOf, statsAt } from '../../src/core/growth.ts';
import { autoCommand } from '../../src/core/policy.ts';
import { FLOORS, afterVictory, buy, floorBattle, isComplete, newProgress, retryFloor, upgradeProgress, type Progress } from '../../src/core/progress.ts';
import { replay, startBattle } from '../../src/core/replay.ts';
import { DEFAULT_SEED, loadTestRoster } from '../helpers.ts';

const roster = await loadTestRoster();

function fight(p: Progress) {
  const battle = startBattle(floorBattle(p), roster);
  driveBattle(battle, (actor) => autoCommand(battle, actor));
  return { battle, end: { events: battle.events, combatants: battle.snapshot().combatants } };
}

describe('floors', () => {
  it('has 8 floors, the mid-boss on 4 and the King Slime on 8, every kind in the roster', () => {
    expect(FLOORS).toHaveLength(8);
    expect(FLOORS[3]!.midBoss).toBe(true);
    expect(FLOORS[7]!.boss).toBe(true);
    expect(FLOORS[7]!.enemies).toContain('king-slime');
    for (const f of FLOORS) for (const k of f.enemies) expect(roster.get(k)?.side, k).toBe('enemy');
  });

  it('starts the hero alone with a small bag; the floor log carries party, levels and bag', () => {
    const p = newProgress(DEFAULT_SEED, roster);
    expect(p).toEqual({ version: 2, seed: DEFAULT_SEED, floor: 0, party: [{ kind: 'hero', hp: 100, mp: 30, level: 1, exp: 0 }], gold: 0, bag: { yakusou: 2, dokukeshi: 1, seisui: 0 } });
    expect(floorBattle(p)).toMatchObject({ party: [{ kind: 'hero', hp: 100, mp: 30, level: 1 }], bag: p.bag, enemies: FLOORS[0]!.enemies });
  });
});

describe('growth', () => {
  it('levels follow the exp table, and level 1 keeps the file’s own stats', () => {
    for (const [i, need] of EXP_FOR_LEVEL.entries()) expect(levelFor(need)).toBe(i + 1);
    const base = roster.get('hero')!.stats;
    expect(statsAt('hero', base, 1)).toBe(base);
    expect(statsAt('hero', base, 3).maxHp).toBeGreaterThan(base.maxHp);
    expect(spellsOf('mage', 2)).toEqual(['gira']);
    expect(spellsOf('mage', 3)).toEqual(['gira', 'rarihoo']);
  });

  it('a won floor gives exp, gold and drops, levels up with stats and spells, and is deterministic (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000 }), (seed) => {
        let p = newProgress(seed, roster);
        for (let i = 0; i < 5; i++) {
          const { battle, end } = fight(p);
          if (battle.outcome !== 'victory') return;
          const v = afterVictory(p, end, roster);
          expect(afterVictory(p, end, roster)).toEqual(v); // deterministic
          expect(v.rewards.exp).toBeGreaterThan(0);
          expect(v.progress.gold).toBe(p.gold + v.rewards.gold);
          for (const up of v.levelUps) {
            const before = p.party.find((m) => m.kind === up.kind)!;
            expect(up.level).toBeGreaterThan(before.level);
            expect(up.hpUp).toBeGreaterThan(0);
          }
          for (const m of v.progress.party) expect(m.level).toBe(levelFor(m.exp));
          if (i === 1) expect(v.joined).toBe('mage');
          if (i === 3) expect(v.joined).toBe('priest');
          p = v.progress;
        }
      }),
      { numRuns: 20, seed: DEFAULT_SEED },
    );
  });

  it('revives a fallen member with half its HP and rests MP between floors', () => {
    const p: Progress = { ...newProgress(1, roster), floor: 2, party: [{ kind: 'hero', hp: 60, mp: 3, level: 3, exp: 30 }, { kind: 'mage', hp: 40, mp: 10, level: 2, exp: 12 }] };
    const { end } = fight(p);
    const fallen = { ...end, combatants: end.combatants.map((c) => (c.id === 'mage' ? { ...c, hp: 0 } : c)) };
    const v = afterVictory(p, fallen, roster);
    const mage = v.progress.party.find((m) => m.kind === 'mage')!;
    expect(mage.hp).toBeGreaterThanOrEqual(Math.ceil(statsAt('mage', roster.get('mage')!.stats, 2).maxHp / 2));
  });
});

describe('shop, retries, completion', () => {
  it('buys an item for its price, and says why not when gold is short', () => {
    const p = { ...newProgress(1, roster), gold: 10 };
    expect(buy(p, 'yakusou')).toMatchObject({ gold: 2, bag: { yakusou: 3 } });
    expect(buy(p, 'seisui')).toEqual({ ja: 'ゴールドが たりない! (20G ひつよう)', en: 'Not enough gold! (20G needed)' });
  });

  it('a retry is a new battle on the same floor; the floor log replays', () => {
    const p = newProgress(3, roster);
    const again = retryFloor(p);
    expect(again.attempt).toBe(1);
    expect(floorBattle(again).seed).not.toBe(floorBattle(p).seed);
    const { battle } = fight(again);
    expect(replay(battle.input, roster).events).toEqual(battle.events);
    expect(isComplete({ ...p, floor: FLOORS.length })).toBe(true);
  });
});

describe('upgradeProgress', () => {
  it('upgrades a v1 save (five floors, the hero alone) instead of dropping it', () => {
    expect(upgradeProgress({ seed: 9, floor: 0, hp: 77, mp: 12 }, roster)).toEqual({
      version: 2, seed: 9, floor: 0, party: [{ kind: 'hero', hp: 77, mp: 12, level: 1, exp: 0 }], gold: 0, bag: { yakusou: 2, dokukeshi: 1, seisui: 0 },
    });
    const late = upgradeProgress({ seed: 9, floor: 4, hp: 50, mp: 3, attempt: 2 }, roster)!;
    expect(late.floor).toBe(7); // the King Slime's floor in both
    expect(late.party.map((m) => m.kind)).toEqual(['hero', 'mage', 'priest']);
    expect(late.attempt).toBe(2);
  });

  it('keeps a valid v2 save and refuses what is not a save', () => {
    const p = newProgress(5, roster);
    expect(upgradeProgress(JSON.parse(JSON.stringify(p)), roster)).toEqual(p);
    for (const bad of [null, 3, [], { seed: -1, floor: 0, hp: 1, mp: 0 }, { version: 3, seed: 1 }, { ...p, party: [] }, { ...p, party: [{ kind: 'dragon', hp: 1, mp: 0, level: 1, exp: 0 }] }]) {
      expect(upgradeProgress(bad, roster)).toBeNull();
    }
  });
});
