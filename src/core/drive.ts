// The one step/submit loop: replays, the policy, the game's headless runs and the tests all
// advance a battle through it; the game's async driver (which awaits the view between steps)
// uses the same rule for when a command is due.
import type { StepResult, SubmitResult } from './battle-types.ts';
import type { BattleOutcome } from './events.ts';

/** A battle, or anything that steps one (the game's BattleSession). */
export interface Steppable {
  step(): StepResult;
  submit(command: never): SubmitResult;
  readonly stepCount: number;
  readonly outcome: BattleOutcome | null;
}

export interface DriveStop {
  /** The command the battle refused (its JSON) and why; the battle stopped there. */
  readonly refused: { readonly command: string; readonly error: string } | null;
  /** The hero still waiting, when `choose` had no command for it. */
  readonly waitingFor: string | null;
}

/** The hero whose command is due after this step, or null: it asked and nothing was resumed. */
export function commandDue(r: StepResult): string | null {
  return r.waitingFor !== null && !r.resumed ? r.waitingFor : null;
}

/**
 * Steps until the battle ends, `untilStep` resumes have happened, a command is due and `choose`
 * gives none (undefined), or a command is refused. `afterStep` hears every step's result.
 */
export function driveBattle(
  battle: Steppable,
  choose: (actor: string) => unknown,
  untilStep = Infinity,
  afterStep?: (r: StepResult) => void,
): DriveStop {
  const submit = battle.submit.bind(battle) as (command: unknown) => SubmitResult;
  while (battle.stepCount < untilStep && battle.outcome === null) {
    const r = battle.step();
    afterStep?.(r);
    const actor = commandDue(r);
    if (actor !== null) {
      const command = choose(actor);
      if (command === undefined) return { refused: null, waitingFor: actor };
      const ok = submit(command);
      if (!ok.ok) return { refused: { command: JSON.stringify(command), error: ok.error }, waitingFor: actor };
    }
  }
  return { refused: null, waitingFor: null };
}

/** Drives with recorded commands, in order; stops waiting when they run out. */
export function driveCommands(battle: Steppable, commands: readonly unknown[], untilStep = Infinity): DriveStop {
  let next = 0;
  return driveBattle(battle, () => (next < commands.length ? commands[next++] : undefined), untilStep);
}
