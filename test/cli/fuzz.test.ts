import { describe, expect, it } from 'vitest';
import { eventKeys, findProblem, fuzz, main, parseFuzzArgs, rerunCommand, seedAt, UsageError } from '../../src/cli/fuzz.ts';
import { loadRoster } from '../../src/cli/load-roster.ts';
import { autoCommand } from '../../src/core/policy.ts';
import { MAX_SEED } from '../../src/core/rng.ts';
import { startBattle, type BattleLog } from '../../src/core/replay.ts';

async function run(...args: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
}

const FIXTURES = 'test/fixtures/combatants';

describe('fuzz CLI', () => {
  it('plays every seed and prints a summary when nothing is wrong', async () => {
    const r = await run('--enemy', 'slime', '--runs', '20', '--seed', '7');
    expect(r.code).toBe(0);
    expect(r.err).toEqual([]);
    expect(r.out).toHaveLength(1);
    // The random player flees and loses now and then, so the counts are whatever the seeds give.
    expect(r.out[0]).toMatch(/^fuzz: 20 battles against slime \(seeds 7\.\.26\), no problems: ((victory|defeat|fled|escaped) \d+(, )?)+; average turns \d+\.\d$/);
  });

  it('takes several enemies, boss included', async () => {
    const r = await run('--enemy', 'king-slime', '--enemy', 'bat', '--runs', '5');
    expect(r.code).toBe(0);
    expect(r.out[0]).toContain('5 battles against king-slime + bat (seeds 1..5)');
  });

  it('stops at the first faulting seed and prints the command that reruns it', async () => {
    const r = await run('--combatants', FIXTURES, '--enemy', 'throws-mid', '--runs', '50', '--seed', '3');
    expect(r.code).toBe(1);
    expect(r.out[0]).toMatch(/^fuzz: seed 3 \(run 1 of 50\) against throws-mid( \+ [a-z-]+)*: fault: Late Stumbler( A)? \(とちゅうでこける(A)?\) threw RangeError: turn 3 is out of range/);
    expect(r.out[1]).toBe(`rerun: npm run fuzz -- --combatants ${FIXTURES} --enemy throws-mid --seed 3 --runs 1`);
  });

  it('reports an endless loop as a fault (instrumented) instead of hanging', async () => {
    const r = await run('--combatants', FIXTURES, '--enemy', 'infinite-loop', '--runs', '3');
    expect(r.code).toBe(1);
    expect(r.out[0]).toContain('NoYieldError: did not yield within 100000 iterations (loop at infinite-loop.ts:13)');
    expect(r.out[0]).toContain('(last yield at infinite-loop.ts:11)');
  });

  it('reports a battle that never ends (draw by the step budget)', async () => {
    // The fuzzer's random player flees now and then, which ends even this battle; one that never
    // flees shows the draw.
    const { roster } = await loadRoster(FIXTURES);
    const all = new Map([...(await loadRoster()).roster, ...roster]);
    const battle = startBattle({ version: 1, mode: 'battle', seed: 11, party: [{ kind: 'hero' }], enemies: ['idle'], commands: [] }, all);
    battle.runToEnd(autoCommand);
    expect(findProblem(battle, all)).toBe('never ended: a draw by the step budget after 2000 steps (999 turns)');
  });

  it.each([
    [['--runs', '0'], 'fuzz: --runs: "0" is not an integer from 1 to 1000000'],
    [['--runs', 'many'], 'fuzz: --runs: "many" is not an integer from 1 to 1000000'],
    [['--seed', '-1'], `fuzz: --seed: "-1" is not an integer from 0 to ${MAX_SEED}`],
    [['--runs', '-5'], 'fuzz: --runs: "-5" is not an integer from 1 to 1000000'],
    [['--seed', 'abc'], `fuzz: --seed: "abc" is not an integer from 0 to ${MAX_SEED}`],
    [['--enemy', '../x'], 'fuzz: --enemy: "../x" is not a combatant name'],
    [['--bogus'], "fuzz: Unknown option '--bogus'"],
    [['stray'], expect.stringMatching(/^fuzz: Unexpected argument 'stray'/)],
    [['--enemy', 'nope'], 'fuzz: --enemy: "nope" is not a known enemy (known: bat, bubble-slime, ghost, golem, healslime, king-slime, magician, metal-slime, she-slime, slime)'],
    [['--enemy', 'hero'], expect.stringMatching(/^fuzz: --enemy: "hero" is not a known enemy/)],
  ])('bad arguments %j: one line and exit 2', async (args, line) => {
    const r = await run(...(args as string[]));
    expect(r.code).toBe(2);
    expect(r.out).toEqual([]);
    expect(r.err).toEqual([line]);
  });

  it('--help prints usage and exits 0', async () => {
    const r = await run('--help');
    expect(r.code).toBe(0);
    expect(r.out[0]).toMatch(/^Usage: npm run fuzz/);
  });
});

describe('fuzz helpers', () => {
  it('parses defaults', () => {
    expect(parseFuzzArgs([])).toEqual({ enemies: ['slime'], runs: 100, seed: 1, combatants: null, help: false });
    expect(() => parseFuzzArgs(['--runs', '1000001'])).toThrow(UsageError);
  });

  it('wraps seeds past the largest one', () => {
    expect(seedAt(MAX_SEED, 0)).toBe(MAX_SEED);
    expect(seedAt(MAX_SEED, 1)).toBe(0);
    expect(rerunCommand(['slime', 'bat'], 9)).toBe('npm run sim -- --enemy slime --enemy bat --seed 9 --trace');
  });

  it('finds nothing wrong with a clean battle, and catches a tampered event log', async () => {
    const { roster } = await loadRoster();
    const log: BattleLog = { version: 1, mode: 'battle', seed: 4, party: [{ kind: 'hero' }], enemies: ['slime', 'bat'], commands: [] };
    const battle = startBattle(log, roster);
    battle.runToEnd(autoCommand);
    expect(findProblem(battle, roster)).toBeNull();
    const again = startBattle(log, roster);
    again.runToEnd(autoCommand);
    expect(eventKeys(again.events)).toEqual(eventKeys(battle.events));
    // An action by a combatant after its death, a negative HP, a diverging log: each is named.
    const death = battle.events.findIndex((e) => e.type === 'death');
    const dead = (battle.events[death] as { id: string }).id;
    battle.events.splice(death + 1, 0, { type: 'action', actor: dead, act: { kind: 'attack' } });
    expect(findProblem(battle, roster)).toBe(`invariant: ${dead} acted ({"kind":"attack"}) after it died`);
    battle.events.splice(death + 1, 1, { type: 'status', id: 'hero', hp: -3, mp: 0 });
    expect(findProblem(battle, roster)).toBe('invariant: a status event shows HP -3 for hero');
    battle.events.splice(death + 1, 1, { type: 'status', id: 'hero', hp: 5, mp: 0 });
    expect(findProblem(battle, roster)).toMatch(new RegExp(`^invariant: replaying the input log diverged at event ${death + 2}: `));
  });

  it('fuzz() summarises outcomes', async () => {
    const { roster } = await loadRoster();
    const r = fuzz(roster, { enemies: ['metal-slime'], runs: 30, seed: 100 });
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(Object.values(r.summary.outcomes).reduce((a, b) => a + b, 0)).toBe(30);
      expect(r.summary.averageTurns).toBeGreaterThan(0);
    }
  });
});
