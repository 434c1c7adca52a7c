import { deflateSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { bytesToBase64Url } from '../../../src/game/debug/log-link';
import { MAX_CODE_BYTES, MAX_LINK_CHARS, encodeCodeParam, readCodeParam, shareHash } from '../../../src/game/playground/code-link';

const SLIME = 'export const slime = 1; // スライム\n';
const pack = (value: unknown) => `#log=2.x&code=1.${bytesToBase64Url(deflateSync(strToU8(JSON.stringify(value))))}`;

describe('code link', () => {
  it('round-trips the files beside the log, with no code param when nothing differs', () => {
    const made = shareHash('#log=2.abc', { 'slime.ts': SLIME, 'bat.ts': 'b' });
    expect(made.ok).toBe(true);
    const hash = made.ok ? made.hash : '';
    expect(hash.startsWith('#log=2.abc&code=1.')).toBe(true);
    expect(readCodeParam(hash)).toEqual({ ok: true, files: { 'bat.ts': 'b', 'slime.ts': SLIME } });
    expect(shareHash('#log=2.abc', {})).toEqual({ ok: true, hash: '#log=2.abc' });
    expect(readCodeParam('#log=2.abc')).toBeNull();
  });

  it('refuses to make or open a link past the bound', () => {
    // Random text does not compress: the link outgrows MAX_LINK_CHARS.
    let text = '';
    let x = 12345;
    for (let i = 0; i < 40_000; i++) {
      x ^= x << 13; x ^= x >>> 17; x ^= x << 5; // xorshift32
      text += String.fromCharCode(33 + ((x >>> 8) % 90));
    }
    const made = shareHash('#log=2.abc', { 'big.ts': text });
    expect(made.ok).toBe(false);
    if (!made.ok) expect(made.message.en).toMatch(new RegExp(`at most ${MAX_LINK_CHARS}`));
    const long = `#log=2.abc&${encodeCodeParam({ 'big.ts': text })}`;
    const read = readCodeParam(long);
    expect(read?.ok).toBe(false);
    // A small link that expands past the code bound.
    const bomb = readCodeParam(pack({ 'a.ts': 'a'.repeat(MAX_CODE_BYTES + 10) }));
    expect(bomb).toMatchObject({ ok: false, message: { en: expect.stringMatching(/expands past/) } });
  });

  it('says what is wrong with a corrupt or hostile link', () => {
    const cases = ['#code=1.%%%', '#code=1.AAAA', '#code=9.abc', '#code=abc', pack([1, 2]), pack({}), pack({ '../x.ts': 'a' }), pack({ 'a.ts': 3 }), pack(Object.fromEntries(Array.from({ length: 9 }, (_, i) => [`m${i}.ts`, 'x'])))];
    for (const hash of cases) {
      const read = readCodeParam(hash);
      expect(read?.ok, hash).toBe(false);
      if (read && !read.ok) {
        expect(read.message.en).toMatch(/^the shared link's code /);
        expect(read.message.ja).toMatch(/^きょうゆう リンク の コード /);
      }
    }
  });
});
