// The monsters of issue 15, each using a new rule: バブルスライム poisons, まどうし casts ラリホー,
// ホイミスライム casts スカラ and ホイミ on its friends, ゴーレム (the mid-boss) casts スカラ on itself.
import { describe, expect, it } from 'vitest';
import bubbleSlime from '../../src/combatants/bubble-slime.ts';
import golem from '../../src/combatants/golem.ts';
import healslime from '../../src/combatants/healslime.ts';
import magician from '../../src/combatants/magician.ts';
import type { CombatantDef } from '../../src/core/protocol.ts';
import { context, nextStatus } from '../helpers.ts';

function acts(def: CombatantDef, self: string, turns: number, seed = 1, allies = () => ['healslime', 'slime']): unknown[] {
  const g = def.create(def.stats.maxHp, { ...context(def, seed, self), allies });
  return Array.from({ length: turns }, () => nextStatus(g as never).act);
}

describe('new monsters', () => {
  it('バブルスライム strikes with a poisoning blow', () => {
    expect(acts(bubbleSlime, 'bubble-slime', 3)).toEqual([{ kind: 'attack', poison: true }, { kind: 'attack', poison: true }, { kind: 'attack', poison: true }]);
  });

  it('まどうし opens with ラリホー and casts it every third turn', () => {
    const seen = acts(magician, 'magician', 7);
    expect(seen[0]).toEqual({ kind: 'spell', spell: 'rarihoo' });
    expect(seen[3]).toEqual({ kind: 'spell', spell: 'rarihoo' });
    expect(seen[6]).toEqual({ kind: 'spell', spell: 'rarihoo' });
  });

  it('ホイミスライム casts スカラ or ホイミ on a friend, never on itself while a friend stands', () => {
    const seen = acts(healslime, 'healslime', 40) as { kind: string; spell?: string; target?: string }[];
    expect(seen.some((a) => a.spell === 'sukara' && a.target === 'slime')).toBe(true);
    expect(seen.some((a) => a.spell === 'hoimi' && a.target === 'slime')).toBe(true);
    expect(seen.every((a) => a.target !== 'healslime')).toBe(true);
  });

  it('ゴーレム is a boss that casts スカラ on itself every fourth turn', () => {
    expect(golem.boss).toBe(true);
    const seen = acts(golem, 'golem', 6);
    expect(seen[1]).toEqual({ kind: 'spell', spell: 'sukara', target: 'golem' });
    expect(seen[5]).toEqual({ kind: 'spell', spell: 'sukara', target: 'golem' });
  });

  it('each returns when its HP reaches 0', () => {
    for (const def of [bubbleSlime, magician, healslime, golem]) {
      const g = def.create(5, { ...context(def), allies: () => [def.kind] });
      g.next();
      expect(g.next(-9).done, def.kind).toBe(true);
    }
  });
});
