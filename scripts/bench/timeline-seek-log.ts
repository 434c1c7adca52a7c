// The 2,000-step bench battle of group 7, with no Node imports: timeline-seek.ts runs it in Node,
// timeline-page.ts in Chromium.
import { driveBattle } from '../../src/core/drive.ts';
import { startBattle, type BattleLog } from '../../src/core/replay.ts';
import type { Roster } from '../../src/core/roster.ts';

export const SEEK_STEPS = 2000;

/** Plays the lineup to SEEK_STEPS resumes; the log it leaves replays to the same battle. */
export function recordLog(roster: Roster): BattleLog {
  const crowd = ['slime', 'bat', 'ghost', 'she-slime', 'king-slime', 'metal-slime'];
  const lineup: BattleLog = { version: 1, mode: 'battle', seed: 17, party: Array.from({ length: 4 }, () => ({ kind: 'hero' })), enemies: Array.from({ length: 60 }, (_, i) => crowd[i % crowd.length]!), maxSteps: 100_000, commands: [] };
  const battle = startBattle(lineup, roster);
  driveBattle(battle, () => ({ kind: 'attack', target: battle.living('enemy')[0]! }), SEEK_STEPS);
  if (battle.stepCount < SEEK_STEPS) throw new Error(`the bench battle ended after ${battle.stepCount} steps (${battle.outcome}); it needs ${SEEK_STEPS}`);
  return { ...lineup, commands: [...(battle.input as BattleLog).commands] };
}

/** The game's roster with a hero of a million HP, so the bench battle outlasts 2,000 steps. */
export function sturdyRoster(loaded: Roster): Roster {
  const hero = loaded.get('hero')!;
  return new Map([...loaded, ['hero', { ...hero, stats: { ...hero.stats, maxHp: 1_000_000 } }]]);
}

