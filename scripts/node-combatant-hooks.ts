// Node module-customization hooks for the CLI (sim, fuzz): the same combatant transform the Vite
// plugin applies, so `npm run sim` reports yield lines and turns an endless loop into a NoYieldError.
//
// Ordering with tsx: tsx registers its own hooks first (`tsx` runs node with `--import tsx`), and
// hooks registered later run first. This `load` hook therefore sees a combatant URL before tsx
// does; it reads the file, instruments the TypeScript text, strips the types itself (sucrase, in
// src/instrument/compile-combatant.ts, as the browser does) and short-circuits, so tsx's order or
// transpiler never matters for these files.
// Everything else (and module resolution) is left to tsx. This file is itself the hooks module:
// `registerCombatantHooks()` registers `import.meta.url`, which tsx loads in the hooks thread.
import { readFile } from 'node:fs/promises';
import { register } from 'node:module';
import { fileURLToPath } from 'node:url';

const GAME = /\/src\/combatants\/[^/]+\.ts$/;
const FIXTURES = /\/test\/fixtures\/(?:combatants|rules)\/[^/]+\.ts$/;

/** Whether a module URL is a combatant file the hook instruments (src/combatants, test fixtures; not `_*.ts`). */
export function isCombatantUrl(url: string): boolean {
  if (!url.startsWith('file:')) return false;
  const path = fileURLToPath(url.replace(/[?#].*$/, '')).replace(/\\/g, '/');
  if (path.includes('/node_modules/') || (path.split('/').pop() ?? '').startsWith('_')) return false;
  return GAME.test(path) || FIXTURES.test(path);
}

const REGISTERED = Symbol.for('coroutine-quest.combatant-hooks');

/**
 * Registers the hooks once per process; call it before the first combatant is imported.
 * Returns false when nothing was registered: already done, or running under Vitest, whose Vite
 * plugin pipeline (scripts/vite-plugin-combatants.ts) already instruments what tests import.
 */
export function registerCombatantHooks(): boolean {
  const g = globalThis as Record<symbol, unknown>;
  if (g[REGISTERED] || process.env.VITEST) return false;
  g[REGISTERED] = true;
  register(import.meta.url);
  return true;
}

// ---- the hooks themselves (run in Node's loader thread) ----

interface LoadContext {
  readonly format?: string | null;
  readonly conditions?: readonly string[];
  readonly importAttributes?: Record<string, string>;
}

interface LoadResult {
  readonly format: string;
  readonly source?: string | ArrayBuffer | Uint8Array | null;
  readonly shortCircuit?: boolean;
}

type NextLoad = (url: string, context?: LoadContext) => LoadResult | Promise<LoadResult>;

/** Instruments and transpiles one combatant file: TypeScript in, an ES module with an inline source map out. */
export async function compileCombatant(source: string, path: string): Promise<string> {
  // Loaded on first use, in the hooks thread: a CLI run that imports no combatant never pays for it.
  const { compileCombatant: compile } = await import('../src/instrument/compile-combatant.ts');
  const { code, map } = compile(source, path);
  return `${code}\n//# sourceMappingURL=data:application/json;base64,${Buffer.from(JSON.stringify(map)).toString('base64')}\n`;
}

export async function load(url: string, context: LoadContext, nextLoad: NextLoad): Promise<LoadResult> {
  if (!isCombatantUrl(url)) return nextLoad(url, context);
  const path = fileURLToPath(url.replace(/[?#].*$/, ''));
  const source = await readFile(path, 'utf8');
  return { format: 'module', source: await compileCombatant(source, path), shortCircuit: true };
}
