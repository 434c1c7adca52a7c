// A combatant's TypeScript → instrumented JavaScript that a module loader can run: the transform
// (combatant-transform.ts), then sucrase strips the types. Both keep every line where it was, so
// the line numbers in the inserted calls, in stack traces and in error messages are the file's.
// Used by the Node loader hook (`npm run sim`, `npm run fuzz`) and, in the page, by the playground;
// the Vite build strips types itself and takes only the transform.
import { transform } from 'sucrase';
import { instrumentCombatant, type InstrumentOptions, type Site } from './combatant-transform.ts';
import { baseName, CombatantSyntaxError } from './parse-typescript.ts';

export interface CompiledCombatant {
  /** An ES module, without a source map comment. */
  readonly code: string;
  /** Version 3 source map from `code` to the instrumented TypeScript (same lines as the original). */
  readonly map: { readonly version: number; readonly sources: readonly string[]; readonly mappings: string; readonly sourcesContent: readonly string[] };
  readonly sites: readonly Site[];
}

/** sucrase's errors carry `loc` with a 0-based column and name the file in their message. */
interface SucraseError extends SyntaxError {
  readonly loc?: { readonly line: number; readonly column: number };
}

/**
 * Instruments and strips one combatant file.
 * @throws CombatantSyntaxError (with `line` and `column`) when it does not parse.
 */
export function compileCombatant(source: string, file: string, options: InstrumentOptions = {}): CompiledCombatant {
  const instrumented = instrumentCombatant(source, file, options);
  try {
    const out = transform(instrumented.code, {
      transforms: ['typescript'],
      // Keep modern syntax as written: the targets run ES2022.
      disableESTransforms: true,
      filePath: file,
      sourceMapOptions: { compiledFilename: baseName(file).replace(/\.ts$/, '.js') },
    });
    const map = out.sourceMap!;
    return { code: out.code, map: { ...map, sourcesContent: [instrumented.code] }, sites: instrumented.sites };
  } catch (error) {
    // The parser above accepted the file, so this is syntax sucrase alone rejects; keep its position.
    const loc = (error as SucraseError).loc;
    if (!(error instanceof SyntaxError) || !loc) throw error;
    const reason = error.message.replace(/^Error transforming [^:]*: /, '').replace(/\s*\(\d+:\d+\)$/, '');
    throw new CombatantSyntaxError(baseName(file), reason, loc.line, loc.column + 1);
  }
}
