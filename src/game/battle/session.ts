// The one owner of the current core Battle. Views, the overlay and the tests all go through it,
// so a step back or an imported log replaces the battle in one place and everyone hears about it.
import type { Battle, BattleMonitor, BattleSnapshot, StepResult } from '../../core/battle.ts';
import type { BattleEvent } from '../../core/events.ts';
import type { ClassicCounter } from '../../core/log/lineup.ts';
import type { Command } from '../../core/protocol.ts';
import { replay, replayUntilRefused, type InputLog } from '../../core/replay.ts';
import type { Roster } from '../../core/roster.ts';
import type { BattleSessionApi, SessionControl, SessionListener, TimelineRun } from './session-api.ts';
import { classicCounter } from '../hot-reload/combatant-registry.ts';
import { compareRuns, type ReloadReport } from '../hot-reload/reload-report.ts';
import { clampSpeed } from './speed.ts';

type ResetReason = Parameters<NonNullable<SessionListener['onReset']>>[1];

export class BattleSession implements BattleSessionApi {
  private current!: Battle;
  private readonly listeners = new Set<SessionListener>();
  private controlState: SessionControl;
  /** Replays run with this set, so listeners hear their events as silent. */
  private silent = false;
  /** Bumped on every install, so a replaced battle's late events (its dispose) are not forwarded. */
  private generation = 0;
  /** The last hot swap's report (dev only). */
  lastReload: ReloadReport | null = null;
  /** The furthest run recorded since the last start: what seek() can go forward to after going back. */
  private furthest: TimelineRun | null = null;

  constructor(
    log: InputLog,
    private currentRoster: Roster,
    control: Partial<SessionControl> = {},
    /** The classic counter, asked at each replay: the live registry's (swapped by a hot reload). */
    readonly classic: () => ClassicCounter | undefined = classicCounter,
  ) {
    this.controlState = { paused: control.paused ?? false, speed: clampSpeed(control.speed ?? 1) };
    this.install(log, 0, 'start');
  }

  get battle(): Battle {
    return this.current;
  }

  /** The monsters this session builds battles from (replaced by a hot swap). */
  get roster(): Roster {
    return this.currentRoster;
  }

  get control(): SessionControl {
    return this.controlState;
  }

  snapshot(): BattleSnapshot {
    return this.current.snapshot();
  }

  inputLog(): InputLog {
    const log = this.current.input;
    return log.mode === 'battle' ? { ...log, commands: [...log.commands] } : { ...log, damage: [...log.damage] };
  }

  subscribe(listener: SessionListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  setPaused(paused: boolean): void {
    if (paused === this.controlState.paused) return;
    this.controlState = { ...this.controlState, paused };
    this.tellControl();
  }

  setSpeed(speed: number): void {
    const s = clampSpeed(speed);
    if (s === this.controlState.speed) return;
    this.controlState = { ...this.controlState, speed: s };
    this.tellControl();
  }

  step(): StepResult {
    return this.current.step();
  }

  stepTurn(): StepResult {
    return this.current.stepTurn();
  }

  /** The player's command for the waiting hero; refused commands come back with the core's reason. */
  submit(command: Command): { ok: true } | { ok: false; error: string } {
    return this.current.submit(command);
  }

  stepBack(): void {
    const target = Math.max(0, this.current.stepCount - 1);
    this.install(this.inputLog(), target, 'step-back');
  }

  /**
   * Rebuilds the battle at `step` (clamped to the recorded run) by a silent replay from step 0 of
   * the furthest run so far, so a seek back can be followed by a seek forward to where it was.
   */
  seek(step: number): void {
    const run = this.timelineRun();
    const target = Math.max(0, Math.min(run.steps, Math.floor(step)));
    this.install(run.log, target, 'seek');
  }

  /**
   * The longest run this battle has had: the live one, or the one a seek or step back left, as
   * long as the live battle's commands are still its beginning (a new command starts a new future).
   */
  timelineRun(): TimelineRun {
    const live = this.current;
    const prev = this.furthest;
    if (prev === null || live.stepCount >= prev.steps || !isPrefix(live.input, prev.log)) {
      this.furthest = { log: this.inputLog(), steps: live.stepCount };
    }
    return this.furthest!;
  }

  snap(): void {
    for (const l of this.listeners) l.onSnap?.();
  }

  restart(): void {
    const log = this.inputLog();
    this.install(log.mode === 'battle' ? { ...log, commands: [] } : log, 0, 'restart');
  }

  load(log: InputLog): void {
    this.install(log, Infinity, 'import');
  }

  /**
   * Hot swap: replays the input log (same seed, same commands) with the new roster up to the
   * current step, silently, and reports whether the new code changed what happened. Never throws:
   * a command the new code makes impossible ends the replay there and counts as a divergence, and
   * a battle the new code cannot even start keeps the old battle running.
   */
  reload(roster: Roster, changedFiles: readonly string[], problems: readonly string[] = []): ReloadReport {
    const old = this.current;
    const stepsBefore = old.stepCount;
    const before = [...old.events];
    const log = this.inputLog();
    const base = { file: changedFiles.join(', '), files: [...changedFiles], stepsBefore, problems: [...problems] };
    let refused: string | null = null;
    let report: ReloadReport;
    try {
      this.install(log, stepsBefore, 'reload', (monitor) => {
        const r = replayUntilRefused(log, roster, stepsBefore, { monitor, counter: this.classic() });
        refused = r.refused && `${r.refused.command}: ${r.refused.error}`;
        return r.battle;
      });
      this.currentRoster = roster;
      const battle = this.current;
      report = { ...base, steps: battle.stepCount, diverged: compareRuns(before, battle.events, stepsBefore, battle.stepCount, refused) };
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      const text = { ja: `はじめられない: ${message}`, en: `cannot start: ${message}` };
      report = { ...base, steps: 0, diverged: { step: 0, index: 0, before: { ja: 'たたかい', en: 'battle start' }, after: text } };
    }
    this.lastReload = report;
    for (const l of this.listeners) l.onReload?.(report);
    return report;
  }

  /** Called when the view leaves: closes every coroutine still alive. */
  dispose(): void {
    this.generation++;
    try {
      this.current.dispose();
    } catch {
      // Disposing mid-step cannot happen from the view; ignore rather than crash on the way out.
    }
    this.listeners.clear();
  }

  /**
   * Builds a battle by replaying `log` up to `untilStep` resumes. The replay is silent; after it,
   * events are forwarded live. A start or restart replays 0 steps, so the view sees the whole
   * battle live; an import replays every recorded command.
   */
  private install(
    log: InputLog,
    untilStep: number,
    reason: ResetReason,
    build: (monitor: BattleMonitor) => Battle = (monitor) => replay(log, this.roster, untilStep, { monitor, counter: this.classic() }),
  ): void {
    const old = this.current as Battle | undefined;
    // Moving back along the run: remember how far it had gone first, so it can be sought again.
    if (old && (reason === 'seek' || reason === 'step-back')) this.timelineRun();
    const gen = ++this.generation;
    this.silent = true;
    let battle: Battle;
    try {
      // The core only hands warnings to its monitor; the game prints them in the console.
      battle = build({ onEvent: (e) => gen === this.generation && this.forward(e), onWarn: (m) => console.warn(`[coroutine-quest] ${m}`) });
    } catch (err) {
      // Nothing was replaced: the old battle's events go on being forwarded.
      this.generation = gen - 1;
      throw err;
    } finally {
      this.silent = false;
    }
    if (old && old !== battle && old.outcome === null) {
      try {
        old.dispose();
      } catch {
        // An old battle that cannot close cleanly is dropped anyway.
      }
    }
    this.current = battle;
    // Only moving along the same run keeps its future; anything else starts a new timeline.
    if (reason !== 'seek' && reason !== 'step-back') this.furthest = null;
    // The monitor passed to replay stays subscribed; from now on its events are live (silent=false).
    for (const l of this.listeners) l.onReset?.(battle, reason);
  }

  private forward(event: BattleEvent): void {
    for (const l of this.listeners) l.onEvent?.(event, this.silent);
  }

  private tellControl(): void {
    for (const l of this.listeners) l.onControl?.(this.controlState);
  }
}


/** True when `a`'s commands are the first commands of `b` (same battle, same choices so far). */
function isPrefix(a: InputLog, b: InputLog): boolean {
  if (a.mode !== 'battle' || b.mode !== 'battle') return a.mode === b.mode;
  if (a.commands.length > b.commands.length) return false;
  return a.commands.every((c, i) => JSON.stringify(c) === JSON.stringify(b.commands[i]));
}
