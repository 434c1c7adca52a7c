// `?stress=N`: a self-playing battle with N combatants (the hero and N−1 monsters of every kind),
// for measuring the frame rate (npm run bench, group 3). It goes through the normal Battle scene
// and view; only the lineup, the HP and the player differ. HP is scaled up so one battle lasts
// minutes; when it ends anyway the scene restarts with the next seed.
import type { BattleLog } from '../../core/replay.ts';
import type { Roster } from '../../core/roster.ts';
import { autoCommand } from '../../core/policy.ts';
import type { CommandSource } from '../battle/driver.ts';
import type { BattleSession } from '../battle/session.ts';

export const STRESS_MIN = 2;
export const STRESS_MAX = 400;
/** HP multipliers: the hero must outlast hundreds of monsters, and a Sizz must not sweep them. */
const HERO_HP = 100;
const ENEMY_HP = 20;

/** The roster with every maximum HP scaled up (the generators are the real ones). */
export function stressRoster(roster: Roster): Roster {
  const scaled = new Map<string, ReturnType<Roster['get']> & object>();
  for (const [kind, def] of roster) {
    const factor = def.side === 'hero' ? HERO_HP : ENEMY_HP;
    scaled.set(kind, { ...def, stats: { ...def.stats, maxHp: def.stats.maxHp * factor } });
  }
  return scaled;
}

/** The hero against n − 1 monsters, cycling through every enemy kind in the roster. */
export function stressLog(n: number, seed: number, roster: Roster): BattleLog {
  const kinds = [...roster.values()].filter((d) => d.side === 'enemy').map((d) => d.kind);
  if (kinds.length === 0 || !roster.get('hero')) throw new Error('stress mode needs the hero and at least one monster');
  const enemies = Array.from({ length: n - 1 }, (_, i) => kinds[i % kinds.length]!);
  return { version: 1, mode: 'battle', seed, party: [{ kind: 'hero' }], enemies, commands: [] };
}

/** Nobody at the keyboard: the core's autoCommand answers for the hero. */
export function autoPlayer(session: BattleSession): CommandSource {
  return {
    choose: (actor) => Promise.resolve(autoCommand(session.battle, actor)),
    refused: (error) => console.warn(`[coroutine-quest] stress: command refused: ${error}`),
  };
}
