// Discovery in the browser: every file in src/combatants is bundled, and the core's one rule
// (collectRoster) decides which are monsters. A bad file becomes a notice, not a crash.
import { collectRoster, type LoadedModule, type RosterResult } from '../core/roster.ts';

const modules = import.meta.glob('../combatants/*.ts', { eager: true });

export function discoverRoster(): RosterResult {
  const entries: LoadedModule[] = Object.entries(modules).map(([path, module]) => ({ path, module }));
  return collectRoster(entries);
}
