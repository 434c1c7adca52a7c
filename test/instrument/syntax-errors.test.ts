// A file that does not parse gives a structured error the playground can put in the editor's
// gutter: { message, line, column }, both counting from 1, from the transform and the compile step.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compileCombatant } from '../../src/instrument/compile-combatant.ts';
import { CombatantSyntaxError, instrumentCombatant } from '../../src/instrument/combatant-transform.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const FILE = '/w/src/combatants/broken.ts';

function thrownBy(run: () => unknown): CombatantSyntaxError {
  try {
    run();
  } catch (error) {
    if (error instanceof CombatantSyntaxError) return error;
    throw error;
  }
  throw new Error('did not throw');
}

describe('syntax errors', () => {
  it('the bad-files fixture: file, line and column of the unexpected token', () => {
    const source = readFileSync(`${ROOT}test/fixtures/bad-files/broken-syntax.ts.txt`, 'utf8');
    const e = thrownBy(() => instrumentCombatant(source, `${ROOT}src/combatants/broken-syntax.ts`));
    const column = source.split('\n')[10]!.indexOf(';', source.split('\n')[10]!.indexOf('}')) + 1;
    expect({ file: e.file, line: e.line, column: e.column, reason: e.reason }).toEqual({ file: 'broken-syntax.ts', line: 11, column, reason: 'Unexpected token' });
    expect(e.message).toBe(`broken-syntax.ts:11:${column}: Unexpected token`);
    expect(e).toBeInstanceOf(SyntaxError);
    expect(e.name).toBe('SyntaxError');
  });

  it.each([
    ['a missing comma', "export default {\n  a: 1\n  b: 2,\n};", 3, 3],
    ['an unterminated string', "const a = 1;\nconst s = 'abc\n", 2, 11],
    ['a type where a value belongs', 'let x: = 1;', 1, 8],
    ['an unclosed block at the end', 'function* f() {\n  yield 1;\n', 3, 1],
    ['a yield outside a generator', 'function f() {\n  yield 1;\n}', 2, 3],
    ['a non-ASCII line before it', "const n = 'スライム';\nconst = 2;", 2, 7],
  ])('%s', (_what, source, line, column) => {
    const e = thrownBy(() => instrumentCombatant(source, FILE));
    expect([e.line, e.column]).toEqual([line, column]);
    expect(e.message).toMatch(new RegExp(`^broken\\.ts:${line}:${column}: \\S`));
    // The compile step (Node loader, playground) reports the same place.
    const c = thrownBy(() => compileCombatant(source, FILE));
    expect([c.line, c.column, c.message]).toEqual([e.line, e.column, e.message]);
  });

  it('code that parses compiles to JavaScript with its types gone and its lines kept', () => {
    const source = "import { type Context } from '../core/kit.ts';\ntype R = number;\nexport function* f(hp: number, ctx: Context): Generator<R> {\n  while (hp > 0) hp = yield hp as R;\n}\n";
    const out = compileCombatant(source, FILE);
    expect(out.code.split('\n')).toHaveLength(source.split('\n').length);
    expect(out.code).not.toMatch(/\bR\b|Context|: number/);
    expect(out.code.split('\n')[3]).toBe('  while (hp > 0) { __cq.guard("broken.ts", 4); hp = yield __cq.at("broken.ts", 4, hp ); }');
    expect(out.sites).toEqual([{ kind: 'guard', line: 4 }, { kind: 'at', line: 4 }]);
    expect(out.map.sourcesContent[0]).toContain('__cq.guard("broken.ts", 4)');
  });
});
