// Where an adventure battle's end leads, and what is saved: the core decides the rewards, the
// level-ups and the retry (progress.ts); this only picks the next screen and writes the save.
import { battleTally, type RunTally } from '../../core/adventure.ts';
import type { BattleOutcome } from '../../core/events.ts';
import { afterVictory, isComplete, retryFloor, type BattleEnd, type Progress, type Victory } from '../../core/progress.ts';
import { storeProgress } from '../app/game-state.ts';

/** What the Interlude is given. `victory`: the floor just won (rewards, level-ups, who joined). */
export interface InterludeData {
  readonly progress: Progress;
  readonly stageClear?: boolean;
  readonly fled?: boolean;
  readonly victory?: Victory;
}

export type AfterBattle =
  | { readonly scene: 'Interlude'; readonly data: InterludeData }
  | { readonly scene: 'Result'; readonly cleared: boolean; readonly progress: Progress };

/** `progress` with this battle's turns and damage added to the run's tally (the hero's, as before). */
export function withTally(progress: Progress, battle: RunTally): Progress {
  const t = progress.tally ?? { battles: 0, turns: 0, dealt: 0, taken: 0 };
  return { ...progress, tally: { battles: t.battles + battle.battles, turns: t.turns + battle.turns, dealt: t.dealt + battle.dealt, taken: t.taken + battle.taken } };
}

export function afterBattle(start: Progress, outcome: BattleOutcome, end: BattleEnd): AfterBattle {
  const progress = withTally(start, battleTally(end.events));
  if (outcome === 'victory' || outcome === 'escaped') {
    const victory = afterVictory(progress, end);
    if (isComplete(victory.progress)) {
      storeProgress(null);
      return { scene: 'Result', cleared: true, progress: victory.progress };
    }
    storeProgress(victory.progress);
    return { scene: 'Interlude', data: { progress: victory.progress, stageClear: true, victory } };
  }
  const standing = end.combatants.some((c) => c.side === 'hero' && c.hp > 0);
  if (outcome === 'fled' && standing) {
    // Getting away keeps the adventure: the same floor again, as a new battle, never the next one.
    const next = retryFloor(progress, end);
    storeProgress(next);
    return { scene: 'Interlude', data: { progress: next, fled: true } };
  }
  // A defeat leaves the save as it was when this floor began: only a choice that says so replaces it.
  return { scene: 'Result', cleared: false, progress };
}
