// The auto player for companions: what the game submits for a まほうつかい or そうりょ when
// Settings says companions act on their own. The answer goes through submit() like a player's.
import type { Battle } from './battle.ts';
import type { Command } from './protocol.ts';

/** What the auto player would choose for `actorId` now; null for the hero or when nobody waits. */
export function companionAnswer(battle: Battle, actorId: string): Command | null {
  const waiting = battle.snapshot().waitingFor;
  if (waiting !== actorId || battle.info(actorId)?.kind === 'hero') return null;
  throw new Error('companionAnswer: not written yet');
}
