import { describe, expect, it } from 'vitest';
import type { BattleLog } from '../../../src/core/replay.ts';
import { replay } from '../../../src/core/replay.ts';
import { plain } from '../../../src/core/event-key.ts';
import { BranchBook, MAX_BRANCHES, commandWaits, readBranches, sentNumbers } from '../../../src/game/debug/branches.ts';
import { compareTwo, hpOverSteps } from '../../../src/game/debug/compare-model.ts';
import { autoBattle, loadTestRoster } from '../../helpers.ts';

const roster = await loadTestRoster();
const { battle: played } = autoBattle(roster, ['slime'], 1);
const run = { log: played.input, steps: played.stepCount };

describe('BranchBook', () => {
  it('forks a send: a new shown branch whose battle sends the new value, the old branch kept', () => {
    const book = new BranchBook(run);
    const r = book.fork({ step: 4, value: -20 }, roster, undefined, played.events);
    expect(r.ok).toBe(true);
    expect(book.branches).toHaveLength(2);
    expect(book.current.name).toBe('4: send -20');
    expect(book.branches[0]!.log).toEqual(played.input);
    const forked = replay(book.current.log, roster);
    expect(sentNumbers(forked.events).get(4)).toBe(-20);
    expect(forked.stepCount).toBeLessThan(played.stepCount);
    expect(book.current.steps).toBe(forked.stepCount);
    // Steps before the fork are the same events as the old branch's.
    const cut = (events: typeof played.events) => plain(events.slice(0, events.findIndex((e) => e.type === 'resume' && e.entry.step === 4)));
    expect(cut(forked.events)).toEqual(cut(played.events));
  });

  it('forks a command at a command wait, checked like a real command', () => {
    const book = new BranchBook(run);
    const wait = commandWaits(played.events)[0]!;
    expect(book.fork({ step: wait, command: { kind: 'defend' } }, roster, undefined, played.events).ok).toBe(true);
    expect((book.current.log as BattleLog).commands[0]).toEqual({ kind: 'defend' });
    const bad = book.fork({ step: wait, command: { kind: 'attack', target: 'nobody' } }, roster, undefined, played.events);
    expect(bad.ok === false && bad.why.en).toMatch(/^the command was refused: /);
    const nowhere = book.fork({ step: wait + 1, command: { kind: 'defend' } }, roster, undefined, played.events);
    expect(nowhere.ok === false && nowhere.why.en).toBe(`nobody is asked for a command at step ${wait + 1}`);
  });

  it('refuses a send fork on a step that sends no number, and a ninth branch', () => {
    const book = new BranchBook(run);
    const r = book.fork({ step: 3, value: -20 }, roster, undefined, played.events);
    expect(r.ok === false && r.why.en).toMatch(/^step 3 sends no damage or healing/);
    for (let i = 1; i < MAX_BRANCHES; i++) expect(book.fork({ step: 4, value: -i }, roster, undefined, played.events).ok).toBe(true);
    const ninth = book.fork({ step: 4, value: -19 }, roster, undefined, played.events);
    expect(ninth.ok === false && ninth.why.en).toBe('at most 8 branches per battle: delete one first');
  });

  it('renames, deletes (never the last) and goes through records and back', () => {
    const book = new BranchBook(run);
    book.fork({ step: 4, value: -20 }, roster, undefined, played.events);
    book.rename(book.current.id, `  what   if ${'x'.repeat(60)}`);
    expect(book.current.name).toBe(`what if ${'x'.repeat(32)}`);
    const records = book.records();
    expect(readBranches(JSON.parse(JSON.stringify(records)))).toEqual(records);
    const back = BranchBook.fromRecords(played.input, records);
    expect(back.current.name).toBe(book.current.name);
    expect((back.current.log as BattleLog).forks).toEqual([{ step: 4, value: -20 }]);
    expect(book.remove(book.current.id)).toBe(true);
    expect(book.remove(book.current.id)).toBe(false);
    expect(book.branches).toHaveLength(1);
  });

  it('reads bad branches with a precise message', () => {
    expect(readBranches('x')).toBe('branches must be a list');
    expect(readBranches([{ name: 'a', steps: 1, commands: [], forks: [{ step: 2, value: 0.5 }] }])).toMatch(/^branch 1: fork 1: value must be an integer/);
    expect(readBranches([{ name: 7, steps: 1, commands: [] }])).toMatch(/^branch 1: name must be a text/);
  });
});

describe('compare model', () => {
  it('finds the first difference in trace syntax and HP over steps aligned by step', () => {
    const book = new BranchBook(run);
    book.fork({ step: 4, value: -20 }, roster, undefined, played.events);
    const forked = replay(book.current.log, roster);
    const c = compareTwo(
      { label: 'main', events: played.events, steps: played.stepCount, outcome: played.outcome },
      { label: 'fork', events: forked.events, steps: forked.stepCount, outcome: forked.outcome },
    );
    expect(c.divergence?.step).toBe(4);
    expect(c.divergence?.before.en).toBe('Slime.send(-13) → yield {"hp":7}');
    expect(c.divergence?.after.en).toBe('Slime.send(-20) → return 0 (StopIteration)');
    const slime = c.lines.find((l) => l.info.id === 'slime')!;
    expect(slime.a).toHaveLength(played.stepCount + 1);
    expect(slime.b).toHaveLength(forked.stepCount + 1);
    expect(slime.a.slice(0, 4)).toEqual(slime.b.slice(0, 4));
    expect([slime.a[4], slime.b[4]]).toEqual([7, 0]);
    expect(hpOverSteps(played.events, played.stepCount).get('slime')!.at(-1)).toBe(0);
  });
});
