// Node module-customization hooks for the CLI (sim, fuzz): the same combatant transform the Vite
// plugin applies, so `npm run sim` reports yield lines and turns an endless loop into a NoYieldError.
//
// Ordering with tsx: tsx registers its own hooks first (`tsx` runs node with `--import tsx`), and
// hooks registered later run first. This `load` hook therefore sees a combatant URL before tsx
// does; it reads the file, instruments the TypeScript text, transpiles it itself with
// ts.transpileModule and short-circuits, so tsx's order or transpiler never matters for these files.
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
  const [{ instrumentCombatant }, { default: ts }] = await Promise.all([import('./combatant-transform.ts'), import('typescript')]);
  const instrumented = instrumentCombatant(source, path).code;
  const out = ts.transpileModule(instrumented, {
    fileName: path,
    reportDiagnostics: true,
    compilerOptions: {
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      inlineSourceMap: true,
      inlineSources: true,
    },
  });
  const errors = (out.diagnostics ?? []).filter((d) => d.category === ts.DiagnosticCategory.Error);
  if (errors.length > 0) {
    const d = errors[0]!;
    const where = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start) : null;
    const file = path.replace(/\\/g, '/').split('/').pop();
    throw new SyntaxError(
      `${file}${where ? `:${where.line + 1}:${where.character + 1}` : ''}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`,
    );
  }
  return out.outputText;
}

export async function load(url: string, context: LoadContext, nextLoad: NextLoad): Promise<LoadResult> {
  if (!isCombatantUrl(url)) return nextLoad(url, context);
  const path = fileURLToPath(url.replace(/[?#].*$/, ''));
  const source = await readFile(path, 'utf8');
  return { format: 'module', source: await compileCombatant(source, path), shortCircuit: true };
}
