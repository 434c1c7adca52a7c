// Classic battles in the tests play src/combatants/classic.ts, as the game and the CLI do, handed
// in as their options (the core keeps no counter of its own). No Node APIs here, so the DOM tests import it too.
import { hpCounter } from '../src/combatants/classic.ts';
import type { ClassicOptions } from '../src/core/replay.ts';

export const CLASSIC_COUNTER = hpCounter;
/** `{ counter }` for startClassic, replay and the log functions. */
export const WITH_CLASSIC: ClassicOptions = { counter: hpCounter };
