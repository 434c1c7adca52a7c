import { beforeAll, describe, expect, it } from 'vitest';
import { loadRoster } from '../../src/cli/load-roster.ts';
import type { BattleEvent } from '../../src/core/events.ts';
import { transcript } from '../../src/core/messages.ts';
import { startBattle } from '../../src/core/replay.ts';
import type { Roster } from '../../src/core/roster.ts';
import { checkYieldedHp, lineInStack } from '../../src/core/status-rules.ts';
import { randomPolicy } from '../../src/cli/fuzz-play.ts';

let roster: Roster;
beforeAll(async () => {
  roster = new Map([...(await loadRoster()).roster, ...(await loadRoster('test/fixtures/rules')).roster]);
});

/** The first seed whose battle against `kind` alone has a fault, and its events and warnings. */
function firstFault(kind: string): { events: BattleEvent[]; warnings: string[]; fault: Extract<BattleEvent, { type: 'fault' }> } {
  for (let seed = 1; seed <= 300; seed++) {
    const warnings: string[] = [];
    const b = startBattle({ version: 1, mode: 'battle', seed, party: [{ kind: 'hero' }], enemies: [kind], commands: [] }, roster, { monitor: { onWarn: (m) => warnings.push(m) } });
    b.runToEnd(randomPolicy(seed));
    const fault = b.events.find((e) => e.type === 'fault');
    if (fault?.type === 'fault') {
      expect(b.snapshot().combatants.find((c) => c.id === kind)!.state).toBe('errored');
      return { events: b.events, warnings, fault };
    }
  }
  throw new Error(`${kind}: no fault in 300 seeds`);
}

describe('each engine rule: a fault naming the monster, file and line, in English and Japanese', () => {
  it.each([
    ['dies-but-yields', 'hp-after-death', 'Undying Slime (しなないスライム) still yielded after its HP reached -', 'dies-but-yields.ts:11', 'return 0'],
    ['wrong-sign', 'hp-wrong-sign', 'Backwards Slime (さかさスライム) was sent -', 'wrong-sign.ts:11', 'never hp -= received'],
    ['overheals', 'hp-above-max', 'Swelling Slime (ふえるスライム) yielded HP 33 at overheals.ts:12, above its maxHp 30', 'overheals.ts:12', 'hurtOrHeal'],
    ['half-damage', 'hp-not-integer', 'Halving Slime (はんぶんスライム) yielded HP ', 'half-damage.ts:11', 'whole number'],
    ['asks-command', 'enemy-command', "Undecided Slime (まよいスライム) yielded act: 'command' at asks-command.ts:12", 'asks-command.ts:12', "only a party member (side 'hero')"],
    ['finally-throws', 'finally-throw', 'Messy Slime (あとしまつスライム) threw Error: the cleanup went wrong from its finally block during return()', 'finally-throws.ts:17', 'must not throw'],
    ['finally-yields-once', 'finally-yield', 'Lingering Slime (なごりスライム) yielded from its finally block during return()', 'finally-yields-once.ts:17', 'zombie'],
  ])('%s → %s', (kind, rule, start, where, advice) => {
    const { events, warnings, fault } = firstFault(kind);
    expect(fault.rule).toBe(rule);
    expect(fault.message.startsWith(start)).toBe(true);
    expect(fault.message).toContain(where);
    expect(fault.message).toContain(advice);
    const [en, ja] = fault.message.split('\n');
    expect(ja).toContain(where);
    expect(ja).toMatch(/[ぁ-ん]/);
    expect(en!.slice(en!.indexOf(') ') + 2)).not.toMatch(/[ぁ-ん]/);
    // Warned once, shown as a glitch, and the battle still ended by its rules.
    expect(warnings.filter((w) => w.includes(fault.message))).toHaveLength(1);
    expect(transcript(events, 'ja')).toContain(`${kind === 'asks-command' ? 'まよいスライム' : start.split('(')[1]!.split(')')[0]} は バグってしまった!`);
    expect(events.filter((e) => e.type === 'battleEnd')).toHaveLength(1);
  });
});

describe('checkYieldedHp', () => {
  it('accepts the ordinary cases: hurt, healed, capped, a metal slime taking 1 for 12, its own turn', () => {
    expect(checkYieldedHp(8, 20, -12, 20, null, 'slime')).toBeNull();
    expect(checkYieldedHp(19, 20, -12, 20, null, 'metal-slime')).toBeNull();
    expect(checkYieldedHp(20, 5, 30, 20, null, 'slime')).toBeNull();
    expect(checkYieldedHp(20, 20, undefined, 20, null, 'slime')).toBeNull();
  });

  it('names the rule, and the file when the source was not instrumented', () => {
    expect(checkYieldedHp(-3, 4, -7, 20, null, 'slime')?.rule).toBe('hp-after-death');
    expect(checkYieldedHp(0, 4, -4, 20, null, 'slime')?.rule).toBe('hp-after-death');
    expect(checkYieldedHp(21, 20, undefined, 20, null, 'slime')?.rule).toBe('hp-above-max');
    expect(checkYieldedHp(2 ** 53, 20, undefined, 9999, null, 'slime')?.rule).toBe('hp-not-integer');
    expect(checkYieldedHp(5.5, 20, undefined, 20, null, 'slime')?.rule).toBe('hp-not-integer');
    expect(checkYieldedHp(15, 10, -5, 20, null, 'slime')?.rule).toBe('hp-wrong-sign');
    expect(checkYieldedHp(5, 10, 5, 20, { file: 'slime.ts', line: 9 }, 'slime')?.text.en).toBe(
      'was sent 5 (healing) but its HP went from 10 to 5 (at slime.ts:9). The number sent in is already negative for damage: add it, hp += received (or hurtOrHeal), never hp -= received',
    );
    expect(checkYieldedHp(-3, 4, -7, 20, null, 'slime')?.text.en).toContain('(at slime.ts)');
  });

  it('reads the line of a file from an error stack', () => {
    const e = new Error('x');
    e.stack = 'Error: x\n    at create (file:///w/test/fixtures/rules/finally-throws.ts:17:23)';
    expect(lineInStack(e, 'finally-throws.ts')).toBe(17);
    expect(lineInStack(e, 'slime.ts')).toBeNull();
    expect(lineInStack('not an error', 'slime.ts')).toBeNull();
  });
});

describe('enemy MP: the engine keeps it, charges it, and a spell without enough wastes the turn', () => {
  it('she-slime pays 3 MP per ホイミ out of 6, then 「MPが たりない!」 (not a fault)', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const b = startBattle({ version: 1, mode: 'battle', seed, party: [{ kind: 'hero' }], enemies: ['she-slime'], commands: [] }, roster);
      b.runToEnd(randomPolicy(seed));
      const short = b.events.findIndex((e) => e.type === 'noMp');
      if (short < 0) continue;
      const casts = b.events.slice(0, short).filter((e) => e.type === 'action' && e.actor === 'she-slime' && e.act.kind === 'spell');
      expect(casts).toHaveLength(3); // two paid, the third refused
      expect(b.events[short]).toEqual({ type: 'noMp', actor: 'she-slime', spell: 'hoimi', mp: 0 });
      expect(b.events[short + 1]?.type).not.toBe('heal');
      expect(b.events.some((e) => e.type === 'fault')).toBe(false);
      expect(transcript(b.events, 'ja')).toContain('MPが たりない!');
      expect(transcript(b.events, 'en')).toContain('Not enough MP!');
      return;
    }
    throw new Error('no seed ran she-slime out of MP');
  });
});
