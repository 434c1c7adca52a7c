// Status effects as scheduler facts (issue 15): ねむり skips exactly the sleeper's turns (it stays in
// the queue and is still sent hits), どく sends damage before the turn, guard halves what is sent,
// and none of it draws from a stream unless it happens.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Battle } from '../../src/core/battle.ts';
import { driveBattle } from '../../src/core/drive.ts';
import { EFFECT_RULES } from '../../src/core/effects.ts';
import { eventKey } from '../../src/core/event-key.ts';
import type { BattleEvent } from '../../src/core/events.ts';
import { autoCommand } from '../../src/core/policy.ts';
import { startBattle, type BattleLog, type PartyMember } from '../../src/core/replay.ts';
import { DEFAULT_SEED, battleLog, eventsOf, loadTestRoster } from '../helpers.ts';

const roster = await loadTestRoster();
const PARTY: PartyMember[] = [{ kind: 'hero', level: 4 }, { kind: 'mage', level: 3 }, { kind: 'priest', level: 6 }];
const params = { numRuns: 60, seed: DEFAULT_SEED };

function play(log: BattleLog): Battle {
  const battle = startBattle(log, roster);
  const stop = driveBattle(battle, (actor) => autoCommand(battle, actor));
  expect(stop.refused).toBeNull();
  return battle;
}

/** Walks the events with who is asleep, calling `at` for each event with that knowledge. */
function walkSleep(events: readonly BattleEvent[], at: (e: BattleEvent, asleep: ReadonlySet<string>, i: number) => void): void {
  const asleep = new Set<string>();
  events.forEach((e, i) => {
    at(e, asleep, i);
    if (e.type === 'effect' && e.effect === 'sleep') (e.on ? asleep.add(e.target) : asleep.delete(e.target));
  });
}

/** The events of each turn, from its turnStart to the next. */
function turns(events: readonly BattleEvent[]): { actor: string; start: number; events: BattleEvent[] }[] {
  const out: { actor: string; start: number; events: BattleEvent[] }[] = [];
  events.forEach((e, i) => {
    if (e.type === 'turnStart') out.push({ actor: e.actor, start: i, events: [] });
    else out.at(-1)?.events.push(e);
  });
  return out;
}

const sleepy = fc.record({
  seed: fc.integer({ min: 0, max: 100_000 }),
  enemies: fc.array(fc.constantFrom('magician', 'slime', 'bat', 'bubble-slime'), { minLength: 1, maxLength: 3 }),
});

describe('ねむり (sleep)', () => {
  it('lands from ラリホー with its turns (1–3) in the event, and the sleeper is shown on its card', () => {
    const battle = startBattle({ ...battleLog(['slime', 'slime', 'bat'], 5, PARTY) }, roster);
    let seen = false;
    driveBattle(battle, (actor) => {
      const slept = battle.living('enemy').find((id) => battle.effects(id).sleep);
      if (slept) {
        seen = true;
        expect(battle.snapshot().combatants.find((c) => c.id === slept)!.effects.sleep).toBeGreaterThan(0);
        expect(battle.snapshot().queue).toContain(slept); // suspended, still queued, not scheduled
      }
      return battle.info(actor)!.kind === 'mage' && battle.knows(actor, 'rarihoo') && battle.vitals(actor)!.mp >= 3 ? { kind: 'spell', spell: 'rarihoo' } : autoCommand(battle, actor);
    });
    expect(seen).toBe(true);
    for (const e of eventsOf(battle.events, 'effect').filter((x) => x.effect === 'sleep' && x.on)) {
      expect(e.turns).toBeGreaterThanOrEqual(1);
      expect(e.turns).toBeLessThanOrEqual(3);
    }
  });

  it('skips exactly the asleep coroutine’s turns: no turn resume, a skipTurn event, the others act (property)', () => {
    fc.assert(
      fc.property(sleepy, ({ seed, enemies }) => {
        const battle = play(battleLog(enemies, seed, PARTY));
        const events = battle.events;
        const asleepAtTurn = new Map<number, boolean>();
        walkSleep(events, (e, asleep, i) => {
          if (e.type === 'turnStart') asleepAtTurn.set(i, asleep.has(e.actor));
        });
        for (const t of turns(events)) {
          const skipped = t.events.some((e) => e.type === 'skipTurn' && e.actor === t.actor);
          expect(skipped, `turn at event ${t.start}`).toBe(asleepAtTurn.get(t.start));
          // The turn resume is next(undefined) into the actor; a sleeper never gets one in its turn.
          const turnResume = t.events.some((e) => e.type === 'resume' && e.entry.task === t.actor && e.entry.sent === undefined);
          if (skipped) expect(turnResume).toBe(false);
        }
      }),
      params,
    );
  });

  it('still sends hits to a sleeper, out of its turn, and a hit may wake it', () => {
    let hitAsleep = 0;
    let woken = 0;
    for (let seed = 1; seed <= 40; seed++) {
      walkSleep(play(battleLog(['magician', 'slime'], seed, [{ kind: 'hero' }])).events, (e, asleep) => {
        if (e.type === 'damage' && asleep.has(e.target)) hitAsleep++;
        if (e.type === 'effect' && e.effect === 'sleep' && !e.on && e.source === 'hit') woken++;
      });
    }
    expect(hitAsleep).toBeGreaterThan(0);
    expect(woken).toBeGreaterThan(0);
    expect(woken).toBeLessThanOrEqual(hitAsleep);
  });

  it('never lands on a boss (nothing is drawn for it)', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const effects = eventsOf(play(battleLog(['golem'], seed, PARTY)).events, 'effect');
      expect(effects.filter((e) => e.effect === 'sleep' && e.target === 'golem')).toEqual([]);
    }
  });
});

describe('どく (poison)', () => {
  it('sends its damage at the start of the victim’s turn, before the turn resume: two sends in one turn (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000 }), (seed) => {
        const battle = play(battleLog(['bubble-slime', 'bubble-slime'], seed, [{ kind: 'hero', level: 3 }]));
        for (const t of turns(battle.events)) {
          const i = t.events.findIndex((e) => e.type === 'damage' && e.source === 'poison');
          if (i < 0) continue;
          const poison = t.events[i]!;
          expect(poison.type === 'damage' && poison.target).toBe(t.actor);
          // The send of the poison damage is this turn's first resume of the actor, before next(undefined).
          const sends = t.events.filter((e) => e.type === 'resume' && e.entry.task === t.actor);
          expect(sends[0]?.type === 'resume' && typeof sends[0].entry.sent).toBe('number');
          const amount = Math.max(1, Math.floor(battle.info(t.actor)!.maxHp / EFFECT_RULES.poisonDivisor));
          expect(sends[0]?.type === 'resume' && sends[0].entry.sent).toBe(-amount);
        }
      }),
      params,
    );
  });

  it('lands only from a poisoning blow, says so, and キアリー or どくけしそう ends it', () => {
    const seen = { on: 0, off: 0, lines: new Set<string>() };
    for (let seed = 1; seed <= 30; seed++) {
      const battle = play({ ...battleLog(['bubble-slime', 'bubble-slime', 'bubble-slime'], seed, [{ kind: 'hero' }, { kind: 'priest' }]), bag: { dokukeshi: 2 } });
      for (const e of eventsOf(battle.events, 'effect').filter((x) => x.effect === 'poison')) {
        if (e.on) {
          seen.on++;
          expect(e.source).toMatch(/^bubble-slime/);
        } else seen.off++;
      }
    }
    expect(seen.on).toBeGreaterThan(0);
    expect(seen.off).toBeGreaterThan(0);
  });
});

describe('guard (ぼうぎょ, スカラ)', () => {
  it('スカラ halves what is sent to its target while it lasts, and the damage event says defended', () => {
    let guarded = 0;
    for (let seed = 1; seed <= 30; seed++) {
      const battle = play(battleLog(['golem'], seed, PARTY));
      const on = new Set<string>();
      for (const e of battle.events) {
        if (e.type === 'effect' && e.effect === 'guard') (e.on ? on.add(e.target) : on.delete(e.target));
        if (e.type === 'damage' && on.has(e.target) && e.source !== 'poison') {
          guarded++;
          expect(e.defended).toBe(true);
        }
      }
    }
    expect(guarded).toBeGreaterThan(0);
  });
});

describe('compatibility', () => {
  it('an empty bag and level-1 members replay exactly as a log without them: nothing new is drawn', () => {
    for (const seed of [1, 7, 42, 1234]) {
      const plain = play(battleLog(['slime', 'bat', 'she-slime'], seed));
      const keyed = play({ ...battleLog(['slime', 'bat', 'she-slime'], seed, [{ kind: 'hero', level: 1 }]), bag: {} });
      expect(keyed.events.map(eventKey)).toEqual(plain.events.map(eventKey));
    }
  });
});
