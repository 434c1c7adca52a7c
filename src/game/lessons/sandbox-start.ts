// A challenge's code, run the playground's way (a lazy chunk): the build's transform and sucrase
// (src/instrument/compile-combatant.ts), then a QuickJS sandbox of its own (playground/sandbox-runtime.ts).
// What it gives back is a Start for the chapter's check, and the line each resume stopped at.
import type { QuickJSWASMModule } from 'quickjs-emscripten-core';
import { compileCombatant } from '../../instrument/compile-combatant.ts';
import { CombatantSyntaxError } from '../../instrument/parse-typescript.ts';
import { openSandbox, type SandboxHost } from '../playground/sandbox-runtime.ts';
import { placeInStack, type ErrorPlace } from '../playground/compile-in-page.ts';
import type { Resumable, Start } from '../../lessons/checks.ts';

export interface StartedCode {
  readonly start: Start;
  /** The yield line of the last resume (1-based), or null before any. */
  lastLine(): number | null;
}

export type Compiled = { readonly ok: true; readonly code: StartedCode } | { readonly ok: false; readonly message: string; readonly place: ErrorPlace | null };

const unused = () => {
  throw new Error('a lesson has no battle: foes(), allies() and rng do not exist here');
};

export function compileLesson(quickjs: QuickJSWASMModule, source: string, file: string): Compiled {
  let line: number | null = null;
  const host: SandboxHost = { at: (_f, l) => void (line = l), push: () => {}, pop: () => {}, foes: unused, allies: unused, rngInt: unused, rngChance: unused, rngPick: unused };
  try {
    const { code } = compileCombatant(source, file, { sitesSpecifier: '__cq' });
    const sandbox = openSandbox(quickjs, file, code, host);
    const described = JSON.parse(sandbox.described) as { function?: string };
    if (described.function === undefined) return { ok: false, message: `${file}: export default a function (function* or a function that returns an iterator)`, place: null };
    let ids = 0;
    const start: Start = (arg) => {
      const id = ids++;
      sandbox.call(id, 'create', JSON.stringify({ hp: arg }));
      const g: Resumable = {
        next(value?: unknown) {
          const r = JSON.parse(sandbox.call(id, 'next', JSON.stringify(value === undefined ? {} : { v: value }))) as { done: boolean; value?: unknown };
          return r.done ? { done: true, value: r.value } : { done: false, value: r.value };
        },
      };
      return g;
    };
    return { ok: true, code: { start, lastLine: () => line } };
  } catch (error) {
    const place = error instanceof CombatantSyntaxError ? { line: error.line, column: error.column } : placeInStack((error as Error).stack, file);
    return { ok: false, message: error instanceof Error ? error.message : String(error), place };
  }
}
