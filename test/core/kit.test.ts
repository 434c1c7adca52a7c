import { describe, expect, it } from 'vitest';
import { attack, cast, defend, defineEnemy, flee, hurtOrHeal, wait } from '../../src/core/kit.ts';
import template from '../../src/combatants/_template.ts';
import { collectRoster } from '../../src/core/roster.ts';
import { checkStatus } from '../../src/core/validate.ts';
import { context, loadTestRoster, nextStatus } from '../helpers.ts';

const roster = await loadTestRoster();

describe('action creators', () => {
  it('make the plain actions the engine reads, with no extra keys', () => {
    expect(attack()).toStrictEqual({ kind: 'attack' });
    expect(attack({ hits: 2 })).toStrictEqual({ kind: 'attack', hits: 2 });
    expect(attack({ target: 'hero-2' })).toStrictEqual({ kind: 'attack', target: 'hero-2' });
    expect(defend()).toStrictEqual({ kind: 'defend' });
    expect(wait()).toStrictEqual({ kind: 'wait' });
    expect(flee()).toStrictEqual({ kind: 'flee' });
    expect(cast('hoimi', 'slime-2')).toStrictEqual({ kind: 'spell', spell: 'hoimi', target: 'slime-2' });
    expect(cast('gira')).toStrictEqual({ kind: 'spell', spell: 'gira' });
  });

  it('serialise exactly like the hand-written literals they replace (event logs stay the same)', () => {
    expect(JSON.stringify(attack({ hits: 2 }))).toBe('{"kind":"attack","hits":2}');
    expect(JSON.stringify(cast('hoimi', 'she-slime'))).toBe('{"kind":"spell","spell":"hoimi","target":"she-slime"}');
  });

  it('pass the engine\'s check of a yielded status', () => {
    for (const act of [attack(), attack({ hits: 2 }), defend(), wait(), flee(), cast('hoimi', 'x'), cast('gira')]) {
      expect(checkStatus({ hp: 5, act })).toEqual({ hp: 5, act });
    }
  });
});

describe('hurtOrHeal', () => {
  it('leaves HP alone on a plain resume (its turn)', () => {
    expect(hurtOrHeal(12, undefined, 20)).toBe(12);
  });

  it('subtracts a negative send, even below 0 (death is for the monster to return)', () => {
    expect(hurtOrHeal(12, -5, 20)).toBe(7);
    expect(hurtOrHeal(3, -9, 20)).toBe(-6);
  });

  it('adds a positive send but never goes above maxHp', () => {
    expect(hurtOrHeal(12, 5, 20)).toBe(17);
    expect(hurtOrHeal(12, 30, 20)).toBe(20);
    expect(hurtOrHeal(20, 1, 20)).toBe(20);
  });
});

describe('defineEnemy with the kit', () => {
  it('leaves kind and sprite to the file name', () => {
    const puddle = defineEnemy({ name: { ja: 'みずたまり', en: 'Puddle' }, stats: { maxHp: 5, maxMp: 0, attack: [1, 2] }, *create(hp) { yield { hp }; } });
    expect(puddle.kind).toBe('');
    const { roster, problems } = collectRoster([{ path: 'src/combatants/puddle.ts', module: { default: puddle } }]);
    expect(problems).toEqual([]);
    expect(roster.get('puddle')).toMatchObject({ kind: 'puddle', sprite: 'puddle', side: 'enemy' });
  });

  it('keeps a sprite that is written', () => {
    const { roster } = collectRoster([{ path: 'x/puddle.ts', module: { default: template } }]);
    expect(roster.get('puddle')).toMatchObject({ kind: 'puddle', sprite: 'slime' });
  });
});

describe('_template.ts, copied to a new file', () => {
  const { roster } = collectRoster([{ path: 'src/combatants/puddle.ts', module: { default: template } }]);
  const puddle = roster.get('puddle')!;

  it('loads as a monster named after its file', () => {
    expect(puddle.kind).toBe('puddle');
  });

  it('heals only up to its maxHp', () => {
    const g = puddle.create(20, context(puddle));
    g.next();
    expect(nextStatus(g, -8)).toEqual({ hp: 12 });
    expect(nextStatus(g, 30)).toEqual({ hp: 20 });
  });

  it('acts only when resumed with undefined, and dies by returning 0', () => {
    const g = puddle.create(6, context(puddle));
    expect(nextStatus(g).act).toBeDefined();
    expect(nextStatus(g, -1).act).toBeUndefined();
    expect(g.next(-5)).toEqual({ done: true, value: 0 });
  });
});

describe('the built-in monsters, written with the kit', () => {
  it.each([...roster.keys()])('%s heals only up to its maxHp', (kind) => {
    const def = roster.get(kind)!;
    const max = def.stats.maxHp;
    const g = def.create(max, context(def)) as Generator<unknown, unknown, number | undefined>;
    g.next();
    expect(g.next(-1).value).toMatchObject({ hp: max - 1 });
    expect(g.next(50).value).toMatchObject({ hp: max });
  });
});
