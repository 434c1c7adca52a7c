// Items (issue 15): the bag comes from the input log, an item is checked like a spell (unknown,
// none left, bad target: a precise reason) and resolved by sending into the target's generator.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Battle } from '../../src/core/battle.ts';
import { commandDue } from '../../src/core/drive.ts';
import { ITEMS, ITEM_IDS } from '../../src/core/items.ts';
import { parseInputLog, replay, startBattle } from '../../src/core/replay.ts';
import { checkCommand } from '../../src/core/validate.ts';
import { DEFAULT_SEED, battleLog, eventsOf, loadTestRoster } from '../helpers.ts';

const roster = await loadTestRoster();

/** Steps until someone waits for a command; returns who. */
function untilCommand(battle: Battle): string {
  for (;;) {
    const r = battle.step();
    const who = commandDue(r);
    if (who) return who;
    if (r.outcome) throw new Error('the battle ended');
  }
}

const ctx = (bag: Partial<Record<string, number>>) => ({
  mp: 10, bag, isFoe: (id: string) => id === 'slime', isAlly: (id: string) => id === 'hero' || id === 'mage',
  foes: () => ['slime'], allies: () => ['hero', 'mage'],
});

describe('checkCommand for items', () => {
  it('refuses an unknown item, one the bag has none of, and a target that is not a living ally', () => {
    expect(checkCommand({ kind: 'item', item: 'elixir' }, ctx({ yakusou: 1 }))).toBe('unknown item "elixir": expected one of yakusou, dokukeshi, seisui');
    expect(checkCommand({ kind: 'item', item: 'toString' }, ctx({}))).toMatch(/^unknown item "toString"/);
    expect(checkCommand({ kind: 'item', item: 'yakusou' }, ctx({ yakusou: 0 }))).toBe('no Medicinal Herb (yakusou) left in the bag');
    expect(checkCommand({ kind: 'item', item: 'yakusou', target: 'slime' }, ctx({ yakusou: 1 }))).toBe('Medicinal Herb cannot be used on "slime" (choose one of hero, mage)');
    expect(checkCommand({ kind: 'item', item: 'yakusou', target: 'mage' }, ctx({ yakusou: 1 }))).toEqual({ kind: 'item', item: 'yakusou', target: 'mage' });
  });

  it('is valid exactly when the item exists, the bag has one and the target is an ally (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ITEM_IDS, 'elixir'), fc.integer({ min: 0, max: 3 }), fc.constantFrom(undefined, 'hero', 'mage', 'slime'), (item, n, target) => {
        const got = checkCommand({ kind: 'item', item, ...(target && { target }) }, ctx({ [item]: n }));
        const valid = ITEM_IDS.includes(item as never) && n > 0 && target !== 'slime';
        expect(typeof got !== 'string').toBe(valid);
      }),
      { seed: DEFAULT_SEED },
    );
  });

  it('reads the bag from an input log, refusing unknown items and bad counts', () => {
    const base = { ...battleLog(['slime']), commands: [] };
    expect(parseInputLog({ ...base, bag: { yakusou: 2 } })).toMatchObject({ ok: true, log: { bag: { yakusou: 2 } } });
    expect(parseInputLog({ ...base, bag: { elixir: 1 } })).toMatchObject({ ok: false, error: expect.stringMatching(/unknown item "elixir"/) });
    expect(parseInputLog({ ...base, bag: { yakusou: -1 } })).toMatchObject({ ok: false });
  });
});

describe('items in battle', () => {
  it('やくそう sends +30 into the target, is counted down, and the player is told', () => {
    const battle = startBattle({ ...battleLog(['slime'], DEFAULT_SEED, [{ kind: 'hero', hp: 40 }]), bag: { yakusou: 1 } }, roster);
    expect(untilCommand(battle)).toBe('hero');
    expect(battle.submit({ kind: 'item', item: 'yakusou' })).toEqual({ ok: true });
    untilCommand(battle);
    const [used] = eventsOf(battle.events, 'item');
    expect(used).toEqual({ type: 'item', actor: 'hero', item: 'yakusou', target: 'hero', left: 0 });
    expect(battle.ledger().some((r) => r.task === 'hero' && r.sent === ITEMS.yakusou.power)).toBe(true);
    expect(eventsOf(battle.events, 'heal')[0]).toMatchObject({ target: 'hero', amount: 30, hp: 70 });
    expect(battle.itemCount('yakusou')).toBe(0);
    expect(battle.submit({ kind: 'item', item: 'yakusou' })).toEqual({ ok: false, error: 'no Medicinal Herb (yakusou) left in the bag' });
  });

  it('まほうのせいすい sends { kind: "restore", mp } and the member yields its new MP', () => {
    const battle = startBattle({ ...battleLog(['slime'], DEFAULT_SEED, [{ kind: 'hero' }, { kind: 'mage', mp: 2 }]), bag: { seisui: 1 } }, roster);
    expect(untilCommand(battle)).toBe('hero');
    expect(battle.submit({ kind: 'item', item: 'seisui', target: 'mage' })).toEqual({ ok: true });
    untilCommand(battle);
    expect(battle.ledger().some((r) => r.task === 'mage' && eventKeyOf(r.sent) === '{"kind":"restore","mp":15}')).toBe(true);
    expect(battle.vitals('mage')!.mp).toBe(17);
  });

  it('a battle with items replays from its input log, bag included', () => {
    for (let seed = 1; seed <= 10; seed++) {
      const battle = startBattle({ ...battleLog(['bubble-slime', 'slime'], seed, [{ kind: 'hero', hp: 30 }]), bag: { yakusou: 3, dokukeshi: 1 } }, roster);
      battle.runToEnd((b) => (b.itemCount('yakusou') > 0 ? { kind: 'item', item: 'yakusou' } : { kind: 'attack' }));
      const again = replay(battle.input, roster);
      expect(again.events).toEqual(battle.events);
    }
  });
});

function eventKeyOf(v: unknown): string {
  return JSON.stringify(v);
}

describe('items in log files', () => {
  it('a battle with a bag, levels and a foe level saves as a version 2 file and replays the same', async () => {
    const { logFileOf, writeLogFile, readLogJson, inputLogOf } = await import('../../src/core/log/log-file.ts');
    const battle = startBattle({ ...battleLog(['bubble-slime'], 9, [{ kind: 'hero', level: 3 }, { kind: 'mage', level: 3 }]), bag: { yakusou: 2, seisui: 0 }, foeLevel: 2 }, roster);
    battle.runToEnd((b) => (b.itemCount('yakusou') > 0 ? { kind: 'item', item: 'yakusou' } : { kind: 'attack' }));
    const json = JSON.parse(writeLogFile(logFileOf(battle.input))) as Record<string, unknown>;
    expect(json.items).toEqual([{ item: 'yakusou', count: 2 }]);
    expect(json.foeLevel).toBe(2);
    const read = readLogJson(json);
    expect(read.ok).toBe(true);
    if (read.ok) expect(replay(inputLogOf(read.file), roster).events).toEqual(battle.events);
  });
});
