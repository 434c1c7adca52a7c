import { describe, expect, it } from 'vitest';
import hero from '../../src/combatants/hero.ts';
import type { HeroReceived, Status } from '../../src/core/protocol.ts';
import { context } from '../helpers.ts';

describe('ゆうしゃ', () => {
  it('asks for a command, then yields the command as its action and pays MP for spells', () => {
    const g = hero.create(100, context(hero)) as Generator<Status, unknown, HeroReceived>;
    expect(g.next().value).toEqual({ hp: 100, mp: 30, act: 'command' });
    expect(g.next({ kind: 'spell', spell: 'gira' }).value).toEqual({ hp: 100, mp: 25, act: { kind: 'spell', spell: 'gira' } });
    expect(g.next(-12).value).toEqual({ hp: 88, mp: 25 });
    expect(g.next(50).value).toEqual({ hp: 100, mp: 25 }); // healing stops at max HP
  });

  it('returns 0 when its HP reaches 0', () => {
    const g = hero.create(5, context(hero)) as Generator<Status, unknown, HeroReceived>;
    g.next();
    expect(g.next(-5)).toEqual({ done: true, value: 0 });
  });
});
