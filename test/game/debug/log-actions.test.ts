import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sourceDigest } from '../../../src/core/log/digest.ts';
import { readLogFile, writeLogFile } from '../../../src/core/log/log-file.ts';
import { autoCommand } from '../../../src/core/policy.ts';
import { replay, type BattleLog } from '../../../src/core/replay.ts';
import { BattleSession } from '../../../src/game/battle/session.ts';
import { codeDigests, exportLogText, importLogText, openLinkedLog, sessionLogFile, shareLink } from '../../../src/game/debug/log-actions.ts';
import { loadTestRoster } from '../../helpers.ts';

const roster = await loadTestRoster();
const LOG: BattleLog = { version: 1, mode: 'battle', seed: 12, party: [{ kind: 'hero' }], enemies: ['slime', 'bat'], commands: [] };

/** A session played to the end by the built-in policy. */
function finished(): BattleSession {
  const session = new BattleSession(LOG, roster);
  for (;;) {
    const r = session.step();
    if (r.outcome) return session;
    if (r.waitingFor && !r.resumed) session.submit(autoCommand(session.battle, r.waitingFor));
  }
}

describe('codeDigests', () => {
  it('are the digests of the monster files as they are on disk', () => {
    const text = readFileSync(new URL('../../../src/combatants/slime.ts', import.meta.url), 'utf8');
    expect(codeDigests().slime).toBe(sourceDigest(text));
    expect(Object.keys(codeDigests())).toEqual(expect.arrayContaining(['hero', 'slime', 'bat', 'classic']));
  });
});

describe('export and import', () => {
  it('exports version 2 with digests and checks, and imports it back to the same end', () => {
    const session = finished();
    const text = exportLogText(session);
    const read = readLogFile(text);
    expect(read.ok && [read.file.version, Object.keys(read.file.code), read.file.end?.outcome]).toEqual([2, ['hero', 'slime', 'bat'], session.battle.outcome]);
    const other = new BattleSession(LOG, roster);
    expect(importLogText(other, text, 'battle.json', 'en')).toEqual({ ok: true, message: '' });
    expect(other.battle.events).toEqual(session.battle.events);
  });

  it('imports a version 1 file (a CLI --save)', () => {
    const session = finished();
    const other = new BattleSession(LOG, roster);
    expect(importLogText(other, JSON.stringify(session.inputLog()), 'save.json', 'ja').ok).toBe(true);
    expect(other.battle.outcome).toBe(session.battle.outcome);
  });

  it('names the file and the problem, in the language asked for, and loads nothing', () => {
    const session = new BattleSession(LOG, roster);
    const before = session.battle;
    expect(importLogText(session, 'nope', 'battle.json', 'en')).toEqual({ ok: false, message: expect.stringMatching(/^battle\.json: the log is malformed: not valid JSON/) });
    expect(importLogText(session, '{"version":9}', 'battle.json', 'ja')).toEqual({ ok: false, message: expect.stringMatching(/^battle\.json: ログ の バージョン 9 は よめません/) });
    const unknown = JSON.stringify({ ...LOG, enemies: ['dragon'] });
    expect(importLogText(session, unknown, 'b.json', 'en').message).toBe('b.json: the log names a monster this game does not have: "dragon"');
    expect(session.battle).toBe(before);
  });

  it('stops at the first divergence when the log was made with other code, and says so', () => {
    const file = sessionLogFile(finished());
    const tampered = { ...file, code: { ...file.code, slime: 'fnv1a32:00000000' }, checks: file.checks!.map((c, i) => (i === 1 ? { ...c, hp: c.hp.map((h) => h + 1) } : c)) };
    const session = new BattleSession(LOG, roster);
    const r = importLogText(session, writeLogFile(tampered), 'old.json', 'en');
    expect(r.ok).toBe(false);
    expect(r.message).toMatch(/^the log was made with different code for slime\.ts; first difference: at step \d+ Hero has \d+ HP in the log but \d+ now$/);
    expect(session.battle.stepCount).toBe(file.checks![1]!.step);
    expect(session.battle.outcome).toBeNull();
  });

  it('says the code changed when the replay still matches', () => {
    const file = sessionLogFile(finished());
    const session = new BattleSession(LOG, roster);
    const r = importLogText(session, writeLogFile({ ...file, code: { ...file.code, bat: 'fnv1a32:00000000' } }), 'a.json', 'en');
    expect(r).toEqual({ ok: true, message: 'bat.ts changed since the log was made; the replay still matches it' });
  });
});

describe('share links', () => {
  it('open at the last step of the shared battle', () => {
    const session = new BattleSession(LOG, roster);
    for (let n = 0; n < 2;) {
      const r = session.step();
      if (r.waitingFor && !r.resumed) n += session.submit({ kind: 'attack', target: session.battle.living('enemy')[0]! }).ok ? 1 : 0;
    }
    const link = shareLink(session, 'https://example.org/?lang=ja');
    if (!link.ok) throw new Error(link.problem.message.en);
    const opened = openLinkedLog(new URL(link.url).hash, roster);
    expect(opened?.ok && opened.note).toBeNull();
    if (!opened?.ok) return;
    expect(opened.log).toEqual(session.inputLog());
    expect(replay(opened.log, roster).snapshot().waitingFor).toBe('hero');
  });

  it('report what is wrong with a bad one, and nothing without one', () => {
    expect(openLinkedLog('#lang=ja', roster)).toBeNull();
    expect(openLinkedLog('#log=2.AAAA', roster)).toMatchObject({ ok: false, problem: { kind: 'malformed' } });
  });
});
