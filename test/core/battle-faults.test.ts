// Misbehaving combatants (test/fixtures/combatants) are taken out of the battle; the battle goes on.
import { beforeEach, describe, expect, it } from 'vitest';
import { autoCommand } from '../../src/core/policy.ts';
import { startBattle } from '../../src/core/replay.ts';
import { ZOMBIE_RETURN_LIMIT } from '../../src/core/task.ts';
import { zombieLog } from '../fixtures/combatants/zombie.ts';
import { autoBattle, battleLog, eventsOf, loadFixtureRoster } from '../helpers.ts';

const roster = await loadFixtureRoster();

describe.each([
  ['thrower', /threw Error: boom/],
  ['nan-hp', /yielded hp NaN; expected a finite number/],
  ['stringy', /yielded "hello"; expected a status object/],
  ['nully', /yielded null; expected a status object/],
  ['wrong-shape', /yielded an action of kind "dance"/],
  ['phantom-target', /yielded an action with target "nobody", which does not exist/],
])('%s', (kind, message) => {
  it('is marked errored with a fault event naming the problem', () => {
    const { battle, warnings } = autoBattle(roster, [kind]);
    const faults = eventsOf(battle.events, 'fault');
    expect(faults).toHaveLength(1);
    expect(faults[0]).toMatchObject({ id: kind, side: 'enemy', message: expect.stringMatching(message) });
    expect(battle.snapshot().combatants.find((c) => c.id === kind)!.state).toBe('errored');
    expect(warnings.join('\n')).toMatch(message);
    // Nobody else is left on its side, and a faulted monster counts as beaten.
    expect(battle.outcome).toBe('victory');
  });

  it('leaves the battle while the others fight on by the normal rules', () => {
    const { battle } = autoBattle(roster, [kind, 'slime']);
    const faultAt = battle.events.findIndex((e) => e.type === 'fault');
    const later = battle.events.slice(faultAt + 1);
    expect(later.some((e) => (e.type === 'action' || e.type === 'turnStart') && e.actor === kind)).toBe(false);
    expect(later.some((e) => e.type === 'resume' && e.entry.task === kind)).toBe(false);
    expect(later.some((e) => e.type === 'turnStart')).toBe(true);
    expect(battle.outcome === 'victory' || battle.outcome === 'defeat').toBe(true);
  });
});

describe('a phantom target', () => {
  it('is only a fault when acted on: as a target of damage it answers normally first', () => {
    const { battle } = autoBattle(roster, ['phantom-target']);
    const own = battle.ledger().filter((e) => e.task === 'phantom-target');
    expect(own.some((e) => typeof e.sent === 'number' && e.result.kind === 'yield')).toBe(true);
  });
});

describe('a zombie (yields inside finally)', () => {
  beforeEach(() => {
    zombieLog.finallyYields = 0;
  });

  it('is dropped as errored after ZOMBIE_RETURN_LIMIT return() calls when the battle ends', () => {
    const b = startBattle({ ...battleLog(['zombie']), maxSteps: 20 }, roster, { monitor: { onWarn: () => {} } });
    b.runToEnd(autoCommand);
    expect(b.outcome).toBe('draw');
    expect(zombieLog.finallyYields).toBeGreaterThanOrEqual(ZOMBIE_RETURN_LIMIT);
    const zombie = b.snapshot().combatants.find((c) => c.id === 'zombie')!;
    expect(zombie.state).toBe('errored');
    expect(zombie.error).toMatch(/zombie coroutine/);
    expect(eventsOf(b.events, 'fault')).toEqual([
      expect.objectContaining({ id: 'zombie', message: expect.stringMatching(/kept yielding from its finally block/) }),
    ]);
  });
});
