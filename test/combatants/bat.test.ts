import { describe, expect, it } from 'vitest';
import bat from '../../src/combatants/bat.ts';
import { autoBattle, context, eventsOf, loadTestRoster, nextStatus } from '../helpers.ts';

describe('ドラキー', () => {
  it('asks for two hits every turn', () => {
    const g = bat.create(18, context(bat));
    expect(g.next().value).toEqual({ hp: 18, act: { kind: 'attack', hits: 2 } });
    g.next(-3);
    expect(nextStatus(g).act).toEqual({ kind: 'attack', hits: 2 });
  });

  it('strikes the hero twice in one turn in a real battle', async () => {
    const { battle } = autoBattle(await loadTestRoster(), ['bat']);
    const firstAction = battle.events.findIndex((e) => e.type === 'action' && e.actor === 'bat');
    const nextTurn = battle.events.findIndex((e, i) => i > firstAction && e.type === 'turnStart');
    const hits = eventsOf(battle.events.slice(firstAction, nextTurn === -1 ? undefined : nextTurn), 'damage');
    expect(hits.map((h) => [h.source, h.target])).toEqual([
      ['bat', 'hero'],
      ['bat', 'hero'],
    ]);
  });
});
