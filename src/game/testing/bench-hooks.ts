// window.__game.bench: what `npm run bench` (group 5, memory) drives in the page. Loaded lazily
// by test-api.ts on first use, so players never download it.
import { advance, floorBattle, isComplete, newProgress, type Progress } from '../../core/adventure.ts';
import { driveBattle } from '../../core/drive.ts';
import { autoCommand } from '../../core/policy.ts';
import { gameState, heroStats } from '../app/game-state.ts';
import { BattleSession } from '../battle/session.ts';
import type { BattleEvent } from '../../core/events.ts';

const FINISHED = new Set(['closed', 'cancelled', 'errored']);

/**
 * Plays `n` adventure battles headlessly, as the Battle scene would but without drawing: a
 * BattleSession over the game's roster, a listener queueing its events like the view does, the
 * hero played by autoCommand, then the session disposed. HP and MP carry from floor to floor; a
 * lost or finished run starts again on floor 1. Counts the coroutines created (one per combatant)
 * and those found finished (returned, cancelled with return(), or errored) after each battle.
 */
export async function autoBattles(n: number): Promise<{ closed: number; total: number }> {
  const { roster } = gameState();
  const { maxHp, maxMp } = heroStats();
  let seed = 1;
  let progress: Progress = newProgress(seed, maxHp, maxMp);
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
    const hero = snap.combatants.find((c) => c.side === 'hero');
    if (snap.outcome === 'victory' && hero && hero.hp > 0) progress = advance(progress, hero.hp, hero.mp, maxMp);
    else progress = newProgress(++seed, maxHp, maxMp);
    if (isComplete(progress)) progress = newProgress(++seed, maxHp, maxMp);
    // Let the page breathe (and the timers run) now and then.
    if (i % 20 === 19) await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return { closed, total };
}
