// H reads every party member (issue 15): HP as its window shows it, MP, and its effects; enemies' effects too.
import '../../setup-classic.ts';
import { describe, expect, it } from 'vitest';
import type { InputLog } from '../../../src/core/replay.ts';
import { statusText } from '../../../src/game/a11y/status-reader.ts';
import { FakeSession } from '../debug/fake-session.ts';

const PARTY: InputLog = { version: 1, mode: 'battle', seed: 3, party: [{ kind: 'hero' }, { kind: 'mage' }], enemies: ['slime'], commands: [] };

describe('status key text with a party', () => {
  it('reads each member in window order, with effects in words', () => {
    const s = new FakeSession(PARTY).snapshot();
    const [hero, mage, slime] = s.combatants;
    const screen = {
      hero: { hp: 40, mp: 12 },
      party: [{ id: hero!.id, hp: 40, mp: 12, effects: 'どく', active: true }, { id: mage!.id, hp: mage!.maxHp, mp: 3, effects: '', active: false }],
      enemies: [{ id: slime!.id, hp: 9, visible: true, effects: ['ねむり'] }],
      lines: [],
      queued: 0,
    };
    expect(statusText(screen, s, 'ja')).toBe(`ゆうしゃ HP 40 / 100 (ピンチ), MP 12 (どく)。 まほうつかい HP ${mage!.maxHp} / ${mage!.maxHp}, MP 3。 スライム HP 9 / ${slime!.maxHp} (ピンチ) (ねむり)。`);
  });
});
