import { describe, expect, it } from 'vitest';
import sheSlime from '../../src/combatants/she-slime.ts';
import { context, nextStatus } from '../helpers.ts';

/** Its choices over many turns at a given HP, for one seed. */
function choices(hp: number, seed: number): string[] {
  const g = sheSlime.create(hp, context(sheSlime, seed));
  return Array.from({ length: 30 }, () => {
    const act = nextStatus(g).act;
    return typeof act === 'object' ? act.kind : String(act);
  });
}

describe('スライムベス', () => {
  it('heals itself with ホイミ when below half HP, aiming at its own id', () => {
    const g = sheSlime.create(22, context(sheSlime, 3, 'she-slime-2'));
    g.next();
    g.next(-15);
    const acts = Array.from({ length: 20 }, () => nextStatus(g).act);
    expect(acts).toContainEqual({ kind: 'spell', spell: 'hoimi', target: 'she-slime-2' });
    expect(acts).toContainEqual({ kind: 'attack' }); // 60%, not always
  });

  it('never heals while at half HP or more', () => {
    for (const seed of [1, 2, 3]) expect(new Set(choices(11, seed))).toEqual(new Set(['attack']));
  });

  it('takes healing up to its maximum only', () => {
    const g = sheSlime.create(20, context(sheSlime));
    g.next();
    expect(g.next(30).value).toEqual({ hp: 22 });
  });
});
