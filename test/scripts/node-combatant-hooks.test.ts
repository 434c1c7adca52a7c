// The CLI's loader hook: run in real child processes under tsx, as `npm run sim` and `npm run fuzz` run.
// (Inside Vitest the Vite plugin instruments instead, so registerCombatantHooks() does nothing here.)
import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileCombatant, isCombatantUrl, registerCombatantHooks } from '../../scripts/node-combatant-hooks.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const url = (p: string) => pathToFileURL(join(ROOT, p)).href;

/** Runs a script under tsx with Vitest's variables removed; the timeout is only a safety net against a hang. */
function tsx(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string; killed: boolean }> {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('VITEST') && k !== 'NODE_OPTIONS'));
  return new Promise((resolve) => {
    execFile(TSX, args, { cwd: ROOT, env, timeout: 60_000 }, (error, stdout, stderr) => {
      const e = error as (Error & { code?: number | string; killed?: boolean }) | null;
      resolve({ code: e ? (typeof e.code === 'number' ? e.code : null) : 0, stdout, stderr, killed: e?.killed ?? false });
    });
  });
}

// The child: registers the hook (unless told not to), discovers combatants the CLI's way, fights.
const CHILD = `
import { registerCombatantHooks } from ${JSON.stringify(url('scripts/node-combatant-hooks.ts'))};
const mode = process.argv[2];
const registered = mode === 'plain' ? false : registerCombatantHooks();
const { loadRoster } = await import(${JSON.stringify(url('src/cli/load-roster.ts'))});
const { startBattle } = await import(${JSON.stringify(url('src/core/replay.ts'))});
const { autoCommand } = await import(${JSON.stringify(url('src/core/policy.ts'))});
const game = await loadRoster();
const fixtures = await loadRoster(${JSON.stringify(join(ROOT, 'test/fixtures/combatants'))});
const roster = new Map([...game.roster, ...fixtures.roster]);
const guarded = /guard\\("infinite-loop\\.ts", 13\\)/.test(String(roster.get('infinite-loop').create));
const report = { registered, again: registerCombatantHooks(), guarded, problems: [...game.problems, ...fixtures.problems] };
if (mode === 'plain') { console.log(JSON.stringify(report)); process.exit(0); }
const log = (enemies) => ({ version: 1, mode: 'battle', seed: 5, party: [{ kind: 'hero' }], enemies, commands: [] });
const loop = startBattle(log(['infinite-loop', 'slime']), roster, { monitor: { onWarn: () => {} } });
loop.runToEnd(autoCommand);
report.loop = { outcome: loop.outcome, faults: loop.events.filter((e) => e.type === 'fault').map((e) => e.message), at: loop.snapshot().combatants.find((c) => c.id === 'infinite-loop').at };
const king = startBattle(log(['king-slime']), roster);
for (let i = 0; i < 6; i++) { const r = king.step(); if (r.waitingFor && !r.resumed) king.submit(autoCommand(king, r.waitingFor)); }
const k = king.snapshot().combatants.find((c) => c.id === 'king-slime');
report.king = { at: k.at, stack: k.stack };
try { roster.get('throws-first').create(10, {}).next(); } catch (e) { report.stack = String(e.stack).split('\\n')[1].trim(); }
if (process.argv[3]) report.discovery = (await loadRoster(process.argv[3])).problems;
console.log(JSON.stringify(report));
`;

let work: string;
let discovery: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'cq-hooks-'));
  writeFileSync(join(work, 'package.json'), '{ "type": "module" }\n');
  writeFileSync(join(work, 'child.ts'), CHILD);
  // A folder like src/combatants with a syntax error, a file without export, one with two, and a good one.
  discovery = mkdtempSync(join(ROOT, 'test/fixtures/.hooks-discovery-'));
  const bad = join(ROOT, 'test/fixtures/bad-files');
  copyFileSync(join(bad, 'broken-syntax.ts.txt'), join(discovery, 'broken-syntax.ts'));
  copyFileSync(join(bad, 'no-export.ts'), join(discovery, 'no-export.ts'));
  copyFileSync(join(bad, 'two-exports.ts'), join(discovery, 'two-exports.ts'));
  copyFileSync(join(ROOT, 'test/fixtures/combatants/idle.ts'), join(discovery, 'idle.ts'));
});

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
  rmSync(discovery, { recursive: true, force: true });
});

describe('node-combatant-hooks under tsx', () => {
  it('instruments src/combatants and the fixtures: an endless loop is a NoYieldError, not a hang', async () => {
    const r = await tsx([join(work, 'child.ts'), 'hooked', discovery]);
    expect(r.killed).toBe(false);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report).toMatchObject({ registered: true, again: false, guarded: true, problems: [] });
    expect(report.loop.faults).toEqual([
      'Looper (むげんループ) threw NoYieldError: did not yield within 100000 iterations (loop at infinite-loop.ts:13); a combatant must yield every turn',
    ]);
    expect(['victory', 'defeat']).toContain(report.loop.outcome);
    expect(report.loop.at).toEqual({ file: 'infinite-loop.ts', line: 11 });
    // yield* frames and yield lines from the original king-slime.ts.
    expect(report.king.stack).toEqual([{ file: 'king-slime.ts', line: 15, label: 'calm' }]);
    expect(report.king.at).toEqual({ file: 'king-slime.ts', line: 26 });
    // Stack traces point at the original file and line (the inline source map; the throw is on line 10).
    expect(report.stack).toMatch(/test\/fixtures\/combatants\/throws-first\.ts:10:\d+\)$/);
    // Discovery in Node: each bad file is named, the good one loads.
    expect(report.discovery).toHaveLength(3);
    expect(report.discovery[0]).toMatch(/^broken-syntax\.ts: failed to load \(.*broken-syntax\.ts:11:/s);
    expect(report.discovery[1]).toMatch(/^no-export\.ts: exports no combatant definition/);
    expect(report.discovery[2]).toMatch(/^two-exports\.ts: exports 2 combatant definitions/);
  }, 90_000);

  it('loadRoster registers the hook itself, so every CLI that discovers combatants gets the loop guard', async () => {
    const r = await tsx([join(work, 'child.ts'), 'plain']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ registered: false, again: false, guarded: true, problems: [] });
  }, 90_000);

  it('npm run fuzz finds the endless loop and exits 1', async () => {
    const r = await tsx(['src/cli/fuzz.ts', '--combatants', 'test/fixtures/combatants', '--enemy', 'infinite-loop', '--runs', '3']);
    expect(r.killed).toBe(false);
    expect(r.code).toBe(1);
    // The fuzzer draws a lineup per seed (alone, with another kind, a group), so others may stand beside it.
    expect(r.stdout).toMatch(/fuzz: seed 1 \(run 1 of 3\) against infinite-loop( \+ [\w-]+)*: fault: Looper \(むげんループ\) threw NoYieldError: did not yield within 100000 iterations/);
    expect(r.stdout).toContain('rerun: npm run fuzz -- --combatants test/fixtures/combatants --enemy infinite-loop --seed 1 --runs 1');
  }, 90_000);
});

describe('node-combatant-hooks pieces', () => {
  it('matches combatant URLs only', () => {
    expect(isCombatantUrl(url('src/combatants/slime.ts'))).toBe(true);
    expect(isCombatantUrl(`${url('src/combatants/slime.ts')}?v=2`)).toBe(true);
    expect(isCombatantUrl(url('test/fixtures/combatants/zombie.ts'))).toBe(true);
    expect(isCombatantUrl(url('src/combatants/_template.ts'))).toBe(false);
    expect(isCombatantUrl(url('src/core/sites.ts'))).toBe(false);
    expect(isCombatantUrl('node:fs')).toBe(false);
  });

  it('compiles to JavaScript with the original line numbers in its calls and an inline source map', async () => {
    const path = join(ROOT, 'src/combatants/slime.ts');
    const js = await compileCombatant(readFileSync(path, 'utf8'), path);
    expect(js).toMatch(/^import \* as __cq from '\.\.\/core\/sites\.ts';/);
    expect(js).toContain('__cq.at("slime.ts", 9, received === undefined ? {');
    expect(js).toContain('__cq.guard("slime.ts", 8);');
    expect(js).toContain('//# sourceMappingURL=data:application/json;base64,');
    expect(js).not.toContain('type Received');
  });

  it('turns a syntax error into a SyntaxError naming file and line', async () => {
    const source = readFileSync(join(ROOT, 'test/fixtures/bad-files/broken-syntax.ts.txt'), 'utf8');
    await expect(compileCombatant(source, join(ROOT, 'src/combatants/broken-syntax.ts'))).rejects.toThrow(/^broken-syntax\.ts:11:\d+: /);
  });

  it('does nothing under Vitest, where the Vite plugin instruments', () => {
    expect(registerCombatantHooks()).toBe(false);
  });
});
