// The auto player for companions: what the game submits for a まほうつかい or そうりょ when
// Settings says companions act on their own. The answer goes through submit() like a player's,
// so it lands in the input log and the battle replays the same: the same coroutine, two drivers.
import type { Battle } from './battle.ts';
import { autoCommand } from './policy.ts';
import type { Command } from './protocol.ts';

/** What the auto player would choose for `actorId` now; null for the hero or when it is not waiting. */
export function companionAnswer(battle: Battle, actorId: string): Command | null {
  if (battle.snapshot().waitingFor !== actorId || battle.info(actorId)?.kind === 'hero') return null;
  return autoCommand(battle, actorId);
}
