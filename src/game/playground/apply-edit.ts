// Apply, the part that needs the compiler and the sandbox (a chunk of its own, fetched at the first
// Apply): compile the text, load it into its own sandbox, check it as the roster checks any file,
// and swap it into the live roster, where the scene's hot-swap replays the battle and reports.
import type { QuickJSWASMModule } from 'quickjs-emscripten-core';
import { collectRoster } from '../../core/roster.ts';
import { loadedModule, swapInModules } from '../hot-reload/combatant-registry.ts';
import { compileInPage, type ErrorPlace } from './compile-in-page.ts';
import { loadQuickJs } from './quickjs-loader.ts';

export type ApplyOutcome =
  | { readonly ok: true; readonly kinds: readonly string[] }
  | { readonly ok: false; readonly message: string; readonly place: ErrorPlace | null };

/** `bat.ts:4:7: …` or `… at line 4` in a roster problem: the place to mark. */
function placeIn(message: string, file: string): ErrorPlace | null {
  const m = new RegExp(`${file.replace(/\./g, '\\.')}:(\\d+)(?::(\\d+))?`).exec(message) ?? /\bline (\d+)(?:, column (\d+))?/.exec(message);
  return m ? { line: Number(m[1]), column: m[2] === undefined ? 1 : Number(m[2]) } : null;
}

export interface Applier {
  apply(source: string, file: string): ApplyOutcome;
  /** The file's shipped module goes back into the battle. */
  reset(file: string): void;
}

export async function createApplier(): Promise<Applier> {
  const quickjs: QuickJSWASMModule = await loadQuickJs();
  return {
    apply(source, file) {
      const compiled = compileInPage(quickjs, source, file);
      const checked = collectRoster([compiled.loaded]);
      const problem = checked.problems[0];
      if (problem !== undefined) return { ok: false, message: problem, place: compiled.place ?? placeIn(problem, file) };
      const swap = swapInModules([compiled.loaded]);
      return { ok: true, kinds: swap.kinds };
    },
    reset(file) {
      const path = `../../combatants/${file}`;
      const module = loadedModule(path);
      if (module !== undefined) swapInModules([{ path, module }]);
    },
  };
}
