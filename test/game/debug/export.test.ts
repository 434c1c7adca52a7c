import { describe, expect, it } from 'vitest';
import { replay, type InputLog } from '../../../src/core/replay.ts';
import { logFileName, plain, vitestFileFor } from '../../../src/game/debug/export.ts';
import { ROSTER } from './fake-session.ts';

const log: InputLog = { version: 1, mode: 'battle', seed: 3, party: [{ kind: 'hero' }], enemies: ['slime', 'bat'], commands: [] };

/** Takes the inline JSON after `const <name>: … = ` back out of a generated file. */
function inline(text: string, name: string): unknown {
  const m = new RegExp(`^const ${name}(?::[^=]+)? = ([\\s\\S]*?);$`, 'm').exec(text);
  if (!m) throw new Error(`no ${name} in the generated file`);
  return JSON.parse(m[1]!);
}

describe('plain', () => {
  it('turns errors into { name, message } and drops undefined like JSON', () => {
    expect(plain({ a: undefined, e: new TypeError('bad'), n: [1, undefined] })).toEqual({ e: { name: 'TypeError', message: 'bad' }, n: [1, null] });
  });
});

describe('the exported Vitest file', () => {
  it('imports replay and loadRoster from test/ and asserts the event log captured now', () => {
    const played = replay({ ...log, commands: [{ kind: 'attack' }, { kind: 'attack' }] }, ROSTER, 9);
    const text = vitestFileFor(played.input, played.events, 9, new Date('2025-01-01T00:00:00Z'));
    expect(text).toContain("import { replay, type InputLog } from '../src/core/replay.ts';");
    expect(text).toContain("import { loadRoster } from '../src/cli/load-roster.ts';");
    expect(text).toContain('replay(log, roster, 9)');
    expect(text).toContain('expect(plain(battle.events)).toEqual(expected);');
    expect(inline(text, 'log')).toEqual(played.input);
    // What the file asserts holds: replaying its log gives its inline events.
    const again = replay(inline(text, 'log') as InputLog, ROSTER, 9);
    expect(plain(again.events)).toEqual(inline(text, 'expected'));
  });

  it('replays to the end when the battle is over', () => {
    const text = vitestFileFor(log, [], null);
    expect(text).toContain('replay(log, roster)');
    expect(logFileName(log, '.test.ts')).toBe('coroutine-quest-battle-seed3.test.ts');
  });
});
