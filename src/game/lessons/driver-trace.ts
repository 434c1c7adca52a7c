// Chapter 6's recording: the game's own async battle driver (src/game/battle/driver.ts) run on a
// real session, with a view and a player that note each await instead of animating. The driver's
// lines are found by the `lesson: …` markers in its file, never by their text, so edits elsewhere
// in driver.ts move nothing here.
import { autoCommand } from '../../core/policy.ts';
import type { Lang } from '../../core/protocol.ts';
import { traceLine } from '../../core/trace.ts';
import { driveBattle, type CommandSource, type DriverView } from '../battle/driver.ts';
import type { BattleSession } from '../battle/session.ts';

export type DriverMarker = 'await-paused' | 'step' | 'await-settle' | 'await-command';

export interface DriverTraceEntry {
  /** The driver line it happened on, by its marker. */
  readonly marker: DriverMarker;
  /** `await view.settle()`, or a resume of the generator scheduler: `next(ゆうしゃ) → yield {…}`. */
  readonly text: string;
  readonly kind: 'await' | 'resume';
}

/** Plays the session's battle to its end through driveBattle, noting every await and every resume. */
export async function recordDriverTrace(session: BattleSession, lang: Lang, limit = 80): Promise<DriverTraceEntry[]> {
  const out: DriverTraceEntry[] = [];
  let seen = 0;
  const resumes = () => {
    const ledger = session.battle.ledger();
    for (; seen < ledger.length; seen++) {
      const e = ledger[seen]!;
      out.push({ marker: 'step', kind: 'resume', text: traceLine(e, session.battle.info(e.task)?.name[lang] ?? e.task) });
    }
  };
  const view: DriverView = {
    whilePaused: async () => void out.push({ marker: 'await-paused', kind: 'await', text: 'await view.whilePaused()' }),
    settle: async () => {
      resumes();
      out.push({ marker: 'await-settle', kind: 'await', text: 'await view.settle()' });
    },
  };
  const player: CommandSource = {
    choose: async (actor) => {
      out.push({ marker: 'await-command', kind: 'await', text: `await player.choose(${session.battle.info(actor)?.name[lang] ?? actor})` });
      return autoCommand(session.battle, actor);
    },
    refused: () => {},
  };
  await driveBattle(session, view, player);
  return out.slice(0, limit);
}
