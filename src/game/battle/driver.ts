// The async layer, the seed's fourth topic: generators decide, async code waits.
// The core is synchronous and steps one resume at a time; this loop awaits the view (text,
// tweens) after every step, and awaits the player when the hero asks for a command.
// `lesson: …` marks the lines the Learn screen's chapter 6 highlights (src/game/lessons/driver-trace.ts).
import { commandDue } from '../../core/drive.ts';
import type { BattleOutcome } from '../../core/events.ts';
import type { Command } from '../../core/protocol.ts';
import type { BattleSession } from './session.ts';

export interface DriverView {
  /** Plays everything the last step emitted; resolves when it has been shown. */
  settle(): Promise<void>;
  /** Returns once the session is unpaused (playing overlay steps meanwhile). */
  whilePaused(): Promise<void>;
}

export interface CommandSource {
  /** The player's command for `actor`, or null when the battle was reset under the menu. */
  choose(actor: string): Promise<Command | null>;
  /** The core refused a command (it should not happen with the menu's checks). */
  refused(error: string): void;
}

export async function driveBattle(session: BattleSession, view: DriverView, player: CommandSource): Promise<BattleOutcome> {
  for (;;) {
    await view.whilePaused(); //                 lesson: await-paused
    const step = session.step(); //              the generators decide (synchronous) · lesson: step
    await view.settle(); //                      async code waits for the view to catch up · lesson: await-settle
    if (step.outcome) return step.outcome;
    const actor = commandDue(step);
    if (actor !== null) {
      const command = await player.choose(actor); // lesson: await-command
      if (command === null) continue; //        reset meanwhile: ask the new battle again
      const answer = session.submit(command);
      if (!answer.ok) player.refused(answer.error);
    }
  }
}

/**
 * Settings' "companions act on their own": while `on()` says so, a companion's command is the core's
 * `answer` (companionAnswer), handed back to driveBattle like the player's so it goes through the same
 * submit and lands in the input log; the hero (answer null) always asks the player. Two drivers, one coroutine.
 */
export function withCompanions(player: CommandSource, answer: (actor: string) => Command | null, on: () => boolean): CommandSource {
  return {
    choose: (actor) => {
      const auto = on() ? answer(actor) : null;
      return auto ? Promise.resolve(auto) : player.choose(actor);
    },
    refused: (error) => player.refused(error),
  };
}
