import { describe, expect, it } from 'vitest';
import { parseParams } from '../../../src/game/app/params';

const ENEMIES = ['slime', 'bat', 'king-slime'];

describe('parseParams', () => {
  it('reads good values', () => {
    const p = parseParams('?seed=42&lang=en&enemy=bat&speed=0.25&classic=1&damage=8,9,7&hp=5&floor=3&text=instant', ENEMIES, 5);
    expect(p).toMatchObject({ seed: 42, lang: 'en', enemy: 'bat', speed: 0.25, classic: true, damage: [8, 9, 7], hp: 5, floor: 3, instantText: true, notices: [] });
  });

  it('falls back to defaults with one notice per bad value', () => {
    const p = parseParams('?seed=-1&lang=fr&enemy=dragon&speed=9&damage=8,x&hp=0&floor=6&text=slow&classic=maybe', ENEMIES, 5);
    expect(p).toMatchObject({ seed: null, lang: null, enemy: null, speed: null, classic: false, damage: [], hp: null, floor: null, instantText: false });
    expect(p.notices).toHaveLength(9);
  });

  it('quotes hostile values as JSON and truncates long ones', () => {
    const p = parseParams(`?enemy=${encodeURIComponent('<img src=x onerror=alert(1)>'.repeat(5))}`, ENEMIES, 5);
    expect(p.notices[0]!.en).toContain('"<img src=x onerror=alert(1)><img src=x o…"');
    expect(p.notices[0]!.ja).toContain('"<img src=x onerror=alert(1)><img src=x o…"');
  });

  it('words each notice in both languages and drops bidi controls from the quoted value', () => {
    const p = parseParams('?lang=%E2%80%AEne', ENEMIES, 5);
    expect(p.notices).toEqual([{ en: '?lang="ne" ignored: expected ja or en', ja: '?lang="ne" は つかいません: ja か en に してください' }]);
  });

  it('?enemies= takes known monsters separated by commas, ?steps= a step budget; anything else is a notice', () => {
    expect(parseParams('?enemies=slime,bat,slime&steps=40', ENEMIES, 5)).toMatchObject({ enemies: ['slime', 'bat', 'slime'], steps: 40, notices: [] });
    const bad = parseParams('?enemies=slime,../../x&steps=0', ENEMIES, 5);
    expect(bad).toMatchObject({ enemies: null, steps: null });
    expect(bad.notices).toHaveLength(2);
    expect(parseParams(`?enemies=${Array(13).fill('bat').join(',')}`, ENEMIES, 5).enemies).toBeNull();
  });

  it('rejects speeds outside 0.25..4 and non-numbers', () => {
    for (const s of ['0.1', '4.5', 'NaN', 'Infinity', '1e1', '']) expect(parseParams(`?speed=${s}`, ENEMIES, 5).speed).toBeNull();
    expect(parseParams('?speed=4', ENEMIES, 5).speed).toBe(4);
  });
});

describe('?party (issue 15)', () => {
  it('takes up to two known companions, and names a bad value', () => {
    expect(parseParams('?party=mage,priest', ENEMIES, 8, ['mage', 'priest']).party).toEqual(['mage', 'priest']);
    expect(parseParams('', ENEMIES, 8, ['mage', 'priest']).party).toBeNull();
    const bad = parseParams('?party=mage,mage', ENEMIES, 8, ['mage', 'priest']);
    expect(bad.party).toBeNull();
    expect(bad.notices[0]!.en).toMatch(/^\?party="mage,mage" ignored: expected up to 2 of mage, priest/);
  });
});
