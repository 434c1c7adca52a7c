import { WITH_CLASSIC } from '../../setup-classic.ts'; // classic battles play src/combatants/classic.ts
import { castFrom } from '../../../src/core/cast.ts';
import { describe, expect, it } from 'vitest';
import { replay } from '../../../src/core/replay.ts';
import type { TaskState } from '../../../src/core/task.ts';
import {
  LEGEND, STORAGE_KEY, TASK_STATES, TEXT, badgeFor, cardKey, exitText, formatSent, formatYielded,
  initialOpen, readStoredOpen, traceLines, writeStoredOpen, yieldedHp, type StorageLike,
} from '../../../src/game/debug/format.ts';
import { clampSpeed } from '../../../src/game/battle/speed.ts';
import { MemoryStorage } from '../storage/memory-storage.ts';


describe('state badges', () => {
  it('gives each state its own word, glyph and colour class, never colour alone', () => {
    const badges = TASK_STATES.map((s) => badgeFor(s, 'en'));
    expect(badges.map((b) => b.word)).toEqual(['created', 'suspended', 'running', 'closed', 'errored', 'cancelled']);
    expect(new Set(badges.map((b) => b.glyph)).size).toBe(6);
    expect(new Set(badges.map((b) => b.className)).size).toBe(6);
    for (const b of badges) expect(b.className).toBe(`cq-state-${b.word}`);
  });

  it('explains every state in one line in both languages', () => {
    for (const s of TASK_STATES) {
      for (const lang of ['ja', 'en'] as const) {
        expect(LEGEND[s][lang].length).toBeGreaterThan(10);
        expect(LEGEND[s][lang]).not.toContain('\n');
        expect(badgeFor(s, lang).title).toBe(LEGEND[s][lang]);
      }
    }
    expect(LEGEND.created.ja).toMatch(/[ぁ-んァ-ン一-龯]/);
  });

  it('has every UI word in both languages', () => {
    for (const [key, text] of Object.entries(TEXT)) {
      expect(text.ja, key).not.toBe('');
      expect(text.en, key).not.toBe('');
    }
  });
});

describe('card formatters', () => {
  const base = { state: 'suspended' as TaskState, hp: 5, resumes: 2, lastSent: -9, lastYielded: { hp: 11 }, returned: undefined, error: null };

  it('reads HP as the generator last yielded it, an object or a bare number', () => {
    expect(yieldedHp(base)).toBe(11);
    expect(yieldedHp({ ...base, lastYielded: 92 })).toBe(92);
    expect(yieldedHp({ ...base, lastYielded: undefined })).toBeNull();
    expect(yieldedHp({ ...base, lastYielded: { hp: '3' } })).toBeNull();
  });

  it('shows sends in the seed syntax', () => {
    expect(formatSent(base)).toBe('send(-9)');
    expect(formatSent({ ...base, lastSent: undefined })).toBe('next()');
    expect(formatSent({ ...base, lastSent: { kind: 'attack' } })).toBe('send({"kind":"attack"})');
    expect(formatSent({ ...base, resumes: 0 })).toBe('—');
    expect(formatYielded(base)).toBe('yield {"hp":11}');
    expect(formatYielded({ ...base, resumes: 0 })).toBe('—');
  });

  it('shows the exit: return value, error or cancellation', () => {
    expect(exitText({ ...base, state: 'closed', returned: 0 })).toBe('return 0');
    expect(exitText({ ...base, state: 'errored', error: 'Slime yielded hp "x"' })).toBe('error: Slime yielded hp "x"');
    expect(exitText({ ...base, state: 'cancelled' })).toContain('cancelled');
    expect(exitText(base)).toBeNull();
  });

  it('changes the card key only when something on the card changes', () => {
    const b = replay({ version: 1, mode: 'classic', seed: 1, damage: [8, 9, 7, 8, 7, 10] }, new Map(), 1, WITH_CLASSIC);
    const before = b.snapshot().combatants.map(cardKey);
    expect(b.snapshot().combatants.map(cardKey)).toEqual(before);
    b.step();
    const after = b.snapshot().combatants.map(cardKey);
    expect(after[0]).not.toBe(before[0]); // the hero was sent -8
    expect(after[1]).toBe(before[1]); // the slime was not touched
  });
});

describe('trace lines', () => {
  it('are exactly the CLI trace lines of the classic seed battle, with names in the language', () => {
    const b = replay({ version: 1, mode: 'classic', seed: 1, damage: [8, 9, 7, 8, 7, 10] }, new Map(), Infinity, WITH_CLASSIC);
    const ja = traceLines(b.ledger(), castFrom(b.snapshot().combatants).nameMap('ja'));
    expect(ja.slice(0, 4)).toEqual(['next(ゆうしゃ) → yield 100', 'ゆうしゃ.send(-8) → yield 92', 'next(スライム) → yield 20', 'スライム.send(-9) → yield 11']);
    expect(ja).toContain('スライム.send(-10) → return 0 (StopIteration)');
    expect(traceLines(b.ledger(), castFrom(b.snapshot().combatants).nameMap('en'))[0]).toBe('next(Hero) → yield 100');
  });
});

describe('speed', () => {
  it('stays within 0.25× and 4×', () => {
    expect(clampSpeed(0.1)).toBe(0.25);
    expect(clampSpeed(9)).toBe(4);
    expect(clampSpeed(2)).toBe(2);
    expect(clampSpeed(Number.NaN)).toBe(1);
  });
});

describe('remembered toggle', () => {
  it('round-trips open and closed under cq.debug', () => {
    const s = new MemoryStorage();
    writeStoredOpen(s, true);
    expect(s.data.get(STORAGE_KEY)).toBe('open');
    expect(readStoredOpen(s)).toBe(true);
    writeStoredOpen(s, false);
    expect(readStoredOpen(s)).toBe(false);
  });

  it('treats corrupt, missing or unreadable storage as closed', () => {
    for (const bad of ['1', 'true', '{"open":true}', '', 'OPEN']) {
      const s = new MemoryStorage();
      s.setItem(STORAGE_KEY, bad);
      expect(readStoredOpen(s), bad).toBe(false);
    }
    expect(readStoredOpen(new MemoryStorage())).toBe(false);
    expect(readStoredOpen(null)).toBe(false);
    const throwing: StorageLike = { getItem: () => { throw new Error('denied'); }, setItem: () => { throw new Error('denied'); } };
    expect(readStoredOpen(throwing)).toBe(false);
    expect(() => writeStoredOpen(throwing, true)).not.toThrow();
  });

  it('lets ?debug=1 / ?debug=0 win over the remembered choice', () => {
    const s = new MemoryStorage();
    writeStoredOpen(s, false);
    expect(initialOpen('?debug=1', s)).toBe(true);
    expect(initialOpen('?classic=1&debug=1', s)).toBe(true);
    writeStoredOpen(s, true);
    expect(initialOpen('?debug=0', s)).toBe(false);
    expect(initialOpen('', s)).toBe(true);
    expect(initialOpen('?debug=maybe', new MemoryStorage())).toBe(false);
  });
});
