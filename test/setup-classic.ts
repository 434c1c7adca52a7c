// Classic battles in the tests play src/combatants/classic.ts, as the game and the CLI do. No Node
// APIs here, so the DOM tests import it too.
import { hpCounter } from '../src/combatants/classic.ts';
import { useClassicCounter } from '../src/core/replay.ts';

useClassicCounter(hpCounter);
