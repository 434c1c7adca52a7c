import { deflateSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { logFileOf, writeLogFile, type LogFile } from '../../../src/core/log/log-file.ts';
import type { Command } from '../../../src/core/protocol.ts';
import type { InputLog } from '../../../src/core/replay.ts';
import { createRng } from '../../../src/core/rng.ts';
import {
  MAX_LINK_CHARS, MAX_V1_LINK_CHARS, base64UrlToBytes, bytesToBase64Url, encodeLogLink, logLinkUrl, readLogLink,
} from '../../../src/game/debug/log-link.ts';

const battleV1: InputLog = {
  version: 1, mode: 'battle', seed: 42,
  party: [{ kind: 'hero', hp: 80 }], enemies: ['slime', 'slime', 'king-slime'],
  commands: [{ kind: 'attack', target: 'slime-1' }, { kind: 'spell', spell: 'hoimi' }, { kind: 'defend' }],
};
const classicV1: InputLog = { version: 1, mode: 'classic', seed: 7, damage: [8, 9, 7, 8, 7, 10] };
const file: LogFile = {
  ...logFileOf(battleV1),
  code: { hero: 'fnv1a32:0123abcd', slime: 'fnv1a32:89abcdef' },
  checks: [{ step: 3, hp: [80, 20, 20, 60] }, { step: 9, hp: [70, 12, 20, 60] }, { step: 15, hp: [75, 12, 20, 55] }],
  end: { step: 17, hp: [70, 12, 20, 55], outcome: null },
};

const text = (s: string) => bytesToBase64Url(strToU8(s));
const v1Link = (log: unknown) => `#log=${text(JSON.stringify(log))}`;
const v2Link = (json: string) => `#log=2.${bytesToBase64Url(deflateSync(strToU8(json)))}`;
function problemOf(hash: string) {
  const r = readLogLink(hash);
  if (!r || r.ok) throw new Error(`expected a problem for ${hash.slice(0, 40)}`);
  return r.problem;
}

/** The largest battle the rules allow (2000 steps, a command every other step) with HP that does not compress. */
function worstCase(commands: number, cast: number, maxSteps?: number): LogFile {
  const rng = createRng(1);
  const kinds: Command[] = [{ kind: 'attack', target: 'slime-1' }, { kind: 'spell', spell: 'gira', target: 'slime-2' }, { kind: 'defend' }, { kind: 'spell', spell: 'hoimi' }, { kind: 'flee' }];
  const log: InputLog = {
    version: 1, mode: 'battle', seed: 2147483647, party: [{ kind: 'hero' }], enemies: Array<string>(cast - 1).fill('slime'),
    commands: Array.from({ length: commands }, () => rng.pick(kinds)), ...(maxSteps ? { maxSteps } : {}),
  };
  const checks = Array.from({ length: commands }, (_, i) => ({ step: i * 2 + 1, hp: Array.from({ length: cast }, () => rng.int(0, 100)) }));
  return { ...logFileOf(log), code: { hero: 'fnv1a32:0123abcd', slime: 'fnv1a32:89abcdef' }, checks, end: { step: commands * 2, hp: checks[0]!.hp, outcome: 'draw' } };
}

describe('base64url bytes', () => {
  it('round-trips without +, / or =', () => {
    for (const n of [0, 1, 2, 3, 4, 100, 70_000]) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 37) & 255);
      const enc = bytesToBase64Url(bytes);
      expect(enc).toMatch(/^[A-Za-z0-9_-]*$/);
      expect(base64UrlToBytes(enc)).toEqual(bytes);
    }
  });
});

describe('version 2 links', () => {
  it('are compressed, tagged 2. and read back to the same log', () => {
    const link = encodeLogLink(file);
    if (!link.ok) throw new Error(link.problem.message.en);
    expect(link.hash).toMatch(/^#log=2\.[A-Za-z0-9_-]+$/);
    expect(link.hash.length).toBeLessThan(writeLogFile(file, { compact: true }).length);
    expect(readLogLink(link.hash)).toEqual({ ok: true, file });
    expect(readLogLink(`#lang=ja&${link.hash.slice(1)}`)).toEqual({ ok: true, file });
  });

  it('keep the query and replace the fragment of the page URL', () => {
    const made = logLinkUrl('https://example.org/game/?debug=1#old', file);
    expect(made.ok && made.url.startsWith('https://example.org/game/?debug=1#log=2.')).toBe(true);
    expect(made.ok && readLogLink(new URL(made.url).hash)).toEqual({ ok: true, file });
  });

  it(`fit the largest battle the rules allow in ${MAX_LINK_CHARS} characters`, () => {
    const link = encodeLogLink(worstCase(1000, 2));
    expect(link.ok && link.hash.length).toBeLessThan(MAX_LINK_CHARS / 2);
    const crowded = encodeLogLink(worstCase(154, 13));
    expect(crowded.ok && crowded.hash.length).toBeLessThan(MAX_LINK_CHARS / 2);
  });

  it('refuse to make a link past the bound, and say what to do instead', () => {
    const link = encodeLogLink(worstCase(5000, 13, 100_000));
    expect(link.ok).toBe(false);
    expect(!link.ok && link.problem.kind).toBe('too-large');
    expect(!link.ok && link.problem.message.en).toMatch(new RegExp(`^this battle is too long for a link \\(\\d+ characters; at most ${MAX_LINK_CHARS}\\): export the log file instead$`));
  });
});

describe('version 1 links', () => {
  it('keep opening as they were made', () => {
    for (const log of [battleV1, classicV1]) {
      const r = readLogLink(v1Link(log));
      expect(r?.ok && r.file.version).toBe(1);
      expect(r?.ok && r.file.seed).toBe(log.seed);
    }
    expect(readLogLink(`#${'A'.repeat(MAX_LINK_CHARS + 10)}&${v1Link(classicV1).slice(1)}`)?.ok).toBe(true);
  });
});

describe('bad links', () => {
  it('are null when there is no log', () => {
    expect(readLogLink('')).toBeNull();
    expect(readLogLink('#')).toBeNull();
    expect(readLogLink('#lang=ja')).toBeNull();
  });

  it.each([
    ['#log=', 'malformed', 'the shared link has an empty log'],
    ['#log=abc$def', 'malformed', 'the shared link is damaged: it has characters that are not base64url'],
    ['#log=a', 'malformed', 'the shared link is damaged: it is cut short (bad base64url length)'],
    [`#log=${btoa(String.fromCharCode(0xff, 0xfe, 0xfd)).replace(/=+$/, '')}`, 'malformed', /^the shared link is damaged: it /],
    ['#log=2.AAAA', 'malformed', /^the shared link is damaged: it does not decompress \(/],
    [`#log=2.${bytesToBase64Url(deflateSync(strToU8(writeLogFile(file))).subarray(0, 20))}`, 'malformed', /^the shared link is damaged: it (does not decompress|is cut short)/],
    [v1Link({ version: 1, mode: 'classic', seed: 1, damage: [-3] }), 'malformed', 'the shared link: the log is malformed: damage must be a list of positive integers'],
    [v2Link('{"version":2,'), 'malformed', /^the shared link: the log is malformed: not valid JSON/],
    [v2Link('{"version":3}'), 'unknown-version', 'the shared link: unknown log version 3 (made by a newer game); this game reads versions 1 and 2'],
    ['#log=7.AAAA', 'unknown-version', 'the shared link has an unknown version 7 (made by a newer game?); this game reads links of version 1 and 2'],
    [`#log=2.${'A'.repeat(MAX_LINK_CHARS)}`, 'too-large', `the shared link is too long (${MAX_LINK_CHARS + 6} characters; at most ${MAX_LINK_CHARS})`],
    [`#log=${'A'.repeat(MAX_V1_LINK_CHARS)}`, 'too-large', `the shared link is too long (${MAX_V1_LINK_CHARS + 4} characters; at most ${MAX_V1_LINK_CHARS})`],
    [`#log=2.${bytesToBase64Url(deflateSync(new Uint8Array(3_000_000), { level: 9 }))}`, 'too-large', 'the shared link expands past 1000000 bytes'],
  ])('%#: %s is %s', (hash, kind, message) => {
    const p = problemOf(hash);
    expect(p.kind).toBe(kind);
    if (typeof message === 'string') expect(p.message.en).toBe(message);
    else expect(p.message.en).toMatch(message);
    expect(p.message.ja).toMatch(/きょうゆう リンク/);
  });
});
