// Group 7 in Chromium: the core's replay of the 2,000-step bench battle (timeline-seek.ts), bundled
// as an IIFE with the game's own monster files and run in a blank page (wall time: a page has no
// process CPU clock).
import { collectRoster } from '../../src/core/roster.ts';
import { replay } from '../../src/core/replay.ts';
import * as bat from '../../src/combatants/bat.ts';
import * as ghost from '../../src/combatants/ghost.ts';
import * as hero from '../../src/combatants/hero.ts';
import * as kingSlime from '../../src/combatants/king-slime.ts';
import * as metalSlime from '../../src/combatants/metal-slime.ts';
import * as sheSlime from '../../src/combatants/she-slime.ts';
import * as slime from '../../src/combatants/slime.ts';
import { SEEK_STEPS, recordLog, sturdyRoster } from './timeline-seek-log.ts';
import { spread } from './spread.ts';

export function run(quick: boolean): unknown {
  const files = { bat, ghost, hero, 'king-slime': kingSlime, 'metal-slime': metalSlime, 'she-slime': sheSlime, slime };
  const { roster: loaded } = collectRoster(Object.entries(files).map(([kind, module]) => ({ path: `src/combatants/${kind}.ts`, module })));
  const roster = sturdyRoster(loaded);
  const log = recordLog(roster);
  replay(log, roster, SEEK_STEPS); // warm-up
  const times: number[] = [];
  for (let i = 0; i < (quick ? 5 : 15); i++) {
    const t0 = performance.now();
    const b = replay(log, roster, SEEK_STEPS);
    times.push(performance.now() - t0);
    if (b.stepCount !== SEEK_STEPS) throw new Error(`replay stopped at step ${b.stepCount}`);
  }
  return { spread: spread(times), enemies: log.enemies.length, heroes: log.party.length };
}
