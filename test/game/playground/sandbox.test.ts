// The playground's sandbox in Node: a monster compiled in the page fights exactly like the shipped
// one, and hostile code is stopped with a clear fault while the rest of the battle goes on.
import { newQuickJSWASMModuleFromVariant, type QuickJSWASMModule } from 'quickjs-emscripten-core';
import variant from '@jitl/quickjs-wasmfile-release-sync';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { collectRoster } from '../../../src/core/roster.ts';
import { compileInPage } from '../../../src/game/playground/compile-in-page.ts';
import { autoBattle, loadTestRoster } from '../../helpers.ts';

let quickjs: QuickJSWASMModule;
beforeAll(async () => {
  quickjs = await newQuickJSWASMModuleFromVariant(variant);
});

const SLIME = readFileSync(new URL('../../../src/combatants/slime.ts', import.meta.url), 'utf8');

function rosterWith(source: string, file = 'slime.ts') {
  const compiled = compileInPage(quickjs, source, file);
  return { compiled, result: collectRoster([compiled.loaded]) };
}

describe('playground sandbox', () => {
  it('runs the shipped slime with the same events as the build', async () => {
    const shipped = await loadTestRoster();
    const { result } = rosterWith(SLIME);
    expect(result.problems).toEqual([]);
    const roster = new Map([...shipped, ...result.roster]);
    for (const seed of [1, 7, 42]) {
      const a = autoBattle(shipped, ['slime', 'slime'], seed).battle.events;
      const b = autoBattle(roster, ['slime', 'slime'], seed).battle.events;
      expect(JSON.stringify(b)).toEqual(JSON.stringify(a));
    }
  });

  it('says where a syntax error is', () => {
    const { compiled } = rosterWith(SLIME.replace('while (true) {', 'while (true) {{'));
    expect(compiled.place?.line).toBeGreaterThan(5);
    expect(String(compiled.loaded.error)).toMatch(/slime\.ts:\d+:\d+/);
  });

  it('refuses imports other than the kit', () => {
    const { result } = rosterWith(`import '../core/rules.ts';\n${SLIME}`);
    expect(result.problems.join()).toMatch(/can import \.\.\/core\/kit\.ts only/);
  });

  const hostile = (body: string) => SLIME.replace('hp = hurtOrHeal(hp, received, stats.maxHp);', `hp = hurtOrHeal(hp, received, stats.maxHp); if (received !== undefined) { ${body} }`);
  const faultOf = async (source: string) => {
    const shipped = await loadTestRoster();
    const { result } = rosterWith(source);
    expect(result.problems).toEqual([]);
    const { battle } = autoBattle(new Map([...shipped, ...result.roster]), ['slime'], 42);
    const faults = battle.events.filter((e) => e.type === 'fault');
    expect(faults.length).toBe(1);
    expect(battle.events.at(-1)?.type).toBe('battleEnd');
    return (faults[0] as { message: string }).message;
  };

  it.each([
    ['an endless loop (loop guard)', 'while (true) {}', /did not yield within 100000 iterations/],
    ['a long loop the guard cannot see', 'Array.from({ length: 1e9 }, () => 0);', /ms without yielding|memory/],
    ['a catastrophic regular expression', "/^(a+)+$/.test('a'.repeat(40) + 'b');", /ms without yielding/],
    ['a huge allocation', 'new ArrayBuffer(1e9);', /memory/],
    ['a huge array', 'new Array(1e8).fill(0);', /memory/],
    ['a huge string', "let s = 'x'; for (let i = 0; i < 40; i++) s += s;", /string too long|memory/],
    ['deep recursion', 'const f = (n) => f(n + 1) + 1; f(0);', /recursion|stack/],
    ['globals of the page', 'localStorage.setItem("x", "1");', /'localStorage' is not defined/],
    ['fetch', 'fetch("/");', /'fetch' is not defined/],
    ['the document', 'document.cookie = "a=1";', /'document' is not defined/],
  ])('stops %s', async (_name, body, message) => {
    expect(await faultOf(hostile(body))).toMatch(message);
  });
});
