// window.__game.bench: what `npm run bench` (group 5, memory) drives in the page. Loaded lazily
// by test-api.ts on first use, so players never download it.
import { afterVictory, floorBattle, isComplete, newProgress, type Progress } from '../../core/progress.ts';
import { driveBattle } from '../../core/drive.ts';
import { autoCommand } from '../../core/policy.ts';
import { gameState } from '../app/game-state.ts';
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
