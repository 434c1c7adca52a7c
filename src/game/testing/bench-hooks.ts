// window.__game.bench: what `npm run bench` (group 5, memory; group 7, the timeline) drives in the
// page. Loaded lazily by test-api.ts on first use, so players never download it.
import { afterVictory, floorBattle, isComplete, newProgress, type Progress } from '../../core/progress.ts';
import { driveBattle } from '../../core/drive.ts';
import { autoCommand } from '../../core/policy.ts';
import { replay, type BattleLog } from '../../core/replay.ts';
import { gameState } from '../app/game-state.ts';
import { shown } from '../app/shown-state.ts';
import { BattleSession } from '../battle/session.ts';
import type { BattleEvent } from '../../core/events.ts';

const FINISHED = new Set(['closed', 'cancelled', 'errored']);

/**
 * Plays `n` adventure battles headlessly, as the Battle scene would but without drawing: a
 * BattleSession over the game's roster, a listener queueing its events like the view does, the
 * party played by autoCommand, then the session disposed. The party, its HP, MP and levels and the
 * bag carry from floor to floor (afterVictory); a lost or finished run starts again on floor 1. Counts the coroutines created (one per combatant)
 * and those found finished (returned, cancelled with return(), or errored) after each battle.
 */
export async function autoBattles(n: number): Promise<{ closed: number; total: number }> {
  const { roster } = gameState();
  let seed = 1;
  let progress: Progress = newProgress(seed, roster);
  let total = 0;
  let closed = 0;
  for (let i = 0; i < n; i++) {
    const session = new BattleSession(floorBattle(progress), roster);
    let queued: BattleEvent[] = [];
    const unsubscribe = session.subscribe({ onEvent: (event) => queued.push(event) });
    // The session's battle is what session.step() steps; its events reach the listener either way.
    const battle = session.battle;
    const stop = driveBattle(battle, (actor) => autoCommand(battle, actor), Infinity, () => {
      queued = []; // "shown"
    });
    if (stop.refused) throw new Error(`autoBattles: command refused: ${stop.refused.error}`);
    const snap = session.snapshot();
    unsubscribe();
    session.dispose();
    total += snap.combatants.length;
    closed += session.snapshot().combatants.filter((c) => FINISHED.has(c.state)).length;
    if (snap.outcome === 'victory') progress = afterVictory(progress, { events: session.battle.events, combatants: snap.combatants }, roster).progress;
    else progress = newProgress(++seed, roster);
    if (isComplete(progress)) progress = newProgress(++seed, roster);
    // Let the page breathe (and the timers run) now and then.
    if (i % 20 === 19) await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return { closed, total };
}

/**
 * Makes the current battle a long one for the timeline's bench: plays its input log on headlessly
 * (against `enemies` when given, the hero by autoCommand) for about `steps` resumes, then pauses
 * the session and loads that log, as an imported file would be, so the live battle stands at the
 * last command wait on the way. Throws when the battle would end first (the scene would leave,
 * and the debugger with it).
 */
export function longBattle(steps: number, enemies?: readonly string[]): { steps: number } {
  const session = shown.current.session;
  if (!session) throw new Error('longBattle: no battle is showing');
  const start = session.inputLog();
  if (start.mode !== 'battle') throw new Error('longBattle: a classic battle has no commands to give');
  const battle = replay({ ...start, ...(enemies ? { enemies: [...enemies] } : {}), commands: [] }, session.roster, 0, { counter: session.classic() });
  driveBattle(battle, (actor) => autoCommand(battle, actor), steps);
  const input = battle.input as BattleLog;
  const played: BattleLog = { ...input, commands: [...input.commands] };
  if (battle.outcome === null) battle.dispose();
  session.setPaused(true);
  session.load(played);
  if (session.battle.outcome !== null) throw new Error(`longBattle: the battle ended (${session.battle.outcome}) at step ${session.battle.stepCount}`);
  return { steps: session.battle.stepCount };
}
