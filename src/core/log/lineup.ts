// From an input log to a battle: who fights (ids, names, starting HP and MP) and the two ways to
// start one, startBattle (the game's rule) and startClassic (the seed's two counters).
import { Battle } from '../battle.ts';
import type { BattleOptions, Recruit } from '../battle-types.ts';
import type { CombatantInfo, SaidLine } from '../events.ts';
import type { LocalText } from '../protocol.ts';
import type { Roster } from '../roster.ts';
import { MAX_ENEMIES, MAX_PARTY, type BattleLog } from './input-log.ts';
import { foeStats, spellsOf, statsAt } from '../growth.ts';

/** The seed's coroutine_hp_counter: src/combatants/classic.ts, handed in by whoever starts a classic battle. */
export type ClassicCounter = (name: string, initialHp: number, say: (line: SaidLine) => void) => Generator<number, number, number | undefined>;

export interface ClassicOptions extends BattleOptions {
  readonly counter?: ClassicCounter;
}

/** The seed's two counters: `coroutine_hp_counter("ゆうしゃ", 100)` and `("スライム", 20)`. */
export const CLASSIC_CAST = [
  { id: 'hero', kind: 'hero', name: { ja: 'ゆうしゃ', en: 'Hero' }, side: 'hero', sprite: 'hero', hp: 100 },
  { id: 'slime', kind: 'slime', name: { ja: 'スライム', en: 'Slime' }, side: 'enemy', sprite: 'slime', hp: 20 },
] as const;

export function startBattle(log: BattleLog, roster: Roster, options?: BattleOptions): Battle {
  const problem = checkLineup(log, roster);
  if (problem) throw new Error(problem);
  // The log's own keys in its own order: saved logs stay byte-identical.
  const fresh: BattleLog = { ...log, commands: [] };
  const kinds = [...log.party.map((p) => p.kind), ...log.enemies];
  const ids = assignIds(kinds);
  const names = assignNames(kinds.map((k) => roster.get(k)!.name), kinds);
  const recruits: Recruit[] = kinds.map((kind, i) => {
    const def = roster.get(kind)!;
    const member = i < log.party.length ? log.party[i] : undefined;
    // A level above 1 grows the stats (growth.ts); level 1 keeps the file's own, so old logs are unchanged.
    const stats = member ? statsAt(kind, def.stats, member.level) : foeStats(def.stats, log.foeLevel);
    const hp = clampStart(member?.hp, stats.maxHp, 1);
    const mp = clampStart(member?.mp, stats.maxMp, 0);
    const info: CombatantInfo = {
      id: ids[i]!, kind, name: names[i]!, side: def.side, sprite: def.sprite,
      maxHp: stats.maxHp, maxMp: stats.maxMp, hp, mp, boss: def.boss ?? false,
    };
    return {
      info,
      stats,
      spells: member ? spellsOf(kind, member.level) : null, // a field, not a spread: this is set-up time
      make: (tools) => def.create(hp, { self: info.id, rng: tools.rng, stats, startMp: mp, foes: tools.foes, allies: tools.allies }),
    };
  });
  return new Battle(log.seed, 'battle', recruits, fresh, options);
}

/** The same keys in the same order as always: the battleStart event is part of every log. Shared and frozen, as nothing writes them. */
const CLASSIC_INFO: readonly CombatantInfo[] = CLASSIC_CAST.map((c) => Object.freeze({ id: c.id, kind: c.kind, name: c.name, side: c.side, sprite: c.sprite, hp: c.hp, maxHp: c.hp, maxMp: 0, mp: 0, boss: false }));
const CLASSIC_STATS = CLASSIC_CAST.map((c) => Object.freeze({ maxHp: c.hp, maxMp: 0, attack: Object.freeze([5, 10] as const) }));

/** The seed's run(); `options.counter` is the classic counter (the game swaps it on a hot reload). */
export function startClassic(seed: number, damage: readonly number[] = [], options: ClassicOptions = {}): Battle {
  // Injected only: the game's hot-reload registry, the CLI and the tests each hand in classic.ts's.
  const counter = options.counter;
  if (!counter) throw new Error('a classic battle needs its counter: pass { counter: hpCounter } (src/combatants/classic.ts)');
  // Built field by field, not mapped: this is most of a classic battle's set-up.
  const recruits: Recruit[] = [
    { info: CLASSIC_INFO[0]!, stats: CLASSIC_STATS[0]!, make: (tools) => counter(CLASSIC_CAST[0].name.ja, CLASSIC_CAST[0].hp, tools.say) },
    { info: CLASSIC_INFO[1]!, stats: CLASSIC_STATS[1]!, make: (tools) => counter(CLASSIC_CAST[1].name.ja, CLASSIC_CAST[1].hp, tools.say) },
  ];
  return new Battle(seed, 'classic', recruits, { version: 1, mode: 'classic', seed, damage: damage.length === 0 ? [] : damage.slice() }, options);
}

function clampStart(value: number | undefined, max: number, min: number): number {
  return value === undefined ? max : Math.max(min, Math.min(max, Math.round(value)));
}

function counts(kinds: readonly string[]): Map<string, number> {
  const total = new Map<string, number>();
  for (const k of kinds) total.set(k, (total.get(k) ?? 0) + 1);
  return total;
}

/** `slime`, or `slime-1`, `slime-2` when there are several. Linear in the lineup. */
function assignIds(kinds: readonly string[]): string[] {
  const total = counts(kinds);
  const seen = new Map<string, number>();
  return kinds.map((k) => {
    const n = (seen.get(k) ?? 0) + 1;
    seen.set(k, n);
    return total.get(k)! > 1 ? `${k}-${n}` : k;
  });
}

/** Dragon Quest style: スライムA, スライムB. Linear in the lineup. */
function assignNames(names: readonly LocalText[], kinds: readonly string[]): LocalText[] {
  const total = counts(kinds);
  const seen = new Map<string, number>();
  return names.map((name, i) => {
    const kind = kinds[i]!;
    if (total.get(kind)! < 2) return name;
    const n = seen.get(kind) ?? 0;
    seen.set(kind, n + 1);
    const letter = String.fromCharCode(65 + n);
    return { ja: `${name.ja}${letter}`, en: `${name.en} ${letter}` };
  });
}

function checkLineup(log: BattleLog, roster: Roster): string | null {
  if (log.party.length === 0) return 'the party is empty';
  if (log.enemies.length === 0) return 'there are no enemies';
  if (log.party.length > MAX_PARTY) return `the party has ${log.party.length} members; at most ${MAX_PARTY} are allowed`;
  if (log.enemies.length > MAX_ENEMIES) return `there are ${log.enemies.length} enemies; at most ${MAX_ENEMIES} are allowed`;
  for (const p of log.party) {
    const def = roster.get(p.kind);
    if (!def) return `unknown party member ${JSON.stringify(p.kind)}`;
    if (def.side !== 'hero') return `${p.kind} is an enemy, not a party member`;
  }
  for (const kind of log.enemies) {
    const def = roster.get(kind);
    if (!def) return `unknown enemy ${JSON.stringify(kind)} (known: ${[...roster.keys()].filter((k) => roster.get(k)!.side === 'enemy').join(', ')})`;
    if (def.side !== 'enemy') return `${kind} is a party member, not an enemy`;
  }
  return null;
}
