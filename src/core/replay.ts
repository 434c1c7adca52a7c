// Replays: generators cannot be saved, so a battle is re-run from its input log. The input log's
// types and reader (log/input-log.ts) and the lineup (log/lineup.ts) are re-exported here, where
// the game and the CLI have always found them.
import type { Battle } from './battle.ts';
import { driveCommands } from './drive.ts';
import type { InputLog } from './log/input-log.ts';
import { startBattle, startClassic, type ClassicOptions } from './log/lineup.ts';
import type { Roster } from './roster.ts';

export { MAX_ENEMIES, MAX_PARTY, parseInputLog, type BattleLog, type InputLog, type PartyMember } from './log/input-log.ts';
export { CLASSIC_CAST, startBattle, startClassic, type ClassicCounter, type ClassicOptions } from './log/lineup.ts';

/** Rebuilds a battle from its input log, stopping after `untilStep` resumes if given. */
export function replay(log: InputLog, roster: Roster, untilStep = Infinity, options?: ClassicOptions): Battle {
  const { battle, refused } = replayUntilRefused(log, roster, untilStep, options);
  if (refused) throw new Error(`replay diverged: command ${refused.command} was refused: ${refused.error}`);
  return battle;
}

/**
 * The same replay, but a command the battle refuses (edited code made it impossible) stops it
 * there and is reported instead of thrown: a hot reload shows it as a divergence.
 */
export function replayUntilRefused(
  log: InputLog,
  roster: Roster,
  untilStep = Infinity,
  options?: ClassicOptions,
): { battle: Battle; refused: { command: string; error: string } | null } {
  const battle = log.mode === 'classic' ? startClassic(log.seed, log.damage, options) : startBattle(log, roster, options);
  const commands = log.mode === 'battle' ? log.commands : [];
  const stop = driveCommands(battle, commands, untilStep);
  return { battle, refused: stop.refused };
}
