import { describe, expect, it } from 'vitest';
import { replay, type InputLog } from '../../../src/core/replay.ts';
import { COMBATANT_SOURCES, defaultSourceFor, findYieldLine, formatYieldLine, stripComment } from '../../../src/game/debug/source-lines.ts';
import { ROSTER } from './fake-session.ts';

function lineOf(kind: string, needle: string): number {
  const lines = defaultSourceFor(kind)!.text.split('\n');
  const i = lines.findIndex((l) => l.includes(needle));
  if (i < 0) throw new Error(`${needle} not in ${kind}`);
  return i + 1;
}

function find(kind: string, yielded: unknown) {
  return findYieldLine(defaultSourceFor(kind)!.text, yielded);
}

describe('combatant sources', () => {
  it('are the raw files of src/combatants, by kind', () => {
    expect(defaultSourceFor('slime')?.file).toBe('slime.ts');
    expect(defaultSourceFor('slime')?.text).toContain('defineEnemy');
    expect(defaultSourceFor('classic')?.file).toBe('classic.ts');
    expect(defaultSourceFor('no-such-monster')).toBeNull();
    for (const kind of ROSTER.keys()) expect(COMBATANT_SOURCES.has(kind), kind).toBe(true);
  });
});

describe('findYieldLine', () => {
  it('tells the slime\'s turn yield from its answer to a hit', () => {
    const turn = find('slime', { hp: 20, act: { kind: 'attack' } });
    expect(turn).toMatchObject({ line: lineOf('slime', 'act: attack()'), how: 'guess', func: 'create', stack: [] });
    expect(turn!.code).toBe('received = yield received === undefined ? { hp, act: attack() } : { hp };');
    expect(find('slime', { hp: 11 })?.line).toBe(lineOf('slime', ': { hp };'));
  });

  it('finds the hero asking for a command, acting, and answering a hit', () => {
    expect(find('hero', { hp: 100, mp: 30, act: 'command' })?.line).toBe(lineOf('hero', "act: 'command'"));
    expect(find('hero', { hp: 100, mp: 27, act: { kind: 'spell', spell: 'hoimi' } })?.line).toBe(lineOf('hero', 'act: command }'));
    expect(find('hero', { hp: 90, mp: 30 })?.line).toBe(lineOf('hero', 'received = yield { hp, mp };'));
  });

  it('follows King Slime into its phases and reports the delegation stack', () => {
    const calm = find('king-slime', { hp: 100, act: { kind: 'attack' } });
    expect(calm).toMatchObject({ func: 'calm', stack: ['create', 'calm'] });
    expect(calm!.code).toContain('yield received === undefined ?');
    // The kit's cast('hoimi', self) does not spell out `kind: 'spell'`, which this text guess reads, so
    // the guess cannot yet tell the calm phase's turn from the angry one's (instrumented code is exact).
    const spell = find('king-slime', { hp: 50, act: { kind: 'spell', spell: 'hoimi', target: 'king-slime' } });
    expect([lineOf('king-slime', 'received = yield { hp, act };'), lineOf('king-slime', 'act: attack() } : { hp }')]).toContain(spell!.line);
    expect(find('king-slime', { hp: 20, act: { kind: 'attack', hits: 2 } })).toMatchObject({
      line: lineOf('king-slime', 'hits: 2'), func: 'desperate', stack: ['create', 'desperate'],
    });
  });

  it('finds the she-slime\'s spell inside a ternary', () => {
    expect(find('she-slime', { hp: 5, act: { kind: 'spell', spell: 'hoimi', target: 'she-slime' } })?.line).toBe(lineOf('she-slime', "cast('hoimi', self)"));
    expect(find('she-slime', { hp: 22, act: { kind: 'attack' } })?.line).toBe(lineOf('she-slime', ': attack()'));
  });

  it('finds the classic counter\'s bare-number yield', () => {
    expect(find('classic', 100)).toMatchObject({ line: lineOf('classic', 'const received = yield count;'), func: 'hpCounter' });
  });

  it('ignores yield* and comments, and returns null without a yield', () => {
    const text = ['function* f() {', '  // yield { hp, act } in a comment', '  yield* g();', '  const x = "yield // not a comment";', '}'].join('\n');
    expect(findYieldLine(text, { hp: 1 })?.line).toBe(4);
    expect(findYieldLine('const a = 1;\nreturn a;', { hp: 1 })).toBeNull();
    expect(stripComment('a = "//x"; // c')).toBe('a = "//x"; ');
  });

  it('formats the card line', () => {
    expect(formatYieldLine('slime.ts', { line: 17, code: 'got = yield { hp };' })).toBe('slime.ts:17  got = yield { hp };');
  });

  it('always points at a real yield line of the file, for every suspended coroutine of real battles', () => {
    for (let seed = 1; seed <= 12; seed++) {
      const log: InputLog = {
        version: 1, mode: 'battle', seed, party: [{ kind: 'hero' }], enemies: ['king-slime', 'she-slime', 'bat', 'ghost', 'metal-slime', 'slime'],
        commands: Array.from({ length: 200 }, (_, i) => (i % 5 === 4 ? { kind: 'spell' as const, spell: 'hoimi' as const } : { kind: 'attack' as const })),
      };
      const battle = replay(log, ROSTER, 0);
      const commands = [...log.commands];
      for (let i = 0; i < 400 && battle.outcome === null; i++) {
        const r = battle.step();
        if (r.waitingFor && !r.resumed) {
          const ok = battle.submit(commands.shift() ?? { kind: 'attack' });
          if (!ok.ok) battle.submit({ kind: 'attack' });
        }
        for (const c of battle.snapshot().combatants) {
          if (c.state !== 'suspended') continue;
          const src = defaultSourceFor(c.kind)!;
          const y = findYieldLine(src.text, c.lastYielded);
          expect(y, `${c.kind} at ${JSON.stringify(c.lastYielded)}`).not.toBeNull();
          const raw = src.text.split('\n')[y!.line - 1]!;
          expect(raw).toMatch(/\byield\b(?!\s*\*)/);
        }
      }
    }
  });
});
