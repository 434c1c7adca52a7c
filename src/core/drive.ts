// The one step/submit loop: replays, the policy, the game's driver and the tests all advance a
// battle through it.
import type { Battle } from './battle.ts';

export interface DriveStop {
  /** The command the battle refused (its JSON) and why; the battle stopped there. */
  readonly refused: { readonly command: string; readonly error: string } | null;
  /** The hero still waiting, when `choose` had no command for it. */
  readonly waitingFor: string | null;
}

/**
 * Steps until the battle ends, `untilStep` resumes have happened, a command is needed and `choose`
 * gives none (undefined), or a command is refused.
 */
export function driveBattle(battle: Battle, choose: (actor: string) => unknown, untilStep = Infinity): DriveStop {
  while (battle.stepCount < untilStep && battle.outcome === null) {
    const r = battle.step();
    if (r.waitingFor !== null && !r.resumed) {
      const command = choose(r.waitingFor);
      if (command === undefined) return { refused: null, waitingFor: r.waitingFor };
      const ok = battle.submit(command);
      if (!ok.ok) return { refused: { command: JSON.stringify(command), error: ok.error }, waitingFor: r.waitingFor };
    }
  }
  return { refused: null, waitingFor: null };
}

/** Drives with recorded commands, in order; stops waiting when they run out. */
export function driveCommands(battle: Battle, commands: readonly unknown[], untilStep = Infinity): DriveStop {
  let next = 0;
  return driveBattle(battle, () => (next < commands.length ? commands[next++] : undefined), untilStep);
}
