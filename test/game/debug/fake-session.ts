// A tiny BattleSessionApi over a core Battle for the mounted overlay's unit tests (the panels are tested on the real BattleSession).
// No timers: "playing" is not simulated; step/stepTurn/stepBack/restart/load work like the real one.
import { WITH_CLASSIC } from '../../setup-classic.ts'; // classic battles play src/combatants/classic.ts
import { commandDue } from '../../../src/core/drive.ts';
import type { Battle, BattleSnapshot, StepResult } from '../../../src/core/battle.ts';
import type { BattleEvent } from '../../../src/core/events.ts';
import type { Command } from '../../../src/core/protocol.ts';
import { replay, type InputLog } from '../../../src/core/replay.ts';
import { collectRoster, type Roster } from '../../../src/core/roster.ts';
import type { BattleSessionApi, SessionControl, SessionListener } from '../../../src/game/battle/session-api.ts';

const modules = import.meta.glob('../../../src/combatants/*.ts', { eager: true });
export const ROSTER: Roster = collectRoster(Object.entries(modules).map(([path, module]) => ({ path, module }))).roster;

export class FakeSession implements BattleSessionApi {
  battle: Battle;
  control: SessionControl = { paused: true, speed: 1 };
  private readonly listeners = new Set<SessionListener>();
  private silent = false;
  private unhook: () => void = () => {};
  /** The command the fake hero gives whenever it is asked. */
  command: Command = { kind: 'attack' };
  readonly classic = () => WITH_CLASSIC.counter;

  constructor(log: InputLog, readonly roster: Roster = ROSTER) {
    this.battle = this.build(log, Infinity, 'start', true);
  }

  snapshot(): BattleSnapshot {
    return this.battle.snapshot();
  }

  inputLog(): InputLog {
    return structuredClone(this.battle.input) as InputLog;
  }

  subscribe(listener: SessionListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  setPaused(paused: boolean): void {
    this.control = { ...this.control, paused };
    for (const l of this.listeners) l.onControl?.(this.control);
  }

  setSpeed(speed: number): void {
    this.control = { ...this.control, speed };
    for (const l of this.listeners) l.onControl?.(this.control);
  }

  step(): StepResult {
    const r = this.battle.step();
    if (commandDue(r) !== null) this.battle.submit(this.command);
    return r;
  }

  stepTurn(): StepResult {
    let r = this.battle.stepTurn();
    if (commandDue(r) !== null) {
      this.battle.submit(this.command);
      r = this.battle.stepTurn();
    }
    return r;
  }

  stepBack(): void {
    const target = Math.max(0, this.battle.stepCount - 1);
    this.battle = this.build(this.inputLog(), target, 'step-back');
  }

  /** No recorded future here: the live run is the whole timeline. */
  timelineRun(): { log: InputLog; steps: number } {
    return { log: this.inputLog(), steps: this.battle.stepCount };
  }

  seek(step: number): void {
    this.battle = this.build(this.inputLog(), Math.max(0, Math.min(step, this.battle.stepCount)), 'seek');
  }

  /** How often the overlay asked the views to snap to the core. */
  snaps = 0;

  snap(): void {
    this.snaps++;
    for (const l of this.listeners) l.onSnap?.();
  }

  restart(): void {
    const log = this.inputLog();
    this.battle = this.build(log.mode === 'battle' ? { ...log, commands: [] } : log, 0, 'restart');
  }

  load(log: InputLog): void {
    this.battle = this.build(log, 0, 'import');
  }

  private build(log: InputLog, untilStep: number, reason: 'start' | 'step-back' | 'seek' | 'restart' | 'import', first = false): Battle {
    this.unhook();
    this.silent = true;
    const battle = replay(log, this.roster, first ? 0 : untilStep, WITH_CLASSIC);
    this.silent = false;
    this.unhook = battle.subscribe({ onEvent: (e: BattleEvent) => this.emit(e) });
    this.battle = battle;
    for (const l of this.listeners) l.onReset?.(battle, reason);
    return battle;
  }

  private emit(event: BattleEvent): void {
    for (const l of this.listeners) l.onEvent?.(event, this.silent);
  }
}
