import { describe, expect, it } from 'vitest';
import type { BattleEvent, CombatantInfo } from '../../src/core/events.ts';
import { castFrom } from '../../src/core/cast.ts';
import { messagesFor, transcript } from '../../src/core/messages.ts';
import { startClassic } from '../../src/core/replay.ts';
import { DEFAULT_SEED, SEED_DAMAGE, SEED_TRANSCRIPT, WITH_CLASSIC } from '../helpers.ts';

function classicEvents(): readonly BattleEvent[] {
  const b = startClassic(DEFAULT_SEED, SEED_DAMAGE, WITH_CLASSIC);
  while (!b.step().outcome) {
    /* run to the end */
  }
  return b.events;
}

const cast: CombatantInfo[] = [
  { id: 'hero', kind: 'hero', name: { ja: 'ゆうしゃ', en: 'Hero' }, side: 'hero', sprite: 'hero', maxHp: 100, maxMp: 30, hp: 100, mp: 30, boss: false },
  { id: 'slime-1', kind: 'slime', name: { ja: 'スライムA', en: 'Slime A' }, side: 'enemy', sprite: 'slime', maxHp: 20, maxMp: 0, hp: 20, mp: 0, boss: false },
  { id: 'slime-2', kind: 'slime', name: { ja: 'スライムB', en: 'Slime B' }, side: 'enemy', sprite: 'slime', maxHp: 20, maxMp: 0, hp: 20, mp: 0, boss: false },
];

describe('transcript', () => {
  it("reads a classic battle exactly like the seed's printed output", () => {
    expect(transcript(classicEvents(), 'ja')).toEqual(SEED_TRANSCRIPT);
  });

  it('has an English classic transcript of the same length', () => {
    const en = transcript(classicEvents(), 'en');
    expect(en).toHaveLength(SEED_TRANSCRIPT.length);
    expect(en[0]).toBe("Hero's current HP: 100");
    expect(en.at(-1)).toBe('Slime has died');
  });

  it('announces every enemy of a game battle and the outcome', () => {
    const events: BattleEvent[] = [
      { type: 'battleStart', seed: 1, rule: 'battle', combatants: cast },
      { type: 'battleEnd', outcome: 'victory', turns: 1, steps: 1 },
    ];
    expect(transcript(events, 'ja')).toEqual(['スライムAと スライムB が あらわれた!', 'まものたちを やっつけた!']);
    expect(transcript(events, 'en')).toEqual(['Slime A and Slime B appear!', 'You defeated the monsters!']);
  });

  it('lists three or more enemies with commas in English, and the Japanese as before', () => {
    const three = [...cast, { ...cast.at(-1)!, id: 'slime-c', name: { ja: 'スライムC', en: 'Slime C' } }];
    const events: BattleEvent[] = [{ type: 'battleStart', seed: 1, rule: 'battle', combatants: three }];
    expect(transcript(events, 'en')).toEqual(['Slime A, Slime B and Slime C appear!']);
    expect(transcript(events, 'ja')).toEqual(['スライムAと スライムBと スライムC が あらわれた!']);
  });
});

describe('messagesFor', () => {
  const name = castFrom(cast).namer('ja');

  it('puts a critical hit before its damage and words zero damage as a miss', () => {
    const hit = { type: 'damage', target: 'slime-1', source: 'hero', side: 'enemy', amount: 28, hp: 0, critical: true, defended: false } as const;
    expect(messagesFor(hit, 'ja', name)).toEqual(['かいしんの いちげき!', 'スライムA は 28 のダメージ!']);
    expect(messagesFor({ ...hit, amount: 0, critical: false }, 'ja', name)).toEqual(['ミス! スライムA は ダメージを うけない!']);
  });

  it("keeps the scheduler's classic damage silent (the counter says it itself)", () => {
    const hit = { type: 'damage', target: 'hero', source: 'scheduler', side: 'hero', amount: 8, hp: 92, critical: false, defended: false } as const;
    expect(messagesFor(hit, 'ja', name)).toEqual([]);
  });

  it('names spells in the chosen language and words a blocked escape by side', () => {
    expect(messagesFor({ type: 'action', actor: 'hero', act: { kind: 'spell', spell: 'gira' } }, 'ja', name)).toEqual(['ゆうしゃ は ギラ を となえた!']);
    expect(messagesFor({ type: 'action', actor: 'hero', act: { kind: 'spell', spell: 'gira' } }, 'en', castFrom(cast).namer('en'))).toEqual(['Hero casts Sizz!']);
    expect(messagesFor({ type: 'flee', actor: 'hero', side: 'hero', ok: false }, 'ja', name)).toEqual(['しかし まわりこまれてしまった!']);
    expect(messagesFor({ type: 'flee', actor: 'slime-1', side: 'enemy', ok: false }, 'ja', name)).toEqual(['しかし にげられなかった!']);
    expect(messagesFor({ type: 'flee', actor: 'slime-1', side: 'enemy', ok: true }, 'ja', name)).toEqual([]);
  });

  it('says a faulted combatant glitched, and unknown ids fall back to the id', () => {
    expect(messagesFor({ type: 'fault', id: 'slime-2', side: 'enemy', message: 'x' }, 'en', castFrom(cast).namer('en'))).toEqual(['Slime B glitched out!']);
    expect(castFrom(cast).namer('ja')('nobody')).toBe('nobody');
  });

  it('has text for every outcome in both languages', () => {
    for (const outcome of ['victory', 'defeat', 'fled', 'escaped', 'draw'] as const) {
      for (const lang of ['ja', 'en'] as const) {
        const [line] = messagesFor({ type: 'battleEnd', outcome, turns: 1, steps: 1 }, lang, name);
        expect(line).toMatch(/\S/);
      }
    }
  });
});
