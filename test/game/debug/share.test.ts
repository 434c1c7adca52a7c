import { describe, expect, it } from 'vitest';
import type { InputLog } from '../../../src/core/replay.ts';
import { MAX_FRAGMENT_CHARS, encodeSharedLog, fromBase64Url, parseLogText, readSharedLog, shareUrl, toBase64Url } from '../../../src/game/debug/share.ts';

const battleLog: InputLog = {
  version: 1, mode: 'battle', seed: 42,
  party: [{ kind: 'hero', hp: 80 }], enemies: ['slime', 'slime', 'king-slime'],
  commands: [{ kind: 'attack', target: 'slime-1' }, { kind: 'spell', spell: 'hoimi' }, { kind: 'defend' }],
};
const classicLog: InputLog = { version: 1, mode: 'classic', seed: 7, damage: [8, 9, 7, 8, 7, 10] };

describe('base64url', () => {
  it('round-trips UTF-8 text without +, / or =', () => {
    for (const text of ['', 'a', 'ab', 'abc', 'スライムが あらわれた！', '\u{1F409}'.repeat(40), '~~~???>>>']) {
      const enc = toBase64Url(text);
      expect(enc).toMatch(/^[A-Za-z0-9_-]*$/);
      expect(fromBase64Url(enc)).toBe(text);
    }
  });

  it('round-trips large inputs', () => {
    const text = 'x'.repeat(100_000) + 'ゆうしゃ';
    expect(fromBase64Url(toBase64Url(text))).toBe(text);
  });
});

describe('shared links', () => {
  it('round-trips battle and classic logs through the fragment', () => {
    for (const log of [battleLog, classicLog]) {
      const hash = encodeSharedLog(log);
      expect(hash.startsWith('#log=')).toBe(true);
      expect(readSharedLog(hash)).toEqual({ ok: true, log });
      expect(readSharedLog(hash.slice(1))).toEqual({ ok: true, log });
    }
  });

  it('builds a full URL that keeps the query and replaces the fragment', () => {
    const url = shareUrl('https://example.org/game/?debug=1#old', classicLog);
    expect(url.startsWith('https://example.org/game/?debug=1#log=')).toBe(true);
    expect(readSharedLog(new URL(url).hash)).toEqual({ ok: true, log: classicLog });
  });

  it('finds log= among other fragment parameters', () => {
    const hash = `#lang=ja&${encodeSharedLog(classicLog).slice(1)}`;
    expect(readSharedLog(hash)).toEqual({ ok: true, log: classicLog });
  });

  it('returns null when there is no log', () => {
    expect(readSharedLog('')).toBeNull();
    expect(readSharedLog('#')).toBeNull();
    expect(readSharedLog('#lang=ja')).toBeNull();
  });

  it('says precisely what is wrong with a bad link', () => {
    const err = (hash: string) => {
      const r = readSharedLog(hash);
      expect(r?.ok).toBe(false);
      return r && !r.ok ? r.error : '';
    };
    expect(err('#log=')).toMatch(/empty/);
    expect(err('#log=abc$def')).toMatch(/base64url/);
    expect(err('#log=a')).toMatch(/cut short/);
    expect(err(`#log=${toBase64Url('{"version":1,')}`)).toMatch(/not valid JSON/);
    expect(err(`#log=${toBase64Url('{"version":2}')}`)).toMatch(/unsupported input log version 2/);
    expect(err(`#log=${toBase64Url('{"version":1,"mode":"classic","seed":1,"damage":[-3]}')}`)).toMatch(/damage must be/);
    expect(err(`#log=${toBase64Url('{"version":1,"mode":"battle","seed":1,"party":[{"kind":"hero"}],"enemies":["slime"],"commands":[{"kind":"dance"}]}')}`)).toMatch(/command 1/);
    expect(err(`#log=${btoa(String.fromCharCode(0xff, 0xfe, 0xfd)).replace(/=+$/, '')}`)).toMatch(/damaged/);
    expect(err(`#log=${'A'.repeat(MAX_FRAGMENT_CHARS)}`)).toMatch(/too long/);
    expect(err(`#log=${toBase64Url('null')}`)).toMatch(/JSON object/);
  });

  it('names the file in errors when importing', () => {
    expect(parseLogText('nope', 'battle.json')).toMatchObject({ ok: false, error: expect.stringMatching(/^battle\.json is not valid JSON/) });
    expect(parseLogText('{"version":1,"mode":"x","seed":1}', 'battle.json')).toMatchObject({ ok: false, error: expect.stringMatching(/^battle\.json: mode must be/) });
  });
});
