// `npm run balance`: how the 8 floors play for the auto player (autoCommand for the hero and the
// companions, src/core/policy.ts) over seeds 1–300, straight through the core as the CLI runs it (no
// browser, no timing). Whole adventures, no retries: party, levels, gold and the bag carried as
// the game carries them (afterVictory); a loss ends the run. A round is one turn of the hero's
// side: the most turns any party member got or skipped (its turnStart events).
import { driveBattle } from '../src/core/drive.ts';
import { autoCommand } from '../src/core/policy.ts';
import { FLOORS, afterVictory, floorBattle, newProgress, type Progress } from '../src/core/progress.ts';
import { startBattle } from '../src/core/replay.ts';
import type { Roster } from '../src/core/roster.ts';
import { loadRoster } from '../src/cli/load-roster.ts';

export interface FloorFight {
  readonly won: boolean;
  readonly rounds: number;
}

export interface Adventure {
  readonly cleared: boolean;
  readonly fights: readonly FloorFight[];
}

/** One adventure from its seed, every floor in order until a loss. */
export function playAdventure(seed: number, roster: Roster): Adventure {
  let p: Progress = newProgress(seed, roster);
  const fights: FloorFight[] = [];
  for (let i = 0; i < FLOORS.length; i++) {
    const battle = startBattle(floorBattle(p), roster, { trace: false });
    const stop = driveBattle(battle, (actor) => autoCommand(battle, actor));
    if (stop.refused) throw new Error(`balance: command refused on floor ${i + 1}, seed ${seed}: ${stop.refused.error}`);
    const turns = new Map<string, number>();
    for (const e of battle.events) if (e.type === 'turnStart' && battle.info(e.actor)?.side === 'hero') turns.set(e.actor, (turns.get(e.actor) ?? 0) + 1);
    const rounds = Math.max(0, ...turns.values());
    const won = battle.outcome === 'victory';
    fights.push({ won, rounds });
    if (!won) return { cleared: false, fights };
    p = afterVictory(p, { events: battle.events, combatants: battle.snapshot().combatants }, roster).progress;
  }
  return { cleared: true, fights };
}

export function median(xs: readonly number[]): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** Per floor: fought, lost (share of those that fought it), median rounds of all its battles. */
export function floorTable(runs: readonly Adventure[]): { fought: number; lost: number; rounds: number }[] {
  return FLOORS.map((_, i) => {
    const fights = runs.map((r) => r.fights[i]).filter((f): f is FloorFight => f !== undefined);
    return { fought: fights.length, lost: fights.filter((f) => !f.won).length, rounds: median(fights.map((f) => f.rounds)) };
  });
}

async function main(): Promise<void> {
  const SEEDS = 300;
  const { roster, problems } = await loadRoster();
  if (problems.length > 0) throw new Error(`balance: the roster has problems: ${JSON.stringify(problems)}`);
  const runs = Array.from({ length: SEEDS }, (_, s) => playAdventure(s + 1, roster));
  const pct = (n: number, of: number) => `${of === 0 ? '—' : ((100 * n) / of).toFixed(1)}%`.padStart(7);
  console.log(`Auto player (autoCommand, companions too), seeds 1–${SEEDS}, whole adventures, no retries.\n`);
  console.log(`${'floor'.padEnd(52)} ${'fought'.padStart(7)} ${'lost'.padStart(7)} ${'rounds'.padStart(7)}`);
  floorTable(runs).forEach((row, i) => {
    const f = FLOORS[i]!;
    const label = `${i + 1}${f.boss ? ' (boss)' : f.midBoss ? ' (mid-boss)' : ''}: ${f.enemies.join(', ')}`;
    console.log(`${label.padEnd(52)} ${String(row.fought).padStart(7)} ${pct(row.lost, row.fought)} ${(Number.isNaN(row.rounds) ? '—' : row.rounds.toFixed(1)).padStart(7)}`);
  });
  const cleared = runs.filter((r) => r.cleared).length;
  const all = runs.flatMap((r) => r.fights.map((f) => f.rounds));
  console.log(`\nadventure clear rate: ${pct(cleared, SEEDS).trim()} (${cleared}/${SEEDS}); median battle: ${median(all).toFixed(1)} rounds`);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
