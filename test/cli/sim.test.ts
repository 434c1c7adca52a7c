// The CLI as a user runs it: a real process, real stdout/stderr and exit codes.
import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SEED_TRANSCRIPT } from '../helpers.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'cq-sim-'));

interface Run {
  code: number;
  out: string[];
  err: string[];
}

function sim(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    // `npx tsx src/cli/sim.ts` with tsx's loader imported directly: the same code path, minus the npm and
    // tsx-cli wrapper processes that tripled the time of every run on a busy machine.
    execFile(process.execPath, ['--import', 'tsx', 'src/cli/sim.ts', ...args], { cwd: ROOT, encoding: 'utf8' }, (error, stdout, stderr) => {
      const lines = (s: string) => s.split('\n').filter((l) => l !== '');
      resolve({ code: error ? Number(error.code ?? 1) : 0, out: lines(stdout), err: lines(stderr) });
    });
  });
}

describe.concurrent('sim', { timeout: 60_000 }, () => {
  it("prints the seed's 18-line transcript and the slime's return value", async () => {
    const r = await sim('--classic', '--damage', '8,9,7,8,7,10', '--lang', 'ja');
    expect(r.code).toBe(0);
    expect(r.out).toEqual([...SEED_TRANSCRIPT, 'スライム: return 0 (StopIteration: 0)']);
    expect(r.err).toHaveLength(1);
    expect(r.err[0]).toMatch(/^seed: \d+$/);
  });

  it('does the same through the npm script, as documented', async () => {
    const r = await new Promise<Run>((resolve) => {
      const args = ['run', '--silent', 'sim', '--', '--classic', '--damage', '8,9,7,8,7,10', '--lang', 'ja'];
      execFile('npm', args, { cwd: ROOT, encoding: 'utf8' }, (error, stdout, stderr) => {
        resolve({ code: error ? Number(error.code ?? 1) : 0, out: stdout.split('\n').filter(Boolean), err: stderr.split('\n').filter(Boolean) });
      });
    });
    expect(r.code).toBe(0);
    expect(r.out).toEqual([...SEED_TRANSCRIPT, 'スライム: return 0 (StopIteration: 0)']);
    expect(r.err).toEqual([expect.stringMatching(/^seed: \d+$/)]);
  });

  it('speaks English with --lang en', async () => {
    const r = await sim('--classic', '--damage', '8,9,7,8,7,10', '--lang', 'en', '--seed', '3');
    expect(r.out[0]).toBe("Hero's current HP: 100");
    expect(r.out.at(-1)).toBe('Slime: return 0 (StopIteration: 0)');
    expect(r.err).toEqual(['seed: 3']);
  });

  it('with --trace, adds the ledger in the seed syntax after the text', async () => {
    const r = await sim('--classic', '--damage', '8,9,7,8,7,10', '--trace', '--seed', '1');
    const header = r.out.indexOf('--- trace ---');
    expect(header).toBe(SEED_TRANSCRIPT.length + 1);
    const trace = r.out.slice(header + 1);
    expect(trace[0]).toBe('next(ゆうしゃ) → yield 100');
    expect(trace).toContain('スライム.send(-10) → return 0 (StopIteration)');
    expect(trace.at(-1)).toBe('ゆうしゃ.return() → closed (cancelled)');
  });

  it('plays a game battle and ends with the outcome and turns', async () => {
    const r = await sim('--seed', '7', '--enemy', 'slime', '--enemy', 'bat');
    expect(r.code).toBe(0);
    expect(r.out[0]).toBe('スライムと ドラキー が あらわれた!');
    expect(r.out.at(-1)).toMatch(/^outcome: (victory|defeat|fled|escaped|draw) \(turns: \d+\)$/);
    expect(r.err).toEqual(['seed: 7']);
  });

  it('is reproducible: the printed seed gives the same battle again', async () => {
    const first = await sim('--enemy', 'ghost');
    const seed = first.err[0]!.replace('seed: ', '');
    expect((await sim('--enemy', 'ghost', '--seed', seed)).out).toEqual(first.out);
  });

  it('--json prints one event per line, from battleStart to battleEnd', async () => {
    const r = await sim('--seed', '7', '--json');
    const events = r.out.map((l) => JSON.parse(l) as { type: string });
    expect(events[0]!.type).toBe('battleStart');
    expect(events.at(-1)!.type).toBe('battleEnd');
  });

  it.each([
    ['battle', ['--seed', '11', '--enemy', 'she-slime', '--enemy', 'bat']],
    ['classic', ['--classic', '--seed', '11', '--damage', '6']],
  ])('--save then --replay gives identical output (%s)', async (name, args) => {
    const file = join(dir, `${name}.json`);
    const saved = await sim(...args, '--save', file, '--trace');
    const replayed = await sim('--replay', file, '--trace');
    expect(saved.code).toBe(0);
    expect(replayed.code).toBe(0);
    expect(replayed.out).toEqual(saved.out);
    expect(replayed.err).toEqual(['seed: 11']);
  });

  it('--replay goes on with the policy when the commands run out', async () => {
    const file = join(dir, 'no-commands.json');
    writeFileSync(file, JSON.stringify({ version: 1, mode: 'battle', seed: 5, party: [{ kind: 'hero' }], enemies: ['slime'], commands: [] }));
    const replayed = await sim('--replay', file, '--save', join(dir, 'finished.json'));
    expect(replayed.out).toEqual((await sim('--seed', '5')).out);
    const finished = JSON.parse(readFileSync(join(dir, 'finished.json'), 'utf8')) as { commands: unknown[] };
    expect(finished.commands.length).toBeGreaterThan(0);
  });

  it('--save writes a version 2 log with code digests; a version 2 log whose checkpoints differ is refused with the first difference', async () => {
    const file = join(dir, 'v2.json');
    expect((await sim('--seed', '3', '--enemy', 'slime', '--save', file)).code).toBe(0);
    const saved = JSON.parse(readFileSync(file, 'utf8')) as { version: number; code: Record<string, string>; checks: { hp: number[] }[] };
    expect(saved.version).toBe(2);
    expect(Object.keys(saved.code).sort()).toEqual(['hero', 'slime']);
    expect(saved.checks.length).toBeGreaterThan(0);
    saved.checks[0]!.hp[0] = saved.checks[0]!.hp[0]! + 1;
    const tampered = join(dir, 'v2-tampered.json');
    writeFileSync(tampered, JSON.stringify(saved));
    const r = await sim('--replay', tampered);
    expect(r.code).toBe(2);
    expect(r.err.join('\n')).toMatch(/first difference/);
  });

  it('--help explains the options and exits 0', async () => {
    const r = await sim('--help');
    expect(r.code).toBe(0);
    expect(r.out.join('\n')).toMatch(/--replay FILE/);
    expect(r.out.join('\n')).toMatch(/--- trace ---/);
  });

  const bad: [string[], string][] = [
    [['--bogus'], "sim: Unknown option '--bogus'"],
    [['extra'], "sim: Unexpected argument 'extra'"],
    [['--enemy', 'dragon'], 'sim: --enemy: unknown enemy "dragon" (known: bat, bubble-slime, ghost, golem, healslime, king-slime, magician, metal-slime, she-slime, slime)'],
    [['--classic', '--damage', '8,x'], 'sim: --damage: "x" is not a positive integer'],
    [['--classic', '--damage', '0'], 'sim: --damage: "0" is not a positive integer'],
    [['--classic', '--damage', '-3'], 'sim: --damage: "-3" is not a positive integer'],
    [['--classic', '--damage', '2.5'], 'sim: --damage: "2.5" is not a positive integer'],
    [['--seed', 'abc'], 'sim: --seed: "abc" is not an integer from 0 to 2147483647'],
    [['--seed', '1.5'], 'sim: --seed: "1.5" is not an integer from 0 to 2147483647'],
    [['--lang', 'xx'], 'sim: --lang: "xx" is not a language (ja or en)'],
    [['--replay', '/nonexistent/cq.json'], 'sim: --replay: cannot read /nonexistent/cq.json (ENOENT)'],
    [['--replay', 'package.json'], 'sim: --replay: package.json: unsupported input log version "0.1.0" (expected 1)'],
    [['--replay', 'README.md'], 'sim: --replay: README.md is not valid JSON'],
  ];
  // Hostile files: a FIFO nobody writes to, an endless device, a directory, an oversized log.
  const fifo = join(dir, 'pipe.json');
  execFileSync('mkfifo', [fifo]);
  const big = join(dir, 'big.json');
  writeFileSync(big, `{"version":1,"pad":"${'x'.repeat(1 << 20)}"}`);
  const manyEnemies = join(dir, 'many.json');
  writeFileSync(manyEnemies, JSON.stringify({ version: 1, mode: 'battle', seed: 1, party: [{ kind: 'hero' }], enemies: Array(401).fill('slime'), commands: [] }));
  bad.push(
    [['--replay', fifo], `sim: --replay: ${fifo} is not a regular file`],
    [['--replay', '/dev/zero'], 'sim: --replay: /dev/zero is not a regular file'],
    [['--replay', dir], `sim: --replay: ${dir} is not a regular file`],
    [['--replay', big], `sim: --replay: ${big} is ${readFileSync(big).length} bytes; an input log is at most ${1 << 20}`],
    [['--replay', manyEnemies], `sim: --replay: ${manyEnemies}: the log has 401 enemies; at most 400 are allowed`],
  );

  it('accepts a log that starts with a UTF-8 byte order mark', async () => {
    const file = join(dir, 'bom.json');
    writeFileSync(file, `\uFEFF${JSON.stringify({ version: 1, mode: 'classic', seed: 3, damage: [8, 9] })}`);
    const r = await sim('--replay', file);
    expect(r.code).toBe(0);
    expect(r.err).toContain('seed: 3');
  });

  it.each(bad)('refuses %j with one line on stderr and exit code 2', async (args, message) => {
    const r = await sim(...args);
    expect(r.code).toBe(2);
    expect(r.err).toEqual([message]);
    expect(r.out).toEqual([]);
  });
});
