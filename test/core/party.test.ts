// The party (issue 15): several hero coroutines in the queue, a fallen member leaves it and the
// battle goes on, companionAnswer is the auto player's choice for a companion, and battles with
// the new content replay exactly from their input logs (property over seeds).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { companionAnswer } from '../../src/core/auto-party.ts';
import type { Battle } from '../../src/core/battle.ts';
import { commandDue, driveBattle } from '../../src/core/drive.ts';
import { eventKey } from '../../src/core/event-key.ts';
import { autoCommand } from '../../src/core/policy.ts';
import { FLOORS, floorBattle, newProgress } from '../../src/core/progress.ts';
import { replay, startBattle } from '../../src/core/replay.ts';
import { DEFAULT_SEED, battleLog, eventsOf, loadTestRoster } from '../helpers.ts';

const roster = await loadTestRoster();

function untilCommand(battle: Battle): string | null {
  for (;;) {
    const r = battle.step();
    const who = commandDue(r);
    if (who || r.outcome) return who;
  }
}

describe('a party of three', () => {
  it('queues one coroutine per member and asks each for its own command', () => {
    const battle = startBattle(battleLog(['slime'], DEFAULT_SEED, [{ kind: 'hero' }, { kind: 'mage' }, { kind: 'priest' }]), roster);
    expect(battle.snapshot().queue).toEqual(['hero', 'mage', 'priest', 'slime']);
    const asked: string[] = [];
    for (let i = 0; i < 3; i++) {
      const who = untilCommand(battle)!;
      asked.push(who);
      expect(battle.submit({ kind: 'defend' })).toEqual({ ok: true });
    }
    expect(asked).toEqual(['hero', 'mage', 'priest']);
  });

  it('a member at 0 HP returns and leaves the queue; the battle goes on while anyone stands', () => {
    let found = false;
    for (let seed = 1; seed <= 60 && !found; seed++) {
      const battle = startBattle(battleLog(['magician', 'slime'], seed, [{ kind: 'hero' }, { kind: 'mage', hp: 5 }]), roster);
      driveBattle(battle, () => ({ kind: 'attack' }));
      const death = eventsOf(battle.events, 'death').find((d) => d.id === 'mage');
      if (!death) continue;
      found = true;
      const after = battle.events.slice(battle.events.indexOf(death));
      expect(after.some((e) => e.type === 'turnStart' && e.actor === 'mage')).toBe(false);
      expect(after.some((e) => e.type === 'turnStart' && e.actor === 'hero') || battle.outcome !== 'defeat').toBe(true);
      expect(battle.snapshot().combatants.find((c) => c.id === 'mage')!.state).toBe('closed');
    }
    expect(found).toBe(true);
  });

  it('refuses a spell the member does not know at its level', () => {
    const battle = startBattle(battleLog(['slime'], DEFAULT_SEED, [{ kind: 'mage', level: 2 }]), roster);
    expect(untilCommand(battle)).toBe('mage');
    expect(battle.submit({ kind: 'spell', spell: 'rarihoo' })).toEqual({ ok: false, error: 'Snooze (rarihoo) is not a spell this party member knows' });
    expect(battle.submit({ kind: 'spell', spell: 'hoimi' })).toMatchObject({ ok: false });
    expect(battle.submit({ kind: 'spell', spell: 'gira' })).toEqual({ ok: true });
  });
});

describe('companionAnswer', () => {
  it('is null for the hero and for a member that is not waiting, a valid command for a waiting companion', () => {
    const battle = startBattle({ ...battleLog(['slime', 'bat'], DEFAULT_SEED, [{ kind: 'hero' }, { kind: 'mage', level: 3 }, { kind: 'priest' }]), bag: { yakusou: 1 } }, roster);
    expect(untilCommand(battle)).toBe('hero');
    expect(companionAnswer(battle, 'hero')).toBeNull();
    expect(companionAnswer(battle, 'mage')).toBeNull();
    battle.submit({ kind: 'attack' });
    expect(untilCommand(battle)).toBe('mage');
    const answer = companionAnswer(battle, 'mage')!;
    expect(answer).toEqual({ kind: 'spell', spell: 'rarihoo' });
    expect(battle.submit(answer)).toEqual({ ok: true });
    // Recorded in the input log like a player's command.
    untilCommand(battle);
    expect(battle.input.mode === 'battle' && battle.input.commands).toContainEqual(answer);
  });
});

describe('determinism', () => {
  it('every floor of the new adventure replays exactly from its input log (property over seeds)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), fc.integer({ min: 0, max: FLOORS.length - 1 }), fc.integer({ min: 1, max: 8 }), (seed, floor, level) => {
        const p = newProgress(seed, roster);
        const party = [{ kind: 'hero', hp: 120, mp: 30, level }, { kind: 'mage', hp: 50, mp: 30, level }, { kind: 'priest', hp: 60, mp: 20, level }].map((m) => ({ ...m, exp: 0 }));
        const log = floorBattle({ ...p, floor, party, bag: { yakusou: 2, dokukeshi: 1, seisui: 1 } });
        const battle = startBattle(log, roster);
        driveBattle(battle, (actor) => autoCommand(battle, actor));
        const again = replay(battle.input, roster);
        expect(again.events.map(eventKey)).toEqual(battle.events.map(eventKey));
        expect(startBattle(log, roster).snapshot()).toEqual(startBattle(log, roster).snapshot());
      }),
      { numRuns: 60, seed: DEFAULT_SEED },
    );
  });
});
