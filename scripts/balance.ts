// `npm run balance`: how the floors play for the auto player (autoCommand, src/core/policy.ts) over
// seeds 1–300, straight through the core as the CLI runs it (no browser, no timing). Two views:
// each floor fought fresh (full HP and MP), and whole adventures (HP and MP carried, MP rested
// between floors as the game does). A round is one turn of the hero (everyone alive acts once).
import { FLOORS, advance, floorBattle, newProgress, type Progress } from '../src/core/adventure.ts';
import { driveBattle } from '../src/core/drive.ts';
import { autoCommand } from '../src/core/policy.ts';
import { startBattle } from '../src/core/replay.ts';
import { loadRoster } from '../src/cli/load-roster.ts';

const SEEDS = 300;

interface Fight {
  readonly won: boolean;
  readonly rounds: number;
  readonly hp: number;
  readonly mp: number;
}

const { roster, problems } = await loadRoster();
if (problems.length > 0) throw new Error(`balance: the roster has problems: ${JSON.stringify(problems)}`);
const { maxHp, maxMp } = roster.get('hero')!.stats;

function fight(progress: Progress): Fight {
  const battle = startBattle(floorBattle(progress), roster);
  const stop = driveBattle(battle, (actor) => autoCommand(battle, actor));
  if (stop.refused) throw new Error(`balance: command refused: ${stop.refused.error}`);
  const snap = battle.snapshot();
  const me = snap.combatants.find((c) => c.side === 'hero')!;
  const rounds = battle.events.filter((e) => e.type === 'turnStart' && e.actor === me.id).length;
  return { won: battle.outcome === 'victory', rounds, hp: me.hp, mp: me.mp };
}

const median = (xs: readonly number[]): number => {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const pct = (n: number, of: number) => `${((100 * n) / of).toFixed(1)}%`.padStart(7);
const num = (x: number) => (Number.isNaN(x) ? '—' : x.toFixed(1)).padStart(7);

function row(label: string, fights: readonly Fight[], of: number): string {
  const won = fights.filter((f) => f.won);
  return `${label.padEnd(34)} ${String(fights.length).padStart(7)} ${pct(won.length, of)} ${num(median(won.map((f) => f.rounds)))} ${num(median(won.map((f) => f.hp)))} ${num(median(won.map((f) => f.mp)))}`;
}

const header = `${'floor'.padEnd(34)} ${'fought'.padStart(7)} ${'win'.padStart(7)} ${'rounds'.padStart(7)} ${'HP left'.padStart(7)} ${'MP left'.padStart(7)}`;
console.log(`Auto player (autoCommand), seeds 1–${SEEDS}; rounds, HP and MP left are medians over the battles won.\n`);
console.log(`Each floor fresh (hero at ${maxHp} HP, ${maxMp} MP):`);
console.log(header);
FLOORS.forEach((floor, i) => {
  const fights = Array.from({ length: SEEDS }, (_, s) => fight({ ...newProgress(s + 1, maxHp, maxMp), floor: i }));
  console.log(row(`${i + 1}: ${floor.enemies.join(', ')}`, fights, SEEDS));
});

console.log(`\nWhole adventures (HP carried, MP rested between floors, HP before the boss; a loss ends the run; win % of all ${SEEDS}):`);
console.log(header);
const reached: Fight[][] = FLOORS.map(() => []);
for (let s = 1; s <= SEEDS; s++) {
  let p: Progress = newProgress(s, maxHp, maxMp);
  for (let i = 0; i < FLOORS.length; i++) {
    const f = fight(p);
    reached[i]!.push(f);
    if (!f.won) break;
    p = advance(p, f.hp, f.mp, maxMp, maxHp);
  }
}
FLOORS.forEach((floor, i) => console.log(row(`${i + 1}: ${floor.enemies.join(', ')}`, reached[i]!, SEEDS)));
