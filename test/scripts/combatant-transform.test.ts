import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { instrumentCombatant, sitesSpecifierFor } from '../../scripts/combatant-transform.ts';
import { isInstrumentedId } from '../../scripts/vite-plugin-combatants.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const GAME_DIR = `${ROOT}src/combatants/`;
const FIXTURE_DIR = `${ROOT}test/fixtures/combatants/`;
const gameFiles = readdirSync(GAME_DIR).filter((f) => f.endsWith('.ts'));
const fixtureFiles = readdirSync(FIXTURE_DIR).filter((f) => f.endsWith('.ts'));

function transpile(code: string, fileName: string): { text: string; errors: string[] } {
  const out = ts.transpileModule(code, {
    fileName,
    reportDiagnostics: true,
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext },
  });
  return { text: out.outputText, errors: (out.diagnostics ?? []).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n')) };
}

/** Lines of the original holding a `yield` (delegating or not) or a loop keyword, found with the parser. */
function sites(source: string): { yields: number[]; stars: number[]; loops: number[] } {
  const sf = ts.createSourceFile('x.ts', source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const out = { yields: [] as number[], stars: [] as number[], loops: [] as number[] };
  const line = (n: ts.Node) => sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1;
  const visit = (n: ts.Node): void => {
    if (ts.isYieldExpression(n)) (n.asteriskToken ? out.stars : out.yields).push(line(n));
    if (ts.isIterationStatement(n, false)) out.loops.push(line(n));
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return out;
}

/** Every `__cq.<fn>("file", LINE` call in instrumented code, with the line it sits on. */
function calls(code: string, fn: 'at' | 'guard' | 'delegate'): { line: number; arg: number; text: string }[] {
  const out: { line: number; arg: number; text: string }[] = [];
  code.split('\n').forEach((text, i) => {
    for (const m of text.matchAll(new RegExp(`__cq\\.${fn}\\("[^"]+", (\\d+)`, 'g'))) out.push({ line: i + 1, arg: Number(m[1]), text });
  });
  return out;
}

describe('instrumentCombatant on the real combatants', () => {
  it.each(gameFiles)('%s stays valid TypeScript with the same line count', (file) => {
    const source = readFileSync(GAME_DIR + file, 'utf8');
    const { code, changed } = instrumentCombatant(source, GAME_DIR + file);
    expect(changed).toBe(true);
    expect(code.split('\n')).toHaveLength(source.split('\n').length);
    const sf = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
    expect((sf as unknown as { parseDiagnostics: unknown[] }).parseDiagnostics).toEqual([]);
    const js = transpile(code, file);
    expect(js.errors).toEqual([]);
    // The emitted JavaScript parses as a module too.
    const jsFile = ts.createSourceFile(file.replace(/\.ts$/, '.js'), js.text, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
    expect((jsFile as unknown as { parseDiagnostics: unknown[] }).parseDiagnostics).toEqual([]);
    expect(code.startsWith("import * as __cq from '../core/sites.ts'; ")).toBe(true);
  });

  it.each(gameFiles)('%s: every at() and guard() names a line of the original that holds that yield or loop', (file) => {
    const source = readFileSync(GAME_DIR + file, 'utf8');
    const original = source.split('\n');
    const { code } = instrumentCombatant(source, GAME_DIR + file);
    const ats = calls(code, 'at');
    const found = sites(source);
    expect(ats.map((a) => a.arg).sort()).toEqual([...found.yields].sort());
    expect(calls(code, 'guard').map((g) => g.arg).sort()).toEqual([...found.loops].sort());
    for (const a of ats) {
      expect(a.line).toBe(a.arg); // inserted on the very line it names
      expect(original[a.arg - 1]).toMatch(/\byield\b/);
      expect(a.text).toContain(`__cq.at("${file}", ${a.arg}, `);
    }
    for (const g of calls(code, 'guard')) {
      expect(g.line).toBe(g.arg);
      expect(original[g.arg - 1]).toMatch(/\b(while|for|do)\b/);
    }
    // Every line other than the first is unchanged apart from the insertions.
    const lines = code.split('\n');
    lines.forEach((l, i) => {
      const stripped = l
        .replace(/^import \* as __cq from '[^']+'; /, '')
        .replace(/ __cq\.guard\("[^"]+", \d+\);/g, '')
        .replace(/__cq\.(at|delegate)\("[^"]+", \d+, ("[^"]*", )?/g, '');
      expect(stripped.replace(/[()]/g, '')).toBe(original[i]!.replace(/[()]/g, ''));
    });
  });

  it('king-slime.ts: each yield* becomes a delegate() labelled with the phase it calls', () => {
    const source = readFileSync(`${GAME_DIR}king-slime.ts`, 'utf8');
    const { code } = instrumentCombatant(source, `${GAME_DIR}king-slime.ts`);
    const lines = code.split('\n');
    const starLines = sites(source).stars;
    expect(starLines.length).toBe(3);
    expect(starLines.map((n) => lines[n - 1]!.trim())).toEqual([
      'hp = yield* __cq.delegate("king-slime.ts", 15, "calm", calm(hp, ctx));',
      'if (hp > 0) hp = yield* __cq.delegate("king-slime.ts", 16, "angry", angry(hp, ctx));',
      'if (hp > 0) hp = yield* __cq.delegate("king-slime.ts", 17, "desperate", desperate(hp, ctx));',
    ]);
    expect(code).not.toMatch(/__cq\.at\([^)]*yield\*/);
  });

  it('is idempotent: instrumented code is returned unchanged', () => {
    const source = readFileSync(`${GAME_DIR}slime.ts`, 'utf8');
    const once = instrumentCombatant(source, `${GAME_DIR}slime.ts`);
    const twice = instrumentCombatant(once.code, `${GAME_DIR}slime.ts`);
    expect(twice.changed).toBe(false);
    expect(twice.code).toBe(once.code);
    expect(twice.map).toBeUndefined();
  });

  it('produces a source map back to the original file', () => {
    const source = readFileSync(`${GAME_DIR}slime.ts`, 'utf8');
    const { map } = instrumentCombatant(source, `${GAME_DIR}slime.ts`);
    expect(map?.sources[0]).toContain('slime.ts');
    expect(map?.sourcesContent?.[0]).toBe(source);
    expect(map?.mappings.length).toBeGreaterThan(0);
  });
});

describe('instrumentCombatant on samples', () => {
  const F = '/repo/src/combatants/sample.ts';
  const run = (src: string) => instrumentCombatant(src, F).code.replace(/^import \* as __cq from '\.\.\/core\/sites\.ts'; /, '');

  it('puts a guard first in an infinite loop that never yields', () => {
    expect(run('function* f() {\n  while (true) {\n    n++;\n  }\n}')).toBe(
      'function* f() {\n  while (true) { __cq.guard("sample.ts", 2);\n    n++;\n  }\n}',
    );
  });

  it('wraps one-statement loop bodies of every loop kind in braces, on the same line', () => {
    expect(run('for (;;) n++;')).toBe('for (;;) { __cq.guard("sample.ts", 1); n++; }');
    expect(run('while (x) ;')).toBe('while (x) { __cq.guard("sample.ts", 1); ; }');
    expect(run('do n++; while (x);')).toBe('do { __cq.guard("sample.ts", 1); n++; } while (x);');
    expect(run('for (const a of b) for (const k in a) n++;')).toBe(
      'for (const a of b) { __cq.guard("sample.ts", 1); for (const k in a) { __cq.guard("sample.ts", 1); n++; } }',
    );
    expect(run('outer: for (let i = 0; i < 3; i++) {\n  continue outer;\n}')).toBe(
      'outer: for (let i = 0; i < 3; i++) { __cq.guard("sample.ts", 1);\n  continue outer;\n}',
    );
  });

  it('wraps yields, bare yields, nested yields and yields in conditionals', () => {
    expect(run('function* f() {\n  yield;\n  const a = yield 1;\n  yield (yield a);\n  x ? yield 1 : yield 2;\n}')).toBe(
      'function* f() {\n  yield __cq.at("sample.ts", 2, undefined);\n  const a = yield __cq.at("sample.ts", 3, 1);\n' +
        '  yield __cq.at("sample.ts", 4, (yield __cq.at("sample.ts", 4, a)));\n' +
        '  x ? yield __cq.at("sample.ts", 5, 1) : yield __cq.at("sample.ts", 5, 2);\n}',
    );
    expect(run('function* f() { while (a) yield b }')).toBe(
      'function* f() { while (a) { __cq.guard("sample.ts", 1); yield __cq.at("sample.ts", 1, b) } }',
    );
  });

  it('labels yield* by callee, or by its text when it is not a call', () => {
    expect(run('function* f() {\n  yield* this.phase(1);\n  yield* list;\n}')).toBe(
      'function* f() {\n  yield* __cq.delegate("sample.ts", 2, "this.phase", this.phase(1));\n  yield* __cq.delegate("sample.ts", 3, "list", list);\n}',
    );
  });

  it('takes the line of the yield keyword for a multi-line operand', () => {
    const out = run('function* f() {\n  yield {\n    hp,\n  };\n}');
    expect(out).toBe('function* f() {\n  yield __cq.at("sample.ts", 2, {\n    hp,\n  });\n}');
  });

  it('computes the sites import from the file location', () => {
    expect(sitesSpecifierFor('/w/src/combatants/slime.ts')).toBe('../core/sites.ts');
    expect(sitesSpecifierFor('C:\\w\\test\\fixtures\\combatants\\zombie.ts')).toBe('../../../src/core/sites.ts');
    expect(sitesSpecifierFor('/w/src/game/x.ts')).toBeNull();
    expect(() => instrumentCombatant('yield 1', '/tmp/x.ts')).toThrow(/pass options.sitesSpecifier/);
    expect(instrumentCombatant('', '/tmp/x.ts', { sitesSpecifier: '/abs/sites.ts' }).code).toBe("import * as __cq from '/abs/sites.ts'; ");
  });

  it.each(fixtureFiles)('fixture %s instruments to valid code importing ../../../src/core/sites.ts', (file) => {
    const source = readFileSync(FIXTURE_DIR + file, 'utf8');
    const { code } = instrumentCombatant(source, FIXTURE_DIR + file);
    expect(code.startsWith("import * as __cq from '../../../src/core/sites.ts'; ")).toBe(true);
    expect(transpile(code, file).errors).toEqual([]);
    expect(code.split('\n')).toHaveLength(source.split('\n').length);
  });

  it('infinite-loop.ts gets a guard on the line of its loop', () => {
    const source = readFileSync(`${FIXTURE_DIR}infinite-loop.ts`, 'utf8');
    const loopLine = source.split('\n').findIndex((l) => l.includes('while (')) + 1;
    const { code } = instrumentCombatant(source, `${FIXTURE_DIR}infinite-loop.ts`);
    expect(code.split('\n')[loopLine - 1]).toContain(`{ __cq.guard("infinite-loop.ts", ${loopLine});`);
  });
});

describe('vite plugin file filter', () => {
  it('instruments src/combatants always and fixtures only in test mode, never _files', () => {
    expect(isInstrumentedId('/w/src/combatants/slime.ts', 'production')).toBe(true);
    expect(isInstrumentedId('/w/src/combatants/slime.ts?t=123', 'development')).toBe(true);
    expect(isInstrumentedId('/w/src/combatants/_template.ts', 'production')).toBe(false);
    expect(isInstrumentedId('/w/test/fixtures/combatants/zombie.ts', 'production')).toBe(false);
    expect(isInstrumentedId('/w/test/fixtures/combatants/zombie.ts', 'test')).toBe(true);
    expect(isInstrumentedId('/w/src/core/sites.ts', 'test')).toBe(false);
    expect(isInstrumentedId('/w/src/combatants/sub/x.ts', 'test')).toBe(false);
  });
});
