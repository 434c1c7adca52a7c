import { beforeAll, describe, expect, it } from 'vitest';
import { fuzz, main, otherEnemies } from '../../src/cli/fuzz.ts';
import { ledgerProblem, lineupFor, randomPolicy } from '../../src/cli/fuzz-play.ts';
import { loadRoster } from '../../src/cli/load-roster.ts';
import { startBattle } from '../../src/core/replay.ts';
import type { Roster } from '../../src/core/roster.ts';

const RULES_DIR = 'test/fixtures/rules';
let roster: Roster;
let builtIn: Roster;

beforeAll(async () => {
  const built = await loadRoster();
  const rules = await loadRoster(RULES_DIR);
  expect(rules.problems).toEqual([]);
  builtIn = built.roster;
  roster = new Map([...built.roster, ...rules.roster]);
});

// Each fixture breaks one engine rule; the fuzzer must flag it within 300 runs, naming the rule and
// the line of the last yield.
describe('the fuzzer flags each rule fixture within 300 runs', () => {
  it.each([
    ['dies-but-yields', 'hp-after-death', 11],
    ['wrong-sign', 'hp-wrong-sign', 11],
    ['overheals', 'hp-above-max', 12],
    ['half-damage', 'hp-not-integer', 11],
    ['asks-command', 'enemy-command', 12],
    ['finally-throws', 'finally-throw', 12],
    ['finally-yields-once', 'finally-yield', 17],
  ])('%s → %s', (kind, rule, line) => {
    const r = fuzz(roster, { enemies: [kind], runs: 300, seed: 1, others: otherEnemies(builtIn, [kind]) });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problem).toContain(`rule ${rule} broken:`);
    expect(r.problem).toContain(`(last yield at ${kind}.ts:${line})`);
    expect(r.lineup[0]).toBe(kind);
  });

  it('prints the seed, the rule, the line and the rerun command', async () => {
    const out: string[] = [];
    const code = await main(['--combatants', RULES_DIR, '--enemy', 'wrong-sign', '--runs', '300'], { out: (l) => out.push(l), err: () => {} });
    expect(code).toBe(1);
    expect(out[0]).toMatch(/^fuzz: seed \d+ \(run \d+ of 300\) against wrong-sign( \+ [a-z-]+)*: rule hp-wrong-sign broken: Backwards Slime \(さかさスライム\) was sent -\d+ \(damage\) but its HP went from \d+ to \d+ \(at wrong-sign\.ts:11\)/);
    const seed = /seed (\d+)/.exec(out[0]!)![1];
    expect(out[1]).toBe(`rerun: npm run fuzz -- --combatants ${RULES_DIR} --enemy wrong-sign --seed ${seed} --runs 1`);
  });
});

describe('what the fuzzer plays and reads', () => {
  it('uses every command over a few battles and varies the lineup', () => {
    const kinds = new Set<string>();
    const shapes = new Set<string>();
    for (let seed = 1; seed <= 40; seed++) {
      const enemies = lineupFor(['slime'], seed, ['bat', 'ghost']);
      shapes.add(enemies.length === 1 ? 'alone' : enemies.every((e) => e === 'slime') ? 'group' : 'mixed');
      const b = startBattle({ version: 1, mode: 'battle', seed, party: [{ kind: 'hero' }], enemies, commands: [] }, roster);
      b.runToEnd(randomPolicy(seed));
      for (const c of b.input.mode === 'battle' ? b.input.commands : []) kinds.add(c.kind === 'spell' ? c.spell : c.kind);
    }
    expect([...shapes].sort()).toEqual(['alone', 'group', 'mixed']);
    expect([...kinds].sort()).toEqual(['attack', 'defend', 'flee', 'gira', 'hoimi']);
  });

  it('checks the HP a monster really yielded, not the clamped HP of events', () => {
    const b = startBattle({ version: 1, mode: 'battle', seed: 1, party: [{ kind: 'hero' }], enemies: ['slime'], commands: [] }, roster);
    b.runToEnd(randomPolicy(1));
    expect(ledgerProblem(b.events)).toBeNull();
    // The same ledger with one yield edited to a wrong sign is caught.
    const i = b.events.findIndex((e) => e.type === 'resume' && e.entry.task === 'slime' && typeof e.entry.sent === 'number' && e.entry.result.kind === 'yield');
    const ev = b.events[i] as Extract<(typeof b.events)[number], { type: 'resume' }>;
    const tampered = { ...ev, entry: { ...ev.entry, result: { kind: 'yield' as const, value: { hp: 20 + 1 } } } };
    const events = [...b.events];
    events[i] = tampered;
    expect(ledgerProblem(events)).toMatch(/^rule hp-(above-max|wrong-sign) \(in the ledger\): Slime /);
  });
});

describe('the built-in monsters pass 1000 fuzz runs each', () => {
  it.each(['slime', 'bat', 'ghost', 'metal-slime', 'she-slime', 'king-slime'])('%s', (kind) => {
    const r = fuzz(builtIn, { enemies: [kind], runs: 1000, seed: 1 });
    expect(r.ok ? 'ok' : r.problem).toBe('ok');
  }, 60_000);
});
