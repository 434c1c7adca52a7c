// Shared builders for the unit tests. Every test that needs a seed starts from DEFAULT_SEED.
import { fileURLToPath } from 'node:url';
import { Battle, type Recruit, type RecruitTools } from '../src/core/battle.ts';
import type { BattleEvent, BattleEventType, CombatantInfo, EventOf } from '../src/core/events.ts';
import { autoCommand } from '../src/core/policy.ts';
import type { CombatantDef, Context, Side, Status } from '../src/core/protocol.ts';
import { startBattle, type BattleLog, type PartyMember } from '../src/core/replay.ts';
import { createRng } from '../src/core/rng.ts';
import type { Roster } from '../src/core/roster.ts';
import { loadRoster } from '../src/cli/load-roster.ts';
export { WITH_CLASSIC } from './setup-classic.ts';

export const DEFAULT_SEED = 42;

export const FIXTURE_COMBATANTS = fileURLToPath(new URL('./fixtures/combatants/', import.meta.url));

let real: Promise<Roster> | null = null;
let withFixtures: Promise<Roster> | null = null;

/** src/combatants, loaded the way the CLI loads it. A skipped file is a failure here. */
export function loadTestRoster(): Promise<Roster> {
  real ??= loadRoster().then(({ roster, problems }) => {
    if (problems.length > 0) throw new Error(`src/combatants has problems: ${problems.join('; ')}`);
    return roster;
  });
  return real;
}

/**
 * The misbehaving monsters these tests own. test/fixtures/combatants is shared with other suites
 * (some fixtures there never yield without the build-time loop guard), so they are named, not globbed.
 */
export const FAULT_FIXTURES = ['thrower', 'nan-hp', 'stringy', 'nully', 'wrong-shape', 'phantom-target', 'zombie'] as const;

/** The real roster plus FAULT_FIXTURES. */
export function loadFixtureRoster(): Promise<Roster> {
  withFixtures ??= (async () => {
    const fixtures = await loadRoster(FIXTURE_COMBATANTS, FAULT_FIXTURES);
    if (fixtures.problems.length > 0) throw new Error(`fixtures have problems: ${fixtures.problems.join('; ')}`);
    return new Map([...(await loadTestRoster()), ...fixtures.roster]);
  })();
  return withFixtures;
}

export function battleLog(enemies: readonly string[], seed = DEFAULT_SEED, party: readonly PartyMember[] = [{ kind: 'hero' }]): BattleLog {
  return { version: 1, mode: 'battle', seed, party, enemies, commands: [] };
}

/** A battle played to the end by the built-in policy, warnings collected instead of printed. */
export function autoBattle(roster: Roster, enemies: readonly string[], seed = DEFAULT_SEED): { battle: Battle; warnings: string[] } {
  const warnings: string[] = [];
  const battle = startBattle(battleLog(enemies, seed), roster, { monitor: { onWarn: (m) => warnings.push(m) } });
  battle.runToEnd(autoCommand);
  return { battle, warnings };
}

export function eventsOf<T extends BattleEventType>(events: readonly BattleEvent[], type: T): EventOf<T>[] {
  return events.filter((e): e is EventOf<T> => e.type === type);
}

/** A hand-made combatant for a Battle built directly, when a test needs a generator no roster has. */
export function recruit(
  id: string,
  side: Side,
  make: (tools: RecruitTools) => Generator<unknown, unknown, unknown>,
  hp = 10,
): Recruit {
  const info: CombatantInfo = {
    id, kind: id, name: { ja: id, en: id }, side, sprite: id, maxHp: hp, maxMp: 0, hp, mp: 0, boss: false,
  };
  return { info, stats: { maxHp: hp, maxMp: 0, attack: [1, 1] }, make };
}

export function directBattle(recruits: readonly Recruit[], warnings: string[] = []): Battle {
  return new Battle(DEFAULT_SEED, 'battle', recruits, { version: 1, mode: 'battle', seed: DEFAULT_SEED, party: [], enemies: [], commands: [] }, {
    monitor: { onWarn: (m) => warnings.push(m) },
  });
}

/** One resume of a combatant driven by hand; it must yield a status, not return. */
export function nextStatus<S>(g: Generator<Status, unknown, S>, ...sent: [] | [S]): Status {
  const r = g.next(...sent);
  if (r.done) throw new Error(`it returned ${String(r.value)} instead of yielding`);
  return r.value;
}

/** A Context for driving a combatant's generator by hand, outside any battle. */
export function context(def: CombatantDef, seed = DEFAULT_SEED, self = def.kind): Context {
  return { self, rng: createRng(seed), stats: def.stats, startMp: def.stats.maxMp, foes: () => ['hero'], allies: () => [self] };
}

// The seed's printed output (memo lines ~392-409), for the draws 8, 9, 7, 8, 7, 10.
export const SEED_DAMAGE = [8, 9, 7, 8, 7, 10] as const;

export const SEED_TRANSCRIPT = [
  'ゆうしゃ のげんざいのHP: 100',
  'ゆうしゃ は 8 のダメージ!',
  'ゆうしゃ のげんざいのHP: 92',
  'スライム のげんざいのHP: 20',
  'スライム は 9 のダメージ!',
  'スライム のげんざいのHP: 11',
  'ゆうしゃ のげんざいのHP: 92',
  'ゆうしゃ は 7 のダメージ!',
  'ゆうしゃ のげんざいのHP: 85',
  'スライム のげんざいのHP: 11',
  'スライム は 8 のダメージ!',
  'スライム のげんざいのHP: 3',
  'ゆうしゃ のげんざいのHP: 85',
  'ゆうしゃ は 7 のダメージ!',
  'ゆうしゃ のげんざいのHP: 78',
  'スライム のげんざいのHP: 3',
  'スライム は 10 のダメージ!',
  'スライム はしんでしまった',
];
