// Discovery: which files in src/combatants are monsters. One rule, used by the game and the CLI.
import { isCombatantDef, type CombatantDef } from './protocol.ts';

export type Roster = ReadonlyMap<string, CombatantDef>;

/** `slime.ts` and `she-slime.ts` are monsters; `_template.ts`, `classic.ts`, tests and types are not. */
export function isCombatantPath(path: string): boolean {
  const file = path.split(/[\\/]/).pop() ?? '';
  return /^[a-z0-9][a-z0-9-]*\.(ts|js)$/.test(file) && file !== 'classic.ts' && file !== 'index.ts';
}

export function kindFromPath(path: string): string {
  return (path.split(/[\\/]/).pop() ?? '').replace(/\.(ts|js)$/, '');
}

export interface LoadedModule {
  readonly path: string;
  readonly module?: unknown;
  readonly error?: unknown;
}

export interface RosterResult {
  readonly roster: Roster;
  /** One sentence per file that was skipped, naming the file. */
  readonly problems: readonly string[];
}

/** Builds the roster from loaded modules; a bad file is skipped with a notice, never fatal. */
export function collectRoster(modules: readonly LoadedModule[]): RosterResult {
  const roster = new Map<string, CombatantDef>();
  const problems: string[] = [];
  for (const m of [...modules].sort((a, b) => a.path.localeCompare(b.path))) {
    if (!isCombatantPath(m.path)) continue;
    const file = m.path.split(/[\\/]/).pop();
    if (m.error !== undefined) {
      problems.push(`${file}: failed to load (${m.error instanceof Error ? m.error.message : String(m.error)})`);
      continue;
    }
    const exported = typeof m.module === 'object' && m.module !== null ? Object.values(m.module) : [];
    const defs = exported.filter(isCombatantDef);
    if (defs.length !== 1) {
      problems.push(defs.length === 0
        ? `${file}: exports no combatant definition (export default defineEnemy({ … }))`
        : `${file}: exports ${defs.length} combatant definitions; one file holds one monster`);
      continue;
    }
    const def = defs[0]!;
    const kind = kindFromPath(m.path);
    if (def.kind !== kind) {
      problems.push(`${file}: its kind is ${JSON.stringify(def.kind)} but the file name says ${JSON.stringify(kind)}`);
      continue;
    }
    roster.set(kind, def);
  }
  return { roster, problems };
}
