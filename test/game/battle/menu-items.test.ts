// What the command menu lists for one member's turn: the 5-command grid, spells it knows, the bag
// with counts (greyed with why), targets with HP, and もどる last in every sub-menu.
import { describe, expect, it } from 'vitest';
import { BACK, aimsAtAlly, bagItems, mainItems, spellItems, targetItems } from '../../../src/game/battle/menu-items.ts';
import { bagNow } from '../../../src/game/battle/turn-info.ts';
import { withCompanions, type CommandSource } from '../../../src/game/battle/driver.ts';
import type { Command } from '../../../src/core/protocol.ts';

describe('mainItems', () => {
  it('keeps にげる bottom-right of the first two rows and puts どうぐ fifth', () => {
    expect(mainItems('ja', { spells: ['hoimi'], bag: { yakusou: 1 } }).map((i) => i.label)).toEqual(['たたかう', 'じゅもん', 'ぼうぎょ', 'にげる', 'どうぐ']);
    expect(mainItems('en', { spells: ['hoimi'], bag: { yakusou: 1 } }).map((i) => i.value)).toEqual(['attack', 'spell', 'defend', 'flee', 'items']);
  });

  it('greys どうぐ with a reason when the bag is empty, and じゅもん for a member with none', () => {
    const items = mainItems('ja', { spells: [], bag: { yakusou: 0 } });
    expect(items[4]).toMatchObject({ enabled: false, why: 'どうぐを もっていない!' });
    expect(items[1]).toMatchObject({ enabled: false });
    expect(mainItems('en', { spells: ['gira'], bag: { seisui: 2 } }).every((i) => i.enabled !== false)).toBe(true);
  });
});

describe('sub-menus', () => {
  it('lists only the spells the member knows, greyed when MP is short, then もどる', () => {
    const items = spellItems('ja', { spells: ['gira', 'rarihoo'], mp: 4 });
    expect(items.map((i) => i.value)).toEqual(['gira', 'rarihoo', BACK]);
    expect(items[0]).toMatchObject({ enabled: false, why: 'MPが たりない!' });
    expect(items[1]!.enabled).toBe(true);
    expect(items[1]!.label).toContain('ラリホー');
    expect(items[2]!.label).toBe('もどる');
  });

  it('shows every item with its count; one with none left is greyed with why', () => {
    const items = bagItems('en', { yakusou: 2, dokukeshi: 0 });
    expect(items.map((i) => i.label.split('  ')[0])).toEqual(['Medicinal Herb ×2', 'Antidote ×0', 'Magic Water ×0', 'Back']);
    expect(items[0]!.enabled).toBe(true);
    expect(items[1]).toMatchObject({ enabled: false, why: 'None left!' });
  });

  it('names targets with their HP, then Back; heals and items aim at an ally', () => {
    const items = targetItems('en', [{ id: 'hero', name: 'Hero', hp: 40, maxHp: 100 }, { id: 'mage', name: 'Mage', hp: 3, maxHp: 50 }]);
    expect(items.map((i) => i.label)).toEqual(['Hero  HP 40/100', 'Mage  HP 3/50', 'Back']);
    expect(targetItems('ja', [{ id: 'slime', name: 'スライム' }]).map((i) => i.label)).toEqual(['スライム', 'もどる']);
    expect(aimsAtAlly({ kind: 'item', item: 'yakusou' })).toBe(true);
    expect(aimsAtAlly({ kind: 'spell', spell: 'hoimi' })).toBe(true);
    expect(aimsAtAlly({ kind: 'spell', spell: 'gira' })).toBe(false);
  });
});

describe('bagNow', () => {
  it('starts from the log bag and takes each item event’s count left', () => {
    expect(bagNow({ yakusou: 2 }, [])).toEqual({ yakusou: 2, dokukeshi: 0, seisui: 0 });
    expect(bagNow({ yakusou: 2, seisui: 1 }, [{ type: 'item', actor: 'hero', item: 'yakusou', target: 'hero', left: 1 }])).toEqual({ yakusou: 1, dokukeshi: 0, seisui: 1 });
    expect(bagNow(undefined, [])).toEqual({ yakusou: 0, dokukeshi: 0, seisui: 0 });
  });
});

describe('withCompanions', () => {
  const asked: string[] = [];
  const player: CommandSource = {
    choose: (actor) => {
      asked.push(actor);
      return Promise.resolve({ kind: 'defend' });
    },
    refused: () => {},
  };
  const auto = (actor: string): Command | null => (actor === 'hero' ? null : { kind: 'attack', target: 'slime' });

  it('answers a companion with the core’s answer while on, and always asks the player for the hero', async () => {
    let on = true;
    const source = withCompanions(player, auto, () => on);
    expect(await source.choose('mage')).toEqual({ kind: 'attack', target: 'slime' });
    expect(await source.choose('hero')).toEqual({ kind: 'defend' });
    expect(asked).toEqual(['hero']);
    on = false; // read at each turn: switching it off mid-battle hands the companion back to the player
    expect(await source.choose('mage')).toEqual({ kind: 'defend' });
    expect(asked).toEqual(['hero', 'mage']);
  });
});
