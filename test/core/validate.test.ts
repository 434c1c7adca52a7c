import { describe, expect, it } from 'vitest';
import { checkClassicYield, checkCommand, checkStatus, isAction, show } from '../../src/core/validate.ts';

const FOES = ['slime', 'bat'];
const ALLIES = ['hero'];
const ctx = { mp: 4, isFoe: (id: string) => FOES.includes(id), isAlly: (id: string) => ALLIES.includes(id), foes: () => FOES, allies: () => ALLIES };

describe('show', () => {
  it('renders any value short and safe for one line', () => {
    expect(show(undefined)).toBe('undefined');
    expect(show('x'.repeat(50))).toBe(`"${'x'.repeat(40)}…"`);
    expect(show(Number.NaN)).toBe('NaN');
    expect(show({ hp: Infinity })).toBe('{"hp":"Infinity"}');
    expect(show(() => 1)).toBe('a function');
    expect(show(10n)).toBe('10');
    const loop: Record<string, unknown> = {};
    loop.self = loop;
    expect(show(loop)).toBe('[object Object]');
  });
});

describe('checkStatus', () => {
  it('accepts a status with or without an action', () => {
    expect(checkStatus({ hp: 3 })).toEqual({ hp: 3 });
    expect(checkStatus({ hp: 3, mp: 1, act: 'command' })).toEqual({ hp: 3, mp: 1, act: 'command' });
    expect(checkStatus({ hp: 3, act: { kind: 'spell', spell: 'gira' } })).toMatchObject({ hp: 3 });
  });

  it.each([
    [null, /yielded null; expected a status object/],
    ['hello', /yielded "hello"; expected a status object/],
    [[1], /expected a status object/],
    [{ hp: Number.NaN }, /yielded hp NaN; expected a finite number/],
    [{ hp: 1, mp: 'x' }, /yielded mp "x"/],
    [{ hp: 1, act: 5 }, /yielded act 5; expected an action/],
    [{ hp: 1, act: { kind: 'dance' } }, /action of kind "dance"; expected one of attack, spell, item, defend, flee, wait/],
    [{ hp: 1, act: { kind: 'attack', target: 3 } }, /yielded a target 3/],
    [{ hp: 1, act: { kind: 'spell', spell: 'meteor' } }, /yielded spell "meteor"/],
    [{ hp: 1, act: { kind: 'attack', hits: 3 } }, /yielded hits 3; expected 1 or 2/],
  ])('refuses %j with a precise sentence', (value, message) => {
    expect(checkStatus(value)).toMatch(message);
  });
});

describe('checkStatus with the side', () => {
  it("lets only a party member ask for a command", () => {
    expect(checkStatus({ hp: 3, act: 'command' }, 'hero')).toEqual({ hp: 3, act: 'command' });
    expect(checkStatus({ hp: 3, act: 'command' }, 'enemy')).toBe(
      "yielded act: 'command', but only a party member (side 'hero') asks the player; an enemy yields its own action, such as act: attack()",
    );
    expect(checkStatus({ hp: 3, act: { kind: 'attack' } }, 'enemy')).toEqual({ hp: 3, act: { kind: 'attack' } });
  });
});

describe('checkClassicYield', () => {
  it('wants the HP as a bare finite number', () => {
    expect(checkClassicYield(20)).toBe(20);
    expect(checkClassicYield({ hp: 20 })).toMatch(/expected its HP as a finite number/);
    expect(checkClassicYield(Infinity)).toMatch(/yielded Infinity/);
  });
});

describe('checkCommand', () => {
  it('normalises valid commands, dropping unknown fields', () => {
    expect(checkCommand({ kind: 'attack', target: 'bat', extra: 1 }, ctx)).toEqual({ kind: 'attack', target: 'bat' });
    expect(checkCommand({ kind: 'spell', spell: 'hoimi' }, ctx)).toEqual({ kind: 'spell', spell: 'hoimi' });
    expect(checkCommand({ kind: 'defend', target: 'x' }, ctx)).toEqual({ kind: 'defend' });
  });

  it.each([
    [42, /a command must be an object/],
    [{ kind: 'dance' }, /unknown command "dance": expected one of attack, spell, item, defend, flee/],
    [{ kind: 'wait' }, /unknown command "wait"/],
    [{ kind: 'attack', target: 7 }, /target must be a combatant id, got 7/],
    [{ kind: 'attack', target: 'hero' }, /cannot attack "hero": it is not a living enemy \(choose one of slime, bat\)/],
    [{ kind: 'spell', spell: 'meteor' }, /unknown spell "meteor"/],
    [{ kind: 'spell', spell: 'gira' }, /not enough MP for Sizz: it needs 5, you have 4/],
    [{ kind: 'spell', spell: 'hoimi', target: 'slime' }, /Heal cannot target "slime" \(choose one of hero\)/],
  ])('refuses %j', (input, message) => {
    expect(checkCommand(input, ctx)).toMatch(message);
  });
});

describe('isAction', () => {
  it("tells an action from 'command' and absence", () => {
    expect(isAction({ kind: 'wait' })).toBe(true);
    expect(isAction('command')).toBe(false);
    expect(isAction(undefined)).toBe(false);
  });
});
