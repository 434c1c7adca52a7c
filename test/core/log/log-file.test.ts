import { describe, expect, it } from 'vitest';
import { digestsOf, sourceDigest } from '../../../src/core/log/digest.ts';
import { MAX_LOG_CHARS, inputLogOf, logFileOf, readLogFile, readLogJson, writeLogFile, type LogFile } from '../../../src/core/log/log-file.ts';
import type { InputLog } from '../../../src/core/replay.ts';

const battleV1: InputLog = {
  version: 1, mode: 'battle', seed: 42,
  party: [{ kind: 'hero', hp: 80 }], enemies: ['slime', 'slime', 'king-slime'],
  commands: [{ kind: 'attack', target: 'slime-1' }, { kind: 'spell', spell: 'hoimi' }, { kind: 'defend' }],
};
const classicV1: InputLog = { version: 1, mode: 'classic', seed: 7, damage: [8, 9, 7, 8, 7, 10] };

const full: LogFile = {
  ...logFileOf(battleV1),
  forks: [{ step: 9, command: { kind: 'flee' } }],
  code: { hero: 'fnv1a32:0123abcd', slime: 'fnv1a32:89abcdef' },
  checks: [{ step: 3, hp: [80, 20, 20, 60] }, { step: 9, hp: [70, 12, 20, 60] }, { step: 15, hp: [75, 12, 20, 55] }],
  end: { step: 17, hp: [70, 12, 20, 55], outcome: null },
};

const problemOf = (text: string) => {
  const r = readLogFile(text);
  if (r.ok) throw new Error('expected a problem');
  return r.problem;
};

describe('sourceDigest', () => {
  it('is short, stable, and changes with the text', () => {
    expect(sourceDigest('')).toBe('fnv1a32:811c9dc5');
    expect(sourceDigest('yield { hp }')).toMatch(/^fnv1a32:[0-9a-f]{8}$/);
    expect(sourceDigest('yield { hp }')).toBe(sourceDigest('yield { hp }'));
    expect(sourceDigest('hp -= 1')).not.toBe(sourceDigest('hp -= 2'));
  });

  it('reads CRLF and CR line ends as LF, so a Windows checkout matches the bundled copy', () => {
    expect(sourceDigest('a\r\nb\rc\n')).toBe(sourceDigest('a\nb\nc\n'));
  });

  it('maps kinds to digests', () => {
    expect(digestsOf([['slime', 'x'], ['bat', 'y']])).toEqual({ slime: sourceDigest('x'), bat: sourceDigest('y') });
  });
});

describe('version 1 files', () => {
  it('read unchanged, with nothing recorded to check', () => {
    for (const log of [battleV1, classicV1]) {
      const r = readLogFile(JSON.stringify(log));
      expect(r.ok).toBe(true);
      if (!r.ok) return;
      expect(r.file.version).toBe(1);
      expect(r.file.checks).toBeNull();
      expect(r.file.end).toBeNull();
      expect(inputLogOf(r.file)).toEqual(log);
    }
  });

  it("keep the version 1 reader's messages, marked as malformed", () => {
    expect(problemOf(JSON.stringify({ ...battleV1, seed: -1 }))).toEqual({
      kind: 'malformed',
      message: { en: 'the log is malformed: seed must be an integer from 0 to 2147483647', ja: 'ログ が こわれています: seed must be an integer from 0 to 2147483647' },
    });
  });
});

describe('version 2 files', () => {
  it('round-trip every field through the text, indented or compact', () => {
    for (const compact of [false, true]) {
      const r = readLogFile(writeLogFile(full, { compact }));
      expect(r).toEqual({ ok: true, file: full });
    }
    const classic = { ...logFileOf(classicV1), code: { classic: 'fnv1a32:00000001' }, checks: [], end: { step: 18, hp: [78, 0], outcome: 'victory' } };
    expect(readLogFile(writeLogFile(classic))).toEqual({ ok: true, file: classic });
  });

  it('write only the fields of their mode, version 2, in a fixed order', () => {
    expect(Object.keys(JSON.parse(writeLogFile(full)))).toEqual(['version', 'mode', 'seed', 'party', 'items', 'enemies', 'commands', 'forks', 'code', 'checks', 'end']);
    expect(Object.keys(JSON.parse(writeLogFile(logFileOf(classicV1))))).toEqual(['version', 'mode', 'seed', 'damage', 'forks', 'code']);
    expect(JSON.parse(writeLogFile(full)).version).toBe(2);
  });

  it('keep room for items, forks that change a value, and monster source', () => {
    const future = { ...JSON.parse(writeLogFile(full)), items: [{ item: 'yakusou', count: 3 }], forks: [{ step: 4, value: -12 }], sources: { slime: 'export default …' } };
    const r = readLogJson(future);
    expect(r.ok && [r.file.items, r.file.forks, r.file.sources]).toEqual([[{ item: 'yakusou', count: 3 }], [{ step: 4, value: -12 }], { slime: 'export default …' }]);
  });

  const v2 = JSON.parse(writeLogFile(full)) as Record<string, unknown>;
  it.each([
    [{ ...v2, seed: 'x' }, 'seed must be an integer from 0 to 2147483647'],
    [{ ...v2, commands: [{ kind: 'dance' }] }, 'command 1: unknown command "dance": expected one of attack, spell, item, defend, flee'],
    [{ ...v2, items: {} }, 'items must be a list'],
    [{ ...v2, items: [{ item: 'yakusou', count: 0 }] }, 'items entry 1 is not valid: {"item":"yakusou","count":0}'],
    [{ ...v2, forks: [{ step: 1, command: { kind: 'dance' } }] }, 'fork 1: command: unknown command "dance": expected one of attack, spell, item, defend, flee'],
    [{ ...v2, forks: [{ step: 1, command: { kind: 'flee' }, value: 3 }] }, 'fork 1: has both value and command; a fork changes one thing'],
    [{ ...v2, code: { slime: 'abc' } }, 'code.slime must be a digest such as "fnv1a32:0123abcd"'],
    [{ ...v2, code: { 'Bad Kind': 'fnv1a32:0123abcd' } }, 'code: "Bad Kind" is not a monster kind'],
    [{ ...v2, checks: [{ step: 1, hp: ['full'] }] }, 'checks entry 1 is not valid: {"step":1,"hp":["full"]}'],
    [{ ...v2, end: { step: 1, hp: [] } }, 'end must be { step, hp: [..], outcome }'],
  ])('refuse %j', (json, error) => {
    expect(readLogJson(json)).toEqual({ ok: false, problem: { kind: 'malformed', message: { en: `the log is malformed: ${error}`, ja: `ログ が こわれています: ${error}` } } });
  });
});

describe('problems', () => {
  it('not JSON: malformed, with the parser position', () => {
    const p = problemOf('{"version":2,');
    expect(p.kind).toBe('malformed');
    expect(p.message.en).toMatch(/^the log is malformed: not valid JSON \(.+\)$/);
    expect(p.message.ja).toMatch(/^ログ が こわれています: JSON として よめません/);
  });

  it.each([['[]'], ['null'], ['"log"'], ['{}']])('%s: malformed', (text) => {
    expect(problemOf(text).kind).toBe('malformed');
  });

  it('a newer version: unknown-version, naming both', () => {
    expect(problemOf('{"version":3,"mode":"battle"}')).toEqual({
      kind: 'unknown-version',
      message: {
        en: 'unknown log version 3 (made by a newer game); this game reads versions 1 and 2',
        ja: 'ログ の バージョン 3 は よめません (あたらしい ゲーム で つくられました)。よめる のは 1 と 2',
      },
    });
    expect(problemOf('{"version":0}').message.en).toBe('unknown log version 0; this game reads versions 1 and 2');
  });

  it('too large: refused before parsing', () => {
    const p = problemOf(' '.repeat(MAX_LOG_CHARS + 1));
    expect(p).toEqual({ kind: 'too-large', message: expect.objectContaining({ en: `the log is too large (${MAX_LOG_CHARS + 1} characters; at most ${MAX_LOG_CHARS})` }) });
  });
});
