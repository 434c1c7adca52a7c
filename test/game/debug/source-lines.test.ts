import { describe, expect, it } from 'vitest';
import { replay, type InputLog } from '../../../src/core/replay.ts';
import { COMBATANT_SOURCES, defaultSourceFor } from '../../../src/game/debug/combatant-sources.ts';
import { formatYieldLine, recordedYieldLine, stripComment } from '../../../src/game/debug/source-lines.ts';
import { ROSTER } from './fake-session.ts';

describe('combatant sources', () => {
  it('are the raw files of src/combatants, by kind', () => {
    expect(defaultSourceFor('slime')?.file).toBe('slime.ts');
    expect(defaultSourceFor('slime')?.text).toContain('defineEnemy');
    expect(defaultSourceFor('classic')?.file).toBe('classic.ts');
    expect(defaultSourceFor('no-such-monster')).toBeNull();
    for (const kind of ROSTER.keys()) expect(COMBATANT_SOURCES.has(kind), kind).toBe(true);
  });
});

describe('yield lines', () => {
  it('strips a trailing comment that is not inside a string', () => {
    expect(stripComment('a = "//x"; // c')).toBe('a = "//x"; ');
  });

  it('formats the card line', () => {
    expect(formatYieldLine('slime.ts', { line: 17, code: 'got = yield { hp };' })).toBe('slime.ts:17  got = yield { hp };');
  });

  it('always points at a real yield line of the file, for every suspended coroutine of real battles (the recorded site)', () => {
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
          const y = recordedYieldLine(c, src);
          expect(y, `${c.kind} at ${JSON.stringify(c.lastYielded)}`).not.toBeNull();
          const raw = src.text.split('\n')[y!.line - 1]!;
          expect(raw).toMatch(/\byield\b(?!\s*\*)/);
        }
      }
    }
  });
});
