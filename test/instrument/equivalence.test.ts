// One transform everywhere: src/instrument gives, for every monster and fixture, the very output
// of the TypeScript-compiler transform it replaced (kept as the oracle, oracle-ts-transform.ts),
// and the Vite plugin, the Node loader and the browser bundle all give the same site table.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createContext, runInContext } from 'node:vm';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';
import { bundleInstrument } from '../../scripts/instrument-bundle.ts';
import { compileCombatant as nodeLoaderCompile } from '../../scripts/node-combatant-hooks.ts';
import { combatants } from '../../scripts/vite-plugin-combatants.ts';
import { CombatantSyntaxError, instrumentCombatant, type InstrumentResult } from '../../src/instrument/combatant-transform.ts';
import { instrumentCombatant as oracle } from './oracle-ts-transform.ts';
import { sitesInCode, sortSites } from './sites-in-code.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const filesIn = (dir: string, ext = /\.ts$/) => readdirSync(join(ROOT, dir)).filter((f) => ext.test(f)).sort().map((f) => `${dir}/${f}`);

/** What the game and the CLI instrument. */
const COMBATANTS = [...filesIn('src/combatants').filter((f) => !f.split('/').pop()!.startsWith('_')), ...filesIn('test/fixtures/combatants'), ...filesIn('test/fixtures/rules')];
/** Every TypeScript file a player or a test might hand the transform. */
const ALL = [
  ...filesIn('src/combatants'),
  ...filesIn('test/fixtures/combatants'),
  ...filesIn('test/fixtures/rules'),
  ...filesIn('test/fixtures/bad-files', /\.ts(\.txt)?$/),
  ...filesIn('test/fixtures/load-checks'),
  ...filesIn('test/fixtures/roster-problems'),
];
const OPTS = { sitesSpecifier: '../core/sites.ts' };
const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');

/** The compiler's first syntax error, as 1-based line and column, or null when it parses. */
function compilerSyntaxError(source: string): { line: number; column: number } | null {
  const sf = ts.createSourceFile('x.ts', source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const d = (sf as unknown as { parseDiagnostics: { start: number }[] }).parseDiagnostics[0];
  if (!d) return null;
  const p = sf.getLineAndCharacterOfPosition(d.start);
  return { line: p.line + 1, column: p.character + 1 };
}

describe('the transform against the TypeScript-compiler oracle', () => {
  it('has every kind of file to compare', () => {
    expect(COMBATANTS.length).toBeGreaterThanOrEqual(30);
    expect(ALL.filter((f) => f.includes('bad-files')).length).toBeGreaterThanOrEqual(4);
  });

  it.each(ALL)('%s: same code, source map and site table, or a syntax error on the same line', (file) => {
    const source = read(file);
    const broken = compilerSyntaxError(source);
    if (broken) {
      let thrown: unknown;
      try {
        instrumentCombatant(source, file, OPTS);
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(CombatantSyntaxError);
      expect((thrown as CombatantSyntaxError).line).toBe(broken.line);
      return;
    }
    const mine = instrumentCombatant(source, file, OPTS);
    const theirs = oracle(source, file, OPTS);
    expect(mine.code).toBe(theirs.code);
    expect(mine.map?.mappings).toBe(theirs.map?.mappings);
    expect(sortSites(mine.sites)).toEqual(sitesInCode(theirs.code).map(({ file: _f, ...site }) => site));
    expect(mine.code.split('\n')).toHaveLength(source.split('\n').length);
  });

  // Syntax the files do not use yet but a player may type.
  const samples: Record<string, string> = {
    generics: 'function* g<T extends object = {}>(x: T): Generator<T, void, unknown> { while (x) yield x as T; }',
    casts: 'function* g(a: unknown) { yield (a as number)!; yield <number>a; yield a satisfies unknown; yield* (b as any)<number>(1); }',
    arrowsAndClasses: 'class A { *[Symbol.iterator](): Iterator<number> { for (const x of [1] as const) yield x; } }\nconst f = <T,>(x: T) => x;',
    nestedAndBare: 'function* g() { yield; yield yield 1; do yield; while (yield* h()); for (;;) for (const k in o) yield k; }',
    labelsAndTypes: 'type R = number;\ninterface I { a: R }\nfunction* g(this: I, { a }: I): Generator<R> {\n  outer: while (true) {\n    inner: for (let i = 0; i < a; i++) continue outer;\n  }\n}',
    enumAndNamespace: 'enum E { A = 1 }\nnamespace N { export const x = 1; }\nfunction* g() { yield E.A + N.x; }',
    shebang: '#!/usr/bin/env node\nfunction* g() { yield 1; }',
    multiLine: 'function* g() {\n  yield {\n    hp: 1,\n  };\n  yield* some\n    .chain(\n      1,\n    );\n}',
  };
  it.each(Object.keys(samples))('sample %s: same code as the oracle', (name) => {
    const source = samples[name]!;
    expect(compilerSyntaxError(source)).toBeNull();
    expect(instrumentCombatant(source, 'x.ts', OPTS).code).toBe(oracle(source, 'x.ts', OPTS).code);
  });
});

describe('the Vite plugin, the Node loader and the browser bundle give one site table', () => {
  let browser: { instrumentCombatant(code: string, file: string): InstrumentResult };
  const plugin = combatants();

  beforeAll(async () => {
    const bundle = await bundleInstrument('transform');
    // A realm with nothing but the language's own globals: no require, process, Buffer or DOM.
    const realm = createContext({});
    runInContext(bundle.code, realm);
    browser = runInContext('cqInstrument', realm) as typeof browser;
    (plugin.configResolved as (config: { mode: string }) => void).call({}, { mode: 'test' });
  });

  const viaVite = (source: string, file: string): string => {
    const transform = plugin.transform as (this: unknown, code: string, id: string) => { code: string } | null;
    const out = transform.call({ error: (e: unknown) => { throw e; } }, source, join(ROOT, file));
    if (!out) throw new Error(`the Vite plugin left ${file} alone`);
    return out.code;
  };

  it('compares real tables: the monsters and fixtures have yields, delegations and loops', () => {
    const kinds = COMBATANTS.flatMap((f) => instrumentCombatant(read(f), join(ROOT, f)).sites.map((s) => s.kind));
    expect(kinds.filter((k) => k === 'at').length).toBeGreaterThan(30);
    expect(kinds).toContain('delegate');
    expect(kinds).toContain('guard');
  });

  it.each(COMBATANTS)('%s', async (file) => {
    const source = read(file);
    const path = join(ROOT, file);
    const reference = instrumentCombatant(source, path);
    const table = sitesInCode(reference.code);
    // The table the transform returns is the one in its code, every call naming this file.
    expect(table).toEqual(sortSites(reference.sites).map((site) => ({ ...site, file: file.split('/').pop()! })));

    const inBrowser = JSON.parse(JSON.stringify(browser.instrumentCombatant(source, path))) as InstrumentResult;
    expect(inBrowser.code).toBe(reference.code);
    expect(sortSites(inBrowser.sites)).toEqual(sortSites(reference.sites));
    expect(sitesInCode(viaVite(source, file))).toEqual(table);
    expect(sitesInCode(await nodeLoaderCompile(source, path))).toEqual(table);
  });
});
