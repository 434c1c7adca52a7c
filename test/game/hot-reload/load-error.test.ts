// A saved file that does not parse: the notice names the place. Vite 8 sends no `loc` for an oxc
// parse error, so the place comes from its message; this is the message it really sends.
import { describe, expect, it } from 'vitest';
import { describeLoadError, parseLoadError } from '../../../src/game/hot-reload/load-error';

const E = '\u001b';
// Captured from Vite 8's dev server (server.transformRequest on a file missing a comma), colours kept.
const OXC = {
  message: `Transform failed with 1 error:\n\n${E}[31m[PARSE_ERROR] ${E}[0mExpected \`,\` or \`}\` but found \`Identifier\`\n   ${E}[38;5;246m╭${E}[0m${E}[38;5;246m─${E}[0m${E}[38;5;246m[${E}[0m src/combatants/zz-broken.ts:3:3 ${E}[38;5;246m]${E}[0m\n   ${E}[38;5;246m│${E}[0m\n ${E}[38;5;246m2 │${E}[0m export default defineEnemy({ name: { ja: 'x', en: 'x' }\n ${E}[38;5;240m  │${E}[0m                            ┬  \n ${E}[38;5;240m  │${E}[0m                            ╰── Opened here\n ${E}[38;5;246m3 │${E}[0m   stats: {},\n${E}[38;5;246m───╯${E}[0m\n`,
  id: '/work/x/src/combatants/zz-broken.ts',
  plugin: 'vite:oxc',
};

describe('parseLoadError', () => {
  it('reads the message, the file, the line and the column out of an oxc parse error', () => {
    const e = parseLoadError(OXC);
    expect(e).toEqual({ message: 'Expected `,` or `}` but found `Identifier`', file: 'zz-broken.ts', line: 3, column: 3 });
    expect(describeLoadError(e)).toBe('Expected `,` or `}` but found `Identifier` at line 3, column 3');
  });

  it('prefers a loc field when the payload has one (its column counts from 0) and names the place once', () => {
    const e = parseLoadError({ message: 'bat.ts:7:13: Unexpected token', loc: { file: '/a/src/combatants/bat.ts', line: 7, column: 12 } });
    expect(describeLoadError(e)).toBe('Unexpected token at line 7, column 13');
    expect(e.file).toBe('bat.ts');
  });

  it('reads a rollup-style "file:line:col" and says nothing of a place that is not given', () => {
    expect(describeLoadError(parseLoadError({ message: 'slime.ts:11:4: Unterminated string' }))).toBe('Unterminated string at line 11, column 4');
    expect(describeLoadError(parseLoadError({ message: 'slime blew up while loading' }))).toBe('slime blew up while loading');
    expect(describeLoadError(parseLoadError(undefined))).toBe('error');
  });

  it('keeps a long message to one short line', () => {
    const e = parseLoadError({ message: `Transform failed with 1 error:\n${'x'.repeat(300)}` });
    expect(e.message).toHaveLength(121);
    expect(e.message.endsWith('…')).toBe(true);
  });
});
