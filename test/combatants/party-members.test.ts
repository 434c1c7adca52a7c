// まほうつかい and そうりょ: each its own generator that asks for a command, pays MP for spells, takes
// MP back from まほうのせいすい ({ kind: 'restore' }) and returns when its HP reaches 0.
import { describe, expect, it } from 'vitest';
import mage from '../../src/combatants/mage.ts';
import priest from '../../src/combatants/priest.ts';
import type { PartyDef } from '../../src/core/protocol.ts';
import { context } from '../helpers.ts';

describe.each([['まほうつかい', mage, 'gira'] as const, ['そうりょ', priest, 'hoimi'] as const])('%s', (_name, def: PartyDef, spell) => {
  const max = def.stats.maxMp;
  it('asks for a command on its turn and yields the command as its action, paying for a spell', () => {
    const g = def.create(30, { ...context(def), startMp: max });
    expect(g.next().value).toEqual({ hp: 30, mp: max, act: 'command' });
    const cast = g.next({ kind: 'spell', spell }).value as { mp: number; act: unknown };
    expect(cast.act).toEqual({ kind: 'spell', spell });
    expect(cast.mp).toBeLessThan(max);
    expect(g.next(undefined).value).toEqual({ hp: 30, mp: cast.mp, act: 'command' });
  });

  it('is hurt and healed by numbers, takes MP back from a restore (capped), and returns at 0 HP', () => {
    const g = def.create(30, { ...context(def), startMp: 1 });
    g.next();
    expect(g.next(-10).value).toEqual({ hp: 20, mp: 1 });
    expect(g.next({ kind: 'restore', mp: 15 }).value).toEqual({ hp: 20, mp: Math.min(max, 16) });
    expect(g.next({ kind: 'restore', mp: 999 }).value).toEqual({ hp: 20, mp: max });
    expect(g.next(-25)).toEqual({ done: true, value: 0 });
  });
});
