import { describe, expect, it } from 'vitest';
import type { Battle } from '../../src/core/battle.ts';
import { autoCommand } from '../../src/core/policy.ts';
import { startBattle, startClassic } from '../../src/core/replay.ts';
import type { TaskState } from '../../src/core/task.ts';
import { transcript } from '../../src/core/messages.ts';
import { DEFAULT_SEED, SEED_DAMAGE, SEED_TRANSCRIPT, autoBattle, battleLog, directBattle, eventsOf, loadTestRoster, recruit, WITH_CLASSIC } from '../helpers.ts';

const roster = await loadTestRoster();

function statesOf(battle: Battle): Map<string, TaskState[]> {
  const seen = new Map<string, TaskState[]>();
  battle.subscribe({ onTaskState: (id, _from, to) => seen.set(id, [...(seen.get(id) ?? []), to]) });
  return seen;
}

describe('step', () => {
  it('is exactly one resume: each resumed step adds one ledger entry', () => {
    const b = startBattle(battleLog(['slime', 'bat']), roster);
    for (;;) {
      const before = b.ledger().length;
      const r = b.step();
      if (r.outcome) break;
      if (r.resumed) expect(b.ledger().length).toBe(before + 1);
      else expect(r.waitingFor).toBe('hero');
      if (r.waitingFor && !r.resumed) expect(b.submit(autoCommand(b, 'hero'))).toEqual({ ok: true });
    }
  });

  it("runs the seed's classic run() to its transcript, one resume at a time", () => {
    const b = startClassic(DEFAULT_SEED, SEED_DAMAGE, WITH_CLASSIC);
    let steps = 0;
    while (!b.step().outcome) steps++;
    expect(transcript(b.events, 'ja')).toEqual(SEED_TRANSCRIPT);
    expect(b.outcome).toBe('victory');
    // 12 resumes, as in the seed: three rounds of send(None) + send(damage) for each counter.
    expect(b.stepCount).toBe(12);
    expect(steps).toBe(11);
    const [hero, slime] = b.snapshot().combatants;
    expect([hero!.state, hero!.hp]).toEqual(['cancelled', 78]);
    expect([slime!.state, slime!.returned]).toEqual(['closed', 0]);
  });

  it('stepTurn stops at the top of the next turn or at a command', () => {
    const b = startClassic(DEFAULT_SEED, SEED_DAMAGE, WITH_CLASSIC);
    b.stepTurn();
    expect(b.stepCount).toBe(2);
    expect(b.snapshot().queue).toEqual(['slime', 'hero']);
    const g = startBattle(battleLog(['slime']), roster);
    expect(g.stepTurn()).toEqual({ resumed: true, waitingFor: 'hero', outcome: null });
  });

  // Core bug: step() keeps the previous step's `resumed: true` once the battle is over
  // (battle.ts resets resumedThisStep only while outcome === null).
  it('a step after the end does nothing and says so', () => {
    const { battle } = autoBattle(roster, ['slime']);
    const steps = battle.stepCount;
    expect(battle.step()).toEqual({ resumed: false, waitingFor: null, outcome: battle.outcome });
    expect(battle.stepCount).toBe(steps);
  });
});

describe('coroutine states through a full battle', () => {
  it('created → suspended → … → closed for the dead, cancelled for the survivor', () => {
    const b = startBattle(battleLog(['slime']), roster);
    const seen = statesOf(b);
    expect(b.snapshot().combatants.map((c) => c.state)).toEqual(['created', 'created']);
    b.runToEnd(autoCommand);
    expect(b.outcome).toBe('victory');
    const hero = seen.get('hero')!;
    const slime = seen.get('slime')!;
    expect(hero.slice(0, 2)).toEqual(['running', 'suspended']);
    expect(hero.at(-1)).toBe('cancelled');
    expect(slime.at(-1)).toBe('closed');
    expect(new Set([...hero, ...slime])).toEqual(new Set(['running', 'suspended', 'closed', 'cancelled']));
  });

  it('never sends a value into an unstarted generator: a first hit is preceded by a plain next()', () => {
    const { battle, warnings } = autoBattle(roster, ['slime']);
    const slime = battle.ledger().filter((e) => e.task === 'slime');
    // The hero strikes first; the slime has not had a turn yet.
    expect(slime[0]).toMatchObject({ op: 'next', sent: undefined });
    expect(typeof slime[1]!.sent).toBe('number');
    expect(warnings).toEqual([]);
  });
});

describe('submit', () => {
  it('refuses a command when none is expected', () => {
    const b = startBattle(battleLog(['slime']), roster);
    expect(b.submit({ kind: 'attack' })).toEqual({ ok: false, error: 'no command is expected now: the battle has not asked yet' });
  });

  it('refuses while a monster acts, and a second command for the same turn', () => {
    const b = startBattle(battleLog(['slime']), roster);
    b.step();
    expect(b.submit({ kind: 'defend' })).toEqual({ ok: true });
    expect(b.submit({ kind: 'defend' })).toEqual({ ok: false, error: 'Hero already has a command for this turn' });
    b.stepTurn(); // hero's turn done; the slime is next
    b.step();
    expect(b.snapshot().current).toBe('slime');
    expect(b.submit({ kind: 'defend' })).toEqual({ ok: false, error: 'no command is expected now: Slime is acting' });
  });

  it.each([
    [{ kind: 'dance' }, 'unknown command "dance": expected one of attack, spell, item, defend, flee'],
    [{ kind: 'spell', spell: 'hoimi' }, 'not enough MP for Heal: it needs 3, you have 0'],
    [{ kind: 'attack', target: 'bat' }, 'cannot attack "bat": it is not a living enemy (choose one of slime)'],
    [{ kind: 'attack', target: 'hero' }, 'cannot attack "hero": it is not a living enemy (choose one of slime)'],
  ])('refuses %j with a precise reason and keeps waiting', (command, error) => {
    const b = startBattle(battleLog(['slime'], DEFAULT_SEED, [{ kind: 'hero', mp: 0 }]), roster);
    b.step();
    expect(b.submit(command)).toEqual({ ok: false, error });
    expect(b.snapshot().waitingFor).toBe('hero');
    expect(b.submit({ kind: 'attack' })).toEqual({ ok: true });
  });

  it('refuses after the end', () => {
    const { battle } = autoBattle(roster, ['slime']);
    expect(battle.submit({ kind: 'attack' })).toEqual({ ok: false, error: 'the battle is over (victory)' });
  });

  it('records accepted commands in the input log', () => {
    const { battle } = autoBattle(roster, ['slime']);
    const asked = eventsOf(battle.events, 'awaitCommand').length;
    expect(battle.input.mode === 'battle' && battle.input.commands).toHaveLength(asked);
  });
});

describe('closing coroutines at the end', () => {
  it('return() runs the finally of a started one; a never-started one ends cancelled', () => {
    const ran = { started: false, neverStarted: false };
    const b = directBattle([
      recruit('waiter', 'enemy', function* () {
        try {
          for (;;) yield { hp: 10, act: { kind: 'wait' } };
        } finally {
          ran.started = true;
        }
      }),
      // The hero returns (dies) on its first resume, ending the battle before the third one ever runs.
      recruit('hero', 'hero', function* () {
        return 0;
      }),
      recruit('late', 'enemy', function* () {
        try {
          for (;;) yield { hp: 10 };
        } finally {
          ran.neverStarted = true;
        }
      }),
    ]);
    const seen = statesOf(b);
    while (!b.step().outcome);
    expect(b.outcome).toBe('defeat');
    expect(ran).toEqual({ started: true, neverStarted: false });
    expect(seen.get('waiter')!.at(-1)).toBe('cancelled');
    expect(seen.get('late')).toEqual(['cancelled']);
    expect(b.snapshot().combatants.map((c) => c.state)).toEqual(['cancelled', 'closed', 'cancelled']);
  });

  it('dispose() closes everything still alive', () => {
    const b = startBattle(battleLog(['slime', 'bat']), roster);
    b.step();
    b.dispose();
    expect(b.snapshot().combatants.map((c) => c.state)).toEqual(['cancelled', 'cancelled', 'cancelled']);
  });
});

describe('re-entrancy', () => {
  it('step() from inside a step throws; the caller becomes a fault, not a crash', () => {
    let battle: Battle | null = null;
    let caught: unknown;
    const warnings: string[] = [];
    const b = directBattle(
      [
        recruit('meddler', 'enemy', function* () {
          try {
            battle!.step();
          } catch (e) {
            caught = e;
          }
          battle!.step(); // uncaught this time
          yield { hp: 10 };
        }),
        recruit('hero', 'hero', function* () {
          for (;;) yield { hp: 10, act: { kind: 'wait' } };
        }),
      ],
      warnings,
    );
    battle = b;
    while (!b.step().outcome);
    expect((caught as Error).message).toBe('the scheduler is not re-entrant: step() was called from inside a step');
    const [fault] = eventsOf(b.events, 'fault');
    expect(fault).toMatchObject({ id: 'meddler', message: expect.stringMatching(/threw Error: the scheduler is not re-entrant/) });
    // A faulted monster counts as beaten, like a dead one.
    expect(b.outcome).toBe('victory');
    expect(warnings).toHaveLength(1);
  });

  it('dispose() from inside a step throws', () => {
    let battle: Battle | null = null;
    let caught: unknown;
    const b = directBattle([
      recruit('closer', 'enemy', function* () {
        try {
          battle!.dispose();
        } catch (e) {
          caught = e;
        }
        for (;;) yield { hp: 10, act: { kind: 'wait' } };
      }),
      recruit('hero', 'hero', function* () {
        return 0;
      }),
    ]);
    battle = b;
    b.step();
    expect((caught as Error).message).toBe('dispose() called from inside a step');
  });
});

describe('the end of a battle', () => {
  // A monster that flees must end the battle at once when it was the last enemy (before a fix in
  // battle.ts the hero still got a turnStart and a resume first).
  it('ends as soon as the last enemy has fled', () => {
    const seed = findSeed((b) => eventsOf(b.events, 'flee').some((e) => e.ok));
    const { battle } = autoBattle(roster, ['metal-slime'], seed);
    const fled = battle.events.findIndex((e) => e.type === 'flee' && e.ok);
    const after = battle.events.slice(fled + 1).map((e) => (e.type === 'resume' ? `${e.entry.op}(${e.entry.task})` : e.type));
    expect(battle.outcome).toBe('escaped');
    // Only closing: the fleer's own return(), the hero's at the end, and nothing else in between.
    expect(after).toEqual(['return(metal-slime)', 'return(hero)', 'battleEnd']);
  });
});

/** The first seed from DEFAULT_SEED whose metal-slime battle shows what the test needs. */
function findSeed(wanted: (b: Battle) => boolean): number {
  for (let seed = DEFAULT_SEED; seed < DEFAULT_SEED + 200; seed++) {
    if (wanted(autoBattle(roster, ['metal-slime'], seed).battle)) return seed;
  }
  throw new Error('no seed in range shows it');
}

describe('draws', () => {
  it('calls a draw when the step budget runs out, and closes everyone', () => {
    const b = directBattle([
      recruit('hero', 'hero', function* () {
        for (;;) yield { hp: 10, act: { kind: 'defend' } };
      }),
      recruit('idler', 'enemy', function* () {
        for (;;) yield { hp: 10, act: { kind: 'wait' } };
      }),
    ]);
    while (!b.step().outcome);
    expect(b.outcome).toBe('draw');
    expect(b.stepCount).toBeLessThanOrEqual(2000);
    expect(eventsOf(b.events, 'battleEnd')).toEqual([{ type: 'battleEnd', outcome: 'draw', turns: b.snapshot().turn, steps: b.stepCount }]);
  });

  // Core bug: the budget is checked only in settle(); starting a created target before sending it
  // damage (resume's auto-start) is a resume with no check, so a battle can end at maxSteps + 1.
  it("honours an input log's smaller maxSteps exactly", () => {
    const b = startBattle({ ...battleLog(['slime']), maxSteps: 3 }, roster);
    b.runToEnd(autoCommand);
    expect(b.outcome).toBe('draw');
    expect(b.stepCount).toBe(3);
  });
});
