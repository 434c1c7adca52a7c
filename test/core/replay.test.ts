import { describe, expect, it } from 'vitest';
import { autoCommand } from '../../src/core/policy.ts';
import { CLASSIC_CAST, parseInputLog, replay, startBattle, startClassic } from '../../src/core/replay.ts';
import { DEFAULT_SEED, autoBattle, battleLog, eventsOf, loadTestRoster, WITH_CLASSIC } from '../helpers.ts';

const roster = await loadTestRoster();

function classicDraws(damage: number[]): number[] {
  const b = startClassic(DEFAULT_SEED, damage, WITH_CLASSIC);
  b.runToEnd(autoCommand);
  return eventsOf(b.events, 'damage').map((e) => e.amount);
}

describe('startBattle', () => {
  it.each([
    [{ party: [], enemies: ['slime'] }, 'the party is empty'],
    [{ enemies: [] }, 'there are no enemies'],
    [{ party: [{ kind: 'slime' }] }, 'slime is an enemy, not a party member'],
    [{ party: [{ kind: 'wizard' }] }, 'unknown party member "wizard"'],
    [{ enemies: ['hero'] }, 'hero is a party member, not an enemy'],
    [{ enemies: ['dragon'] }, /unknown enemy "dragon" \(known: bat, bubble-slime, ghost, golem, healslime, king-slime, magician, metal-slime, she-slime, slime\)/],
  ])('refuses %j', (change, message) => {
    const log = { ...battleLog(['slime']), ...change };
    expect(() => startBattle(log, roster)).toThrow(message);
  });

  it('numbers repeated kinds: ids slime-1, slime-2 and names スライムA, スライムB', () => {
    const b = startBattle(battleLog(['slime', 'bat', 'slime']), roster);
    const cs = b.snapshot().combatants;
    expect(cs.map((c) => c.id)).toEqual(['hero', 'slime-1', 'bat', 'slime-2']);
    expect(cs.map((c) => c.name.ja)).toEqual(['ゆうしゃ', 'スライムA', 'ドラキー', 'スライムB']);
    expect(cs[3]!.name.en).toBe('Slime B');
  });

  it('clamps carried-over HP to 1..max and MP to 0..max', () => {
    const hero = (hp: number, mp: number) =>
      startBattle(battleLog(['slime'], DEFAULT_SEED, [{ kind: 'hero', hp, mp }]), roster).snapshot().combatants[0]!;
    expect([hero(500, 99).hp, hero(500, 99).mp]).toEqual([100, 30]);
    expect([hero(0, -5).hp, hero(0, -5).mp]).toEqual([1, 0]);
  });
});

describe('startClassic', () => {
  it("casts the seed's two counters", () => {
    const b = startClassic(DEFAULT_SEED, [], WITH_CLASSIC);
    expect(b.snapshot().combatants.map((c) => [c.name.ja, c.hp])).toEqual(CLASSIC_CAST.map((c) => [c.name.ja, c.hp]));
  });

  it('uses the given draws in order, then the seeded PRNG from its start', () => {
    const fromPrng = classicDraws([]);
    expect(classicDraws([6, 6]).slice(0, 3)).toEqual([6, 6, fromPrng[0]]);
  });
});

describe('replay', () => {
  it('rebuilds the same battle from its input log', () => {
    const { battle } = autoBattle(roster, ['slime', 'bat']);
    expect(battle.input.mode === 'battle' && battle.input.commands.length).toBeGreaterThan(0);
    const again = replay(battle.input, roster);
    expect(again.outcome).toBe(battle.outcome);
    expect(again.events).toEqual(battle.events);
  });

  it('stops after untilStep resumes, for scrubbing', () => {
    const { battle } = autoBattle(roster, ['slime', 'bat']);
    const partial = replay(battle.input, roster, 5);
    expect(partial.stepCount).toBe(5);
    expect(partial.ledger()).toEqual(battle.ledger().slice(0, 5));
  });

  it('stops waiting for a command when the log runs out of them', () => {
    const b = replay(battleLog(['slime']), roster);
    expect(b.outcome).toBeNull();
    expect(b.snapshot().waitingFor).toBe('hero');
  });

  it('says so when a command no longer fits the battle', () => {
    const log = { ...battleLog(['slime']), commands: [{ kind: 'attack' as const, target: 'bat' }] };
    expect(() => replay(log, roster)).toThrow(/replay diverged: command .* was refused: cannot attack "bat"/);
  });
});

describe('parseInputLog', () => {
  it('accepts what a battle writes, after a JSON round trip', () => {
    const { battle } = autoBattle(roster, ['she-slime']);
    expect(parseInputLog(JSON.parse(JSON.stringify(battle.input)))).toEqual({ ok: true, log: battle.input });
    const classic = { version: 1, mode: 'classic', seed: 3, damage: [8, 9] };
    expect(parseInputLog(classic)).toEqual({ ok: true, log: classic });
  });

  const good = { version: 1, mode: 'battle', seed: 1, party: [{ kind: 'hero' }], enemies: ['slime'], commands: [] };
  it.each([
    [null, 'an input log must be a JSON object'],
    [{ ...good, version: 2 }, 'unsupported input log version 2 (expected 1)'],
    [{ ...good, seed: -1 }, 'seed must be an integer from 0 to 2147483647'],
    [{ ...good, seed: 1.5 }, 'seed must be an integer from 0 to 2147483647'],
    [{ ...good, mode: 'arcade' }, 'mode must be "battle" or "classic", got "arcade"'],
    [{ version: 1, mode: 'classic', seed: 1, damage: [8, 0] }, 'damage must be a list of positive integers'],
    [{ ...good, party: [{ kind: 'hero', hp: 'full' }] }, 'party must be a list of { kind, hp?, mp? }'],
    [{ ...good, enemies: [3] }, 'enemies must be a list of names'],
    [{ ...good, maxSteps: 0 }, 'maxSteps must be a positive integer'],
    [{ ...good, commands: 'attack' }, 'commands must be a list'],
    [{ ...good, commands: [{ kind: 'defend' }, { kind: 'dance' }] }, 'command 2: unknown command "dance": expected one of attack, spell, item, defend, flee'],
    [{ ...good, party: Array(5).fill({ kind: 'hero' }) }, 'the party has 5 members; at most 4 are allowed'],
    [{ ...good, enemies: Array(401).fill('slime') }, 'the log has 401 enemies; at most 400 are allowed'],
    [{ ...good, commands: [{ kind: 'spell', spell: 'toString' }] }, 'command 1: unknown spell "toString": expected one of hoimi, gira, rarihoo, kiarii, sukara'],
    [{ ...good, commands: [{ kind: 'spell', spell: '__proto__' }] }, 'command 1: unknown spell "__proto__": expected one of hoimi, gira, rarihoo, kiarii, sukara'],
  ])('refuses %j', (json, error) => {
    expect(parseInputLog(json)).toEqual({ ok: false, error });
  });

  it('keeps only the known keys of a party member, so an extra or __proto__ key never reaches a battle or an export', () => {
    const json = JSON.parse('{"version":1,"mode":"battle","seed":1,"party":[{"kind":"hero","__proto__":{"hp":1},"extra":2}],"enemies":["slime"],"commands":[]}') as unknown;
    const parsed = parseInputLog(json);
    expect(parsed.ok && parsed.log.mode === 'battle' && JSON.stringify(parsed.log.party)).toBe('[{"kind":"hero"}]');
  });

  it('names 400 enemies of one kind quickly enough to start the battle (linear naming)', async () => {
    const roster = await loadTestRoster();
    const battle = startBattle(battleLog(Array(400).fill('slime')), roster);
    expect(battle.living('enemy')).toHaveLength(400);
    expect(battle.info('slime-400')?.name.en).toBe(`Slime ${String.fromCharCode(65 + 399)}`);
  });
});
