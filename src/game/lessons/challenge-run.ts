// The challenge's Check (a lazy chunk with the compiler and the sandbox, like the playground's
// Apply): compile the learner's text, run it in its own sandbox, and check what it does.
import type { QuickJSWASMModule } from 'quickjs-emscripten-core';
import { CHECKS, type ChapterId, type CheckOutcome } from '../../lessons/checks.ts';
import type { ErrorPlace } from '../playground/compile-in-page.ts';
import { compileLesson } from './sandbox-start.ts';

export { loadQuickJs } from '../playground/quickjs-loader.ts';

export type ChallengeResult = CheckOutcome & { readonly place: ErrorPlace | null };

export async function runChallenge(quickjs: QuickJSWASMModule, id: ChapterId, source: string): Promise<ChallengeResult> {
  const compiled = compileLesson(quickjs, source, `${id}.ts`);
  if (!compiled.ok) return { ok: false, calls: [], ja: `よみこめません: ${compiled.message}`, en: `Could not load it: ${compiled.message}`, place: compiled.place };
  return { ...(await CHECKS[id](compiled.code.start)), place: null };
}
