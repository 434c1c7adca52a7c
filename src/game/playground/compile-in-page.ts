// Apply's first half: a monster's TypeScript → a module the roster can take, or what is wrong with
// it, with the line. The same transform as the build (src/instrument), then the sandbox.
import type { QuickJSWASMModule } from 'quickjs-emscripten-core';
import type { LoadedModule } from '../../core/roster.ts';
import { compileCombatant } from '../../instrument/compile-combatant.ts';
import { CombatantSyntaxError } from '../../instrument/parse-typescript.ts';
import { sandboxedModule } from './sandbox-combatant.ts';

/** Where an error is in the file (1-based), when it is known. */
export interface ErrorPlace {
  readonly line: number;
  readonly column: number;
}

export interface CompiledInPage {
  /** `../../combatants/<file>`, as the game's own glob names it. */
  readonly loaded: LoadedModule;
  /** Where the file failed (a syntax error, or the line of the error thrown while loading). */
  readonly place: ErrorPlace | null;
}

/** The first `<file>:<line>:<column>` (or `:<line>`) in a stack trace of the sandbox. */
export function placeInStack(stack: string | undefined, file: string): ErrorPlace | null {
  if (!stack) return null;
  const escaped = file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const m = new RegExp(`${escaped}:(\\d+)(?::(\\d+))?`).exec(stack);
  return m ? { line: Number(m[1]), column: m[2] === undefined ? 1 : Number(m[2]) } : null;
}

export function compileInPage(quickjs: QuickJSWASMModule, source: string, file: string): CompiledInPage {
  const path = `../../combatants/${file}`;
  try {
    const { code } = compileCombatant(source, file, { sitesSpecifier: '__cq' });
    return { loaded: { path, module: sandboxedModule(quickjs, file, code) }, place: null };
  } catch (error) {
    const place = error instanceof CombatantSyntaxError ? { line: error.line, column: error.column } : placeInStack((error as Error).stack, file);
    return { loaded: { path, error }, place };
  }
}
