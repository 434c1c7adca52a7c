// The timeline's data, with no DOM: which steps carry a mark (a turn, a death, a fault, a command
// the player gave) and the snapshot after every step of a run, recorded by one replay from step 0.
// Generators cannot be restored mid-battle, so dragging shows these recorded snapshots and only
// the release rebuilds the live battle (session.seek).
import type { BattleSnapshot } from '../../core/battle.ts';
import { driveBattle } from '../../core/drive.ts';
import type { BattleEvent } from '../../core/events.ts';
import { replay } from '../../core/replay.ts';
import type { Roster } from '../../core/roster.ts';
import type { ClassicCounter } from '../../core/log/lineup.ts';
import type { TimelineRun } from '../battle/session-api.ts';

export type MarkKind = 'turn' | 'death' | 'fault' | 'command';

export interface TimelineMark {
  readonly step: number;
  readonly kind: MarkKind;
}

/**
 * Marks from a battle's events. A resume's own consequences (a death, a fault) belong to its step;
 * what happens before the next resume (a turn starting, the hero asked for a command) belongs to
 * the step the battle stands at then, which is where a seek lands to see it.
 */
export function marksOf(events: readonly BattleEvent[]): TimelineMark[] {
  const scanner = markScanner();
  scanner.scan(events);
  return scanner.marks;
}

/** The same marks, read on as a live battle's event list grows (each event is looked at once). */
export function markScanner(): { readonly marks: TimelineMark[]; scan(events: readonly BattleEvent[]): void } {
  const marks: TimelineMark[] = [];
  let step = 0;
  let seen = 0;
  const add = (kind: MarkKind) => {
    const last = marks.at(-1);
    if (!(last && last.step === step && last.kind === kind)) marks.push({ step, kind });
  };
  return {
    marks,
    scan(events) {
      for (; seen < events.length; seen++) {
        const e = events[seen]!;
        if (e.type === 'resume' && e.entry.op === 'next') step = e.entry.step;
        else if (e.type === 'turnStart') add('turn');
        else if (e.type === 'death') add('death');
        else if (e.type === 'fault') add('fault');
        else if (e.type === 'awaitCommand') add('command');
      }
    },
  };
}

export interface RecordedRun {
  readonly steps: number;
  /** snapshots[n]: the battle after n resumes, exactly what seek(n) rebuilds. */
  readonly snapshots: readonly BattleSnapshot[];
  readonly marks: readonly TimelineMark[];
}

/** Replays a run once from step 0, keeping a snapshot each time the step count first reaches a new value. */
export function recordRun(run: TimelineRun, roster: Roster, counter?: ClassicCounter): RecordedRun {
  // A classic run needs the counter the session plays it with (the game's, hot swaps included).
  const battle = replay(run.log, roster, 0, { counter });
  const snapshots: BattleSnapshot[] = [battle.snapshot()];
  const commands = run.log.mode === 'battle' ? run.log.commands : [];
  let next = 0;
  const keep = () => {
    if (snapshots.length === battle.stepCount) snapshots.push(battle.snapshot());
  };
  driveBattle(battle, () => (next < commands.length ? commands[next++] : undefined), run.steps, keep);
  const out = { steps: battle.stepCount, snapshots, marks: marksOf(battle.events) };
  try {
    if (battle.outcome === null) battle.dispose();
  } catch {
    // A recording that cannot close cleanly is dropped anyway.
  }
  return out;
}
