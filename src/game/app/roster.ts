// Discovery in the browser: every file in src/combatants is bundled, and the core's one rule
// (collectRoster) decides which are monsters. A bad file becomes a notice, not a crash.
import { collectRoster, type LoadedModule, type RosterResult } from '../../core/roster.ts';
import { adoptRoster, noteLoadError, noteSaved, settleCombatantSwap, stageCombatants } from '../hot-reload/combatant-registry.ts';

// Each file is imported on its own, so one that fails to parse or throws at import becomes a notice
// (collectRoster) and the others still start: an eager glob would take the whole bundle down with it.
function importEach(files: Record<string, () => Promise<unknown>>): Promise<LoadedModule[]> {
  return Promise.all(Object.entries(files).map(([path, load]) => load().then(
    (module): LoadedModule => ({ path, module }),
    (error: unknown): LoadedModule => ({ path, error }),
  )));
}
const loaded = await importEach(import.meta.glob('../../combatants/*.ts'));
const modules: Record<string, unknown> = {};
for (const m of loaded) if ('module' in m) modules[m.path] = m.module;
/** true when a file failed to load: a hot swap then keeps the old definitions. */
export const someFailed = loaded.some((m) => 'error' in m);

// classic.ts is among `modules`: the registry hands its counter to every classic battle
// (classicCounter), and a hot reload of it swaps the modules, so the replay plays the new one.
// Only in a test build (`vite build --mode test`): the broken fault fixtures, each in its own lazy
// chunk, so one that fails to import is a notice rather than a dead bundle. The condition is a
// build-time constant, so the production bundle holds none of them.
const testModules: Record<string, () => Promise<unknown>> = import.meta.env.MODE === 'test'
  ? import.meta.glob(['../../../test/fixtures/combatants/*.ts', '../../../test/fixtures/bad-files/*.ts'])
  : {};
let testEntries: LoadedModule[] = [];

/** Loads the test build's fixture combatants (none in the game); call once before discoverRoster(). */
export async function loadTestCombatants(): Promise<void> {
  testEntries = await importEach(testModules);
}

export function discoverRoster(): RosterResult {
  return adoptRoster(collectRoster([...loaded, ...testEntries]), modules);
}

// Hot swap (dev only): saving a combatant file re-runs this module (it accepts itself) with the new
// code instead of reloading the page; the registry swaps the definitions into the live roster and
// the scenes replay their battle (src/game/hot-reload/hot-swap.ts). A file that fails to load keeps the old one.
if (import.meta.hot) {
  stageCombatants(modules);
  // `next` is undefined when the new code failed to import.
  import.meta.hot.accept((next) => settleCombatantSwap(next !== undefined && (next as { someFailed?: boolean }).someFailed !== true));
  import.meta.hot.on('cq:combatants-saved', (data: { files?: string[]; error?: { message: string; id: string } }) => {
    noteSaved(data.files ?? []);
    if (data.error) noteLoadError(data.error);
  });
  import.meta.hot.on('vite:error', (payload) => {
    noteLoadError(payload.err);
    // A combatant file that does not parse is named, with its line and column, in the game's own
    // notice while the old code plays on; Vite's full-page error overlay (opened right after this
    // listener) would cover both and take the keyboard, so it is closed for these files only.
    if (/\/src\/combatants\/[^/]+\.ts$/.test(payload.err.id ?? '')) setTimeout(() => document.querySelector('vite-error-overlay')?.remove(), 0);
  });
}
