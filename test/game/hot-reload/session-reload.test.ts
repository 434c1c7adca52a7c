// Hot swap in Node: BattleSession.reload replays the input log with a new roster up to the same
// step, silently, and reports whether (and where) the new code changed the battle.
import { WITH_CLASSIC } from '../../helpers.ts'; // classic battles play src/combatants/classic.ts
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BattleEvent } from '../../../src/core/events';
import type { CombatantDef } from '../../../src/core/protocol';
import { replay, type BattleLog } from '../../../src/core/replay';
import { collectRoster, type Roster } from '../../../src/core/roster';
import { applyModules } from '../../../src/game/hot-reload/combatant-registry';
import { compareRuns, formatReload } from '../../../src/game/hot-reload/reload-report';
import { BattleSession } from '../../../src/game/battle/session';

let roster: Roster;
let modules: Record<string, unknown>;
beforeAll(async () => {
  const dir = fileURLToPath(new URL('../../../src/combatants/', import.meta.url));
  const files = readdirSync(dir).filter((f) => f.endsWith('.ts'));
  modules = Object.fromEntries(await Promise.all(files.map(async (f) => [`../combatants/${f}`, await import(`${dir}${f}`)] as const)));
  roster = collectRoster(Object.entries(modules).map(([path, module]) => ({ path, module }))).roster;
});

const ONE: BattleLog = { version: 1, mode: 'battle', seed: 3, party: [{ kind: 'hero' }], enemies: ['slime'], commands: [] };
const TWO: BattleLog = { ...ONE, enemies: ['slime', 'bat'] };

/** Steps like the battle driver, giving `commands` commands (attack `target`, or the first enemy). */
function play(session: BattleSession, commands: number, target?: string): void {
  let given = 0;
  while (session.battle.outcome === null) {
    const r = session.step();
    if (r.waitingFor && !r.resumed) {
      if (given === commands) return;
      expect(session.submit({ kind: 'attack', target: target ?? session.battle.living('enemy')[0]! })).toEqual({ ok: true });
      given++;
    }
  }
}

/** The roster with `kind` replaced, like a saved file whose module was swapped in. */
function withDef(kind: string, change: (def: CombatantDef) => CombatantDef): Roster {
  const next = new Map(roster);
  next.set(kind, change(roster.get(kind)!));
  return next;
}

const json = (events: readonly BattleEvent[]) => JSON.parse(JSON.stringify(events)) as unknown;

describe('BattleSession.reload (hot swap)', () => {
  it('same code: replays to the same step silently, resets with reason reload, no divergence', () => {
    const session = new BattleSession(TWO, roster);
    play(session, 2);
    const steps = session.battle.stepCount;
    const before = json(session.battle.events);
    const old = session.battle;
    const heard: string[] = [];
    session.subscribe({
      onEvent: (_e, silent) => heard.push(silent ? 'silent' : 'live'),
      onReset: (_b, why) => heard.push(`reset:${why}`),
      onReload: (r) => heard.push(`reload:${r.file}`),
    });
    const report = session.reload(new Map(roster), ['slime.ts']);
    expect(report).toMatchObject({ file: 'slime.ts', files: ['slime.ts'], steps, stepsBefore: steps, diverged: null, problems: [] });
    expect(session.battle).not.toBe(old);
    expect(session.battle.stepCount).toBe(steps);
    expect(json(session.battle.events)).toEqual(before);
    expect(heard.slice(-2)).toEqual(['reset:reload', 'reload:slime.ts']);
    expect(heard.slice(0, -2).every((h) => h === 'silent')).toBe(true);
    expect(session.lastReload).toBe(report);
    expect(formatReload(report, 'en')).toBe(`reloaded slime.ts, replayed ${steps} steps`);
    expect(formatReload(report, 'ja')).toBe(`slime.ts を さいよみこみ: ${steps} ステップを さいげん`);
    // The battle goes on live from there, and its log still replays to its events.
    heard.length = 0;
    play(session, 1);
    expect(heard.length).toBeGreaterThan(0);
    expect(heard.every((h) => h === 'live')).toBe(true);
    expect(json(replay(session.inputLog(), roster).events)).toEqual(json(session.battle.events));
  });

  it('a stronger slime: reports the first differing event and its step', () => {
    const session = new BattleSession(TWO, roster);
    play(session, 2);
    const steps = session.battle.stepCount;
    const strong = withDef('slime', (d) => ({ ...d, stats: { ...d.stats, attack: [15, 15] } }));
    const report = session.reload(strong, ['slime.ts']);
    expect(report.steps).toBe(steps);
    expect(report.diverged).not.toBeNull();
    const d = report.diverged!;
    expect(d.step).toBeGreaterThan(0);
    expect(d.step).toBeLessThanOrEqual(steps);
    // The slime's first hit is sent into the hero's generator: that resume is where the runs part.
    expect(d.before.en).toMatch(/^Hero\.send\(-[3-6]\) → yield \{"hp":\d+,"mp":30\}$/);
    expect(d.after.en).toMatch(/^Hero\.send\(-(1[5-9]|[2-9]\d)\) → yield \{"hp":\d+,"mp":30\}$/);
    expect(d.before.ja).toMatch(/^ゆうしゃ\.send\(-/);
    expect(session.battle.events[d.index]).toMatchObject({ type: 'resume', entry: { task: 'hero', step: d.step } });
    expect(formatReload(report, 'en')).toBe(`reloaded slime.ts, replayed ${steps} steps, diverged at step ${d.step}: before: ${d.before.en}, after: ${d.after.en}`);
    expect(formatReload(report, 'ja')).toContain(`${d.step} ステップめで けっかが かわった: まえ: ゆうしゃ.send(-`);
    // The swapped code is what runs from now on.
    play(session, 1);
    const hits = session.battle.events.filter((e): e is Extract<BattleEvent, { type: 'damage' }> => e.type === 'damage' && e.source === 'slime');
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((h) => h.amount >= 10 || h.defended)).toBe(true);
  });

  it('a slime that dies at once: an old command becomes impossible, which is a divergence, not a crash', () => {
    const session = new BattleSession(TWO, roster);
    play(session, 3, 'slime');
    const stepsBefore = session.battle.stepCount;
    const quitter = withDef('slime', (d) => ({ ...d, *create() { return 0; } }) as CombatantDef);
    const report = session.reload(quitter, ['slime.ts']);
    expect(report.diverged).not.toBeNull();
    expect(report.steps).toBeLessThan(stepsBefore);
    const log = session.inputLog();
    expect(log.mode === 'battle' && log.commands.length).toBeLessThan(3);
    expect(formatReload(report, 'en')).toMatch(/diverged at step \d+: before: .+, after: .+/);
    // The new battle carries on: the hero is asked again and the bat can be attacked.
    const r = session.step();
    expect(r.waitingFor).toBe('hero');
    expect(session.submit({ kind: 'attack', target: 'bat' })).toEqual({ ok: true });
  });

  it('a refused command is reported where it happened', () => {
    const before: BattleEvent[] = [{ type: 'battleStart', seed: 1, rule: 'battle', combatants: [] }];
    const d = compareRuns(before, before, 4, 4, '{"kind":"attack","target":"slime"}: no such target');
    expect(d).toMatchObject({ index: 1, before: { en: '(nothing)' }, after: { en: 'command refused: {"kind":"attack","target":"slime"}: no such target' } });
    expect(compareRuns(before, before, 4, 4)).toBeNull();
  });

  it('new code that cannot start the battle keeps the old battle running', () => {
    const session = new BattleSession(ONE, roster);
    play(session, 1);
    const old = session.battle;
    const noSlime = new Map(roster);
    noSlime.delete('slime');
    const report = session.reload(noSlime, ['slime.ts']);
    expect(session.battle).toBe(old);
    expect(report.diverged?.after.en).toMatch(/^cannot start: unknown enemy "slime"/);
    // Still live: the old battle's events are forwarded as before.
    const heard: boolean[] = [];
    session.subscribe({ onEvent: (_e, silent) => heard.push(silent) });
    play(session, 1);
    expect(heard.length).toBeGreaterThan(0);
    expect(heard.every((s) => !s)).toBe(true);
  });

  it('names files whose new code is unusable, and replays the classic counter too', () => {
    const session = new BattleSession({ version: 1, mode: 'classic', seed: 5, damage: [] }, roster, {}, () => WITH_CLASSIC.counter);
    for (let i = 0; i < 6; i++) session.step();
    const report = session.reload(roster, ['classic.ts'], ['classic.ts: failed to load (boom)']);
    expect(report).toMatchObject({ steps: 6, diverged: null });
    expect(formatReload(report, 'en')).toBe('classic.ts: failed to load (boom); keeping its old code\nreplayed 6 steps');
    expect(formatReload(report, 'ja')).toBe('classic.ts: failed to load (boom): ふるい コードの まま つづけます\n6 ステップを さいげん');
  });
});

describe('the live roster registry (applyModules)', () => {
  it('swaps only the definitions whose module changed, in place', () => {
    const live = new Map(roster);
    const slime = roster.get('slime')!;
    const changed = { default: { ...slime, stats: { ...slime.stats, attack: [9, 9] } } };
    const swap = applyModules(modules, { ...modules, '../combatants/slime.ts': changed }, ['slime.ts'], live);
    expect(swap).toMatchObject({ files: ['slime.ts'], kinds: ['slime'], problems: [] });
    expect(swap.roster).toBe(live);
    expect(live.get('slime')!.stats.attack).toEqual([9, 9]);
    expect(live.get('bat')).toBe(roster.get('bat'));
  });

  it('keeps the old definition of a file that no longer exports one, and says why', () => {
    const live = new Map(roster);
    const swap = applyModules(modules, { ...modules, '../combatants/slime.ts': { x: 1 } }, [], live);
    expect(swap.files).toEqual(['slime.ts']);
    expect(swap.kinds).toEqual([]);
    expect(swap.problems).toEqual([expect.stringMatching(/^slime\.ts: exports no combatant definition/)]);
    expect(live.get('slime')).toBe(roster.get('slime'));
  });
});
