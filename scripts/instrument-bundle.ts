// src/instrument bundled for the browser with esbuild, as the playground will load it: used by the
// bench for its gzip size and by test/instrument to run the very bundle without Node.
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** `transform`: the instrumentation alone (what the Vite build applies); `compile`: with sucrase stripping the types. */
export type InstrumentEntry = 'transform' | 'compile';

const ENTRIES: Record<InstrumentEntry, string> = {
  transform: "export { instrumentCombatant, CombatantSyntaxError } from './src/instrument/combatant-transform.ts';",
  compile: "export { compileCombatant } from './src/instrument/compile-combatant.ts';\n" + "export { instrumentCombatant, CombatantSyntaxError } from './src/instrument/combatant-transform.ts';",
};

export interface InstrumentBundle {
  /** A minified IIFE that assigns `globalName`. */
  readonly code: string;
  /** Every file the bundle took in, relative to the repository root (`node_modules/acorn/dist/acorn.mjs`). */
  readonly inputs: readonly string[];
  readonly warnings: readonly string[];
}

/** Bundles for `platform: 'browser'`: an import of a Node module would fail the build. */
export async function bundleInstrument(entry: InstrumentEntry, globalName = 'cqInstrument'): Promise<InstrumentBundle> {
  const out = await build({
    stdin: { contents: ENTRIES[entry], resolveDir: ROOT, loader: 'ts', sourcefile: `instrument-${entry}.ts` },
    absWorkingDir: ROOT,
    bundle: true,
    write: false,
    platform: 'browser',
    format: 'iife',
    globalName,
    target: 'es2022',
    minify: true,
    metafile: true,
    logLevel: 'silent',
  });
  return {
    code: out.outputFiles[0]!.text,
    // node_modules may be a symlink (`../main/node_modules/…`): name packages from `node_modules/` on.
    inputs: Object.keys(out.metafile.inputs)
      .filter((f) => !f.startsWith('<stdin>') && f !== `instrument-${entry}.ts`)
      .map((f) => f.replace(/^(?:.*\/)?node_modules\//, 'node_modules/')),
    warnings: out.warnings.map((w) => w.text),
  };
}
