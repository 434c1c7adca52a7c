import { describe, expect, it } from 'vitest';
import { quoteValue, stripBidi, urlConflicts } from '../../../src/game/app/url-notices.ts';

const en = (search: string) => urlConflicts(search).map((n) => n.en);

describe('stripBidi', () => {
  it('removes every bidirectional control and nothing else', () => {
    const controls = '\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069';
    expect(stripBidi(`a${controls}b スライム`)).toBe('ab スライム');
  });

  it('quotes a URL value without controls, cut at 40 characters', () => {
    expect(quoteValue('\u202eexe.txt')).toBe('"exe.txt"');
    expect(quoteValue('x'.repeat(50))).toBe(`"${'x'.repeat(40)}…"`);
  });
});

describe('urlConflicts', () => {
  it('is quiet for a URL that means one thing', () => {
    expect(urlConflicts('?seed=1&enemy=slime&speed=2')).toEqual([]);
    expect(urlConflicts('?classic=1&damage=8,9&seed=3')).toEqual([]);
    expect(urlConflicts('')).toEqual([]);
  });

  it('names a parameter given twice, with both values', () => {
    expect(urlConflicts('?seed=1&seed=2')).toEqual([{
      en: '?seed is given 2 times ("1", "2"): using the first',
      ja: '?seed が 2 かい あります ("1", "2")。さいしょ の ものを つかいます',
    }]);
    expect(en('?lang=ja&lang=en&lang=ja')).toEqual(['?lang is given 3 times ("ja", "en", "ja"): using the first']);
  });

  it('names parameters that the classic battle has no use for', () => {
    expect(en('?classic=1&enemy=bat&hp=5')).toEqual([
      '?enemy ignored: the classic battle (?classic=1) has a fixed cast',
      '?hp ignored: the classic battle (?classic=1) has a fixed cast',
    ]);
  });

  it('names ?damage without the classic battle, and ?enemy beside ?enemies', () => {
    expect(en('?damage=8,9')).toEqual(['?damage ignored: it only applies with ?classic=1']);
    expect(en('?classic=0&damage=8')).toEqual(['?damage ignored: it only applies with ?classic=1']);
    expect(en('?enemy=slime&enemies=bat,bat')).toEqual(['?enemy ignored: ?enemies is also given, and wins']);
  });

  it('says the stress benchmark wins over a battle choice', () => {
    expect(en('?stress=10&enemy=slime')).toEqual(['?stress wins: the benchmark battle ignores ?classic, ?enemy and ?enemies']);
  });

  it('quotes duplicated values without their bidi controls', () => {
    expect(en('?enemy=%E2%80%AEtab&enemy=slime')).toEqual(['?enemy is given 2 times ("tab", "slime"): using the first']);
  });
});
