// The contract between the battle view, the debug overlay and the browser tests.
// The game implements it (src/game/battle/session.ts); the overlay and window.__game only use this interface.
import type { Battle, BattleSnapshot, StepResult } from '../../core/battle.ts';
import type { BattleEvent } from '../../core/events.ts';
import type { ClassicCounter, InputLog } from '../../core/replay.ts';
import type { Roster } from '../../core/roster.ts';
import type { ReloadReport } from '../hot-reload/reload-report.ts';

export interface SessionListener {
  /** A core event, as it happens. `silent` is true while a replay rebuilds state (no sound, no animation). */
  onEvent?(event: BattleEvent, silent: boolean): void;
  /** The battle object was replaced: a step back, a restart, a hot reload or an imported log. */
  onReset?(battle: Battle, reason: 'start' | 'step-back' | 'seek' | 'restart' | 'reload' | 'import'): void;
  /** Pause, speed or stepping mode changed. */
  onControl?(control: SessionControl): void;
  /** The debugger stepped: show the core's state now, whole, with no animation queue (session.snap()). */
  onSnap?(): void;
  /** A combatant file was hot-swapped and the battle replayed with it (after its onReset 'reload'). */
  onReload?(report: ReloadReport): void;
}

export interface SessionControl {
  readonly paused: boolean;
  /** 0.25 to 4. */
  readonly speed: number;
}

/** A run the timeline can move along: its input log and how many resumes it reached. */
export interface TimelineRun {
  readonly log: InputLog;
  readonly steps: number;
}

export interface BattleSessionApi {
  readonly battle: Battle;
  /** The monsters its battles are built from: what a log file is checked and recorded against. */
  readonly roster: Roster;
  /** The classic counter its classic battles play (the live one, after a hot swap). */
  readonly classic: () => ClassicCounter | undefined;
  readonly control: SessionControl;
  snapshot(): BattleSnapshot;
  /** The input log so far (seed, sides, commands): what step back, export and share replay. */
  inputLog(): InputLog;
  subscribe(listener: SessionListener): () => void;

  setPaused(paused: boolean): void;
  setSpeed(speed: number): void;
  /** Exactly one resume (one ledger entry). Works while paused. */
  step(): StepResult;
  /** One whole turn. Works while paused. */
  stepTurn(): StepResult;
  /** Rebuilds the battle by replaying the input log up to step n−1, silently. */
  stepBack(): void;
  /** Rebuilds the battle at step n of the furthest recorded run (timelineRun), silently. */
  seek(step: number): void;
  /** The furthest run since the last start, restart, reload or import. */
  timelineRun(): TimelineRun;
  /** Tells every view to show the core's state at once (after a debugger Step, Step turn, Step back). */
  snap(): void;
  /** Same seed, same sides, no commands. */
  restart(): void;
  /** Replaces the battle with one replayed from a log (import, shared link). */
  load(log: InputLog): void;
  /** The last hot swap's report (dev only), or null. */
  readonly lastReload?: ReloadReport | null;
}
