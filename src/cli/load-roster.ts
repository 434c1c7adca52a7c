// Node-side discovery: the same rule as the game's import.meta.glob, applied to a readdir.
import { readFileSync, readdirSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { collectRoster, isCombatantPath, kindFromPath, type LoadedModule, type RosterResult } from '../core/roster.ts';
import { registerCombatantHooks } from '../../scripts/node-combatant-hooks.ts';
import { hpCounter } from '../combatants/classic.ts';
import { digestsOf } from '../core/log/digest.ts';

/** The classic counter every Node tool (sim, the tests) hands to a classic battle: classic.ts's. */
export const CLASSIC_COUNTER = hpCounter;

/** src/combatants, found from this file so the CLI works from any working directory. */
export const COMBATANTS_DIR = fileURLToPath(new URL('../combatants/', import.meta.url));

/**
 * Imports every combatant file in `dir` (only the named kinds, when given); a file that fails to
 * import becomes a problem, not a crash. The one loader of the CLI, the tests and the bench's tsx runs.
 */
export async function loadRoster(dir: string = COMBATANTS_DIR, kinds?: readonly string[]): Promise<RosterResult> {
  // Instrument combatants as the Vite build does: yield lines, yield* stacks and the loop guard.
  registerCombatantHooks();
  const files = (await readdir(dir)).filter((f) => isCombatantPath(f) && (!kinds || kinds.includes(kindFromPath(f)))).sort();
  const modules: LoadedModule[] = await Promise.all(
    files.map(async (file): Promise<LoadedModule> => {
      const path = join(dir, file);
      try {
        return { path, module: await import(pathToFileURL(path).href) };
      } catch (error) {
        return { path, error };
      }
    }),
  );
  return collectRoster(modules);
}

/** Digests of the monster files in `dir` (and classic.ts), by kind: what a log file records of the code. */
export function combatantDigests(dir: string = COMBATANTS_DIR): Record<string, string> {
  const files = readdirSync(dir).filter((f) => isCombatantPath(f) || f === 'classic.ts');
  return digestsOf(files.map((f) => [kindFromPath(f), readFileSync(join(dir, f), 'utf8')] as const));
}
