// Where an adventure battle's end leads, and what is saved: the core decides the rewards, the
// level-ups and the retry (progress.ts); this only picks the next screen and writes the save.
import { battleTally, type RunTally } from '../../core/adventure.ts';
import type { BattleOutcome } from '../../core/events.ts';
import { afterVictory, isComplete, retryFloor, type BattleEnd, type Progress, type Victory } from '../../core/progress.ts';
import type { Roster } from '../../core/roster.ts';
import { storeProgress } from '../app/game-state.ts';

/** What the Interlude is given. `victory`: the floor just won (rewards, level-ups, who joined). */
export interface InterludeData {
  readonly progress: Progress;
  readonly stageClear?: boolean;
  readonly fled?: boolean;
  readonly victory?: Victory;
  /** Kinds that had fallen in the battle won, back with half their HP (afterVictory revives them). */
  readonly revived?: readonly string[];
}

export type AfterBattle =
  | { readonly scene: 'Interlude'; readonly data: InterludeData }
  | { readonly scene: 'Result'; readonly cleared: boolean; readonly progress: Progress };

/** `progress` with this battle's turns and damage added to the run's tally (the hero's, as before). */
export function withTally(progress: Progress, battle: RunTally): Progress {
  const t = progress.tally ?? { battles: 0, turns: 0, dealt: 0, taken: 0 };
  return { ...progress, tally: { battles: t.battles + battle.battles, turns: t.turns + battle.turns, dealt: t.dealt + battle.dealt, taken: t.taken + battle.taken } };
}

/** The core's afterVictory and retryFloor add the battle to the tally; a defeat's Result gets it here. */
export function afterBattle(progress: Progress, outcome: BattleOutcome, end: BattleEnd, roster: Roster): AfterBattle {
  if (outcome === 'victory' || outcome === 'escaped') {
    const victory = afterVictory(progress, end, roster);
    if (isComplete(victory.progress)) {
      storeProgress(null);
      return { scene: 'Result', cleared: true, progress: victory.progress };
    }
    storeProgress(victory.progress);
    const revived = end.combatants.filter((c) => c.side === 'hero' && c.hp <= 0).map((c) => c.kind);
    return { scene: 'Interlude', data: { progress: victory.progress, stageClear: true, victory, ...(revived.length > 0 ? { revived } : {}) } };
  }
  const standing = end.combatants.some((c) => c.side === 'hero' && c.hp > 0);
  if (outcome === 'fled' && standing) {
    // Getting away keeps the adventure: the same floor again, as a new battle, never the next one.
    const next = retryFloor(progress, end, roster);
    storeProgress(next);
    return { scene: 'Interlude', data: { progress: next, fled: true } };
  }
  // A defeat leaves the save as it was when this floor began: only a choice that says so replaces it.
  return { scene: 'Result', cleared: false, progress: withTally(progress, battleTally(end.events)) };
}
