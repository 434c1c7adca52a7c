import { describe, expect, it } from 'vitest';
import { sourceDigest } from '../../../src/core/log/digest.ts';
import { logFileOf, readLogFile, writeLogFile, type LogFile } from '../../../src/core/log/log-file.ts';
import { changedCode, checkLog, lineupOf, openLog, recordLog, replayLog } from '../../../src/core/log/log-replay.ts';
import type { CombatantDef } from '../../../src/core/protocol.ts';
import { replay, startClassic, type InputLog } from '../../../src/core/replay.ts';
import { autoCommand } from '../../../src/core/policy.ts';
import { autoBattle, loadTestRoster, WITH_CLASSIC } from '../../helpers.ts';

const roster = await loadTestRoster();
const digests = { hero: sourceDigest('hero v1'), slime: sourceDigest('slime v1'), bat: sourceDigest('bat v1') };
const { battle: played } = autoBattle(roster, ['slime', 'bat']);
const input = played.input;

/** The roster with slime's code changed: it hits harder. */
function strongerSlime(): Map<string, CombatantDef> {
  const slime = roster.get('slime')!;
  return new Map([...roster, ['slime', { ...slime, stats: { ...slime.stats, attack: [9, 12] as const } }]]);
}

function reread(file: LogFile): LogFile {
  const r = readLogFile(writeLogFile(file));
  if (!r.ok) throw new Error(r.problem.message.en);
  return r.file;
}

describe('recordLog', () => {
  it('records the digests of the lineup, a checkpoint per command and the end', () => {
    const file = recordLog(input, roster, { ...digests, ghost: sourceDigest('unused') });
    expect(file.code).toEqual(digests);
    expect(input.mode === 'battle' && file.checks?.length).toBe(input.mode === 'battle' && input.commands.length);
    expect(file.end).toEqual({ step: played.stepCount, outcome: played.outcome, hp: played.snapshot().combatants.map((c) => c.hp) });
    expect(file.checks!.every((c, i, all) => i === 0 || c.step > all[i - 1]!.step)).toBe(true);
  });

  it('stops a log without an end at its last command wait, outcome null', () => {
    const short: InputLog = { ...input, commands: input.mode === 'battle' ? input.commands.slice(0, -1) : [] } as InputLog;
    const file = recordLog(short, roster, digests);
    expect(file.end?.outcome).toBeNull();
    expect(file.end?.step).toBe(replay(short, roster).stepCount);
  });
});

describe('replayLog', () => {
  it('replays a recorded log to the same events as the core replay, with no divergence', () => {
    const file = reread(recordLog(input, roster, digests));
    const r = replayLog(file, roster, digests);
    expect(r.divergence).toBeNull();
    expect(r.changed).toEqual([]);
    expect(r.battle.events).toEqual(replay(input, roster).events);
    expect(r.observed).toEqual(file.checks);
  });

  it('reports the first divergence when a monster hits harder, and stops there', () => {
    const file = reread(recordLog(input, roster, digests));
    const changed = { ...digests, slime: sourceDigest('slime v2') };
    const r = replayLog(file, strongerSlime(), changed);
    expect(r.changed).toEqual(['slime']);
    const d = r.divergence!;
    expect(d.kind).toBe('code-differs');
    expect(d.changed).toEqual(['slime']);
    expect(d.step).toBe(r.battle.stepCount);
    expect(d.step).toBeLessThan(played.stepCount);
    expect(d.message.en).toMatch(new RegExp(`^the log was made with different code for slime\\.ts; first difference: at step ${d.step} (Hero|Slime|Dracky) has \\d+ HP in the log but \\d+ now$`));
    expect(d.message.ja).toMatch(/^ログ は ちがう slime\.ts で つくられました。さいしょ の ちがい: ステップ \d+ で .+ の HP は ログ では \d+、いま は \d+$/);
    // Every checkpoint before the divergence still matched.
    expect(r.observed.slice(0, -1)).toEqual(file.checks!.slice(0, r.observed.length - 1));
    expect(r.observed.at(-1)).not.toEqual(file.checks![r.observed.length - 1]);
  });

  it('says the code changed even when the battle still matches', () => {
    const file = recordLog(input, roster, digests);
    const r = replayLog(file, roster, { ...digests, bat: sourceDigest('bat v2') });
    expect([r.changed, r.divergence]).toEqual([['bat'], null]);
    expect(changedCode(file, { slime: digests.slime })).toEqual([]);
  });

  it('blames the replay, not the code, when no digest changed', () => {
    const r = replayLog(recordLog(input, roster, digests), strongerSlime(), digests);
    expect(r.divergence?.message.en).toMatch(/^the replay differs from the log; first difference: /);
  });

  it('names an ending that moved', () => {
    const file = recordLog(input, roster, digests);
    const r = replayLog({ ...file, end: { ...file.end!, step: file.end!.step + 3 } }, roster, digests);
    expect(r.divergence?.message.en).toBe(`the replay differs from the log; first difference: the log ends at step ${file.end!.step + 3} (${played.outcome}), the replay at step ${played.stepCount} (${played.outcome})`);
  });

  it('replays a version 1 file without checks', () => {
    const r = readLogFile(JSON.stringify(input));
    if (!r.ok) throw new Error('unreadable');
    const again = replayLog(r.file, strongerSlime(), digests);
    expect(again.divergence).toBeNull();
    expect(again.battle.outcome).not.toBeNull();
  });

  it('applies a command fork at its step instead of the recorded command', () => {
    const file = recordLog(input, roster, digests);
    const at = file.checks![1]!.step;
    const forked = replayLog({ ...file, checks: null, end: null, forks: [{ step: at, command: { kind: 'defend' } }] }, roster, digests);
    expect(forked.divergence).toBeNull();
    const commands = input.mode === 'battle' ? [...input.commands] : [];
    commands[1] = { kind: 'defend' };
    expect(forked.battle.events).toEqual(replay({ ...input, commands } as InputLog, roster).events);
  });

  it('reports a fork that the battle never reaches', () => {
    const file = { ...logFileOf(input), forks: [{ step: 3, command: { kind: 'defend' as const } }] };
    expect(replayLog(file, roster).divergence?.message.en).toBe('the replay differs from the log; first difference: the fork at step 3 was never reached');
  });

  it('reports a command the battle refuses', () => {
    const file = logFileOf({ version: 1, mode: 'battle', seed: 1, party: [{ kind: 'hero' }], enemies: ['slime'], commands: [{ kind: 'attack', target: 'bat' }] });
    expect(replayLog(file, roster).divergence?.message.en).toMatch(/first difference: the command \{"kind":"attack","target":"bat"\} was refused: cannot attack "bat"/);
  });

  it('checks the classic counter at its end', () => {
    const classic: InputLog = { version: 1, mode: 'classic', seed: 7, damage: [8, 9, 7, 8, 7, 10] };
    const file = reread(recordLog(classic, roster, { classic: sourceDigest('c') }, WITH_CLASSIC));
    expect(lineupOf(file)).toEqual(['classic']);
    expect(file.code).toEqual({ classic: sourceDigest('c') });
    const direct = startClassic(7, [8, 9, 7, 8, 7, 10], WITH_CLASSIC);
    direct.runToEnd(autoCommand);
    const r = replayLog(file, roster, { classic: sourceDigest('c') }, WITH_CLASSIC);
    expect([r.divergence, r.battle.events]).toEqual([null, direct.events]);
    const moved = replayLog({ ...file, end: { ...file.end!, hp: [1, 0] } }, roster, { classic: sourceDigest('c2') }, WITH_CLASSIC);
    expect(moved.divergence?.message.en).toMatch(/^the log was made with different code for classic\.ts; first difference: at step \d+ ゆうしゃ|Hero has 1 HP in the log/);
  });
});

describe('checkLog', () => {
  const base = logFileOf(input);
  it('names monsters the game does not have', () => {
    const p = checkLog({ ...base, enemies: ['slime', 'dragon', 'dragon'], party: [{ kind: 'wizard' }] }, roster);
    expect(p).toEqual({ kind: 'unknown-monster', message: { en: 'the log names a monster this game does not have: "wizard", "dragon"', ja: 'この ゲーム に いない モンスター が ログ に います: "wizard", "dragon"' } });
  });

  it('refuses what this game cannot replay yet: items it does not have, changed values in a classic log', () => {
    expect(checkLog({ ...base, items: [{ item: 'elixir', count: 1 }] }, roster)?.kind).toBe('unsupported');
    expect(checkLog({ ...base, items: [{ item: 'yakusou', count: 1 }] }, roster)).toBeNull(); // issue 15: items exist now
    expect(checkLog({ ...base, forks: [{ step: 4, value: -3 }] }, roster)).toBeNull();
    expect(checkLog({ ...base, mode: 'classic', forks: [{ step: 4, value: -3 }] }, roster)?.message.en).toBe('the classic log changes a sent value at step 4; a classic log changes its damage list instead');
    expect(checkLog(base, roster)).toBeNull();
  });
});

describe('openLog', () => {
  it('returns the checked replay, or the problem that stops it', () => {
    const file = recordLog(input, roster, digests);
    const opened = openLog(file, roster, digests);
    expect(opened.ok && opened.replay.battle.outcome).toBe(played.outcome);
    expect(openLog({ ...file, enemies: ['dragon'] }, roster)).toMatchObject({ ok: false, problem: { kind: 'unknown-monster' } });
    expect(openLog({ ...file, enemies: ['hero'] }, roster)).toEqual({
      ok: false,
      problem: { kind: 'malformed', message: { en: 'the log is malformed: hero is a party member, not an enemy', ja: 'ログ が こわれています: hero is a party member, not an enemy' } },
    });
  });
});
