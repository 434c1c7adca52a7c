// The code from a share link that the player agreed to run, for this page only: the editor opens
// it (Edit shows what runs, not the shipped file) and Share carries it on, like the player's own
// applied edits. It is never written to storage: consent to run is not consent to keep. Applying
// an edit of such a file makes it the player's own edit (kept as any other); Reset forgets it.
import type { CodeFiles } from './code-link.ts';

const linked = new Map<string, string>();

/** Called after consent, with the files that compiled and were swapped in. */
export function rememberLinkedCode(files: CodeFiles): void {
  for (const [file, text] of Object.entries(files)) linked.set(file, text);
}

export function linkedCode(): ReadonlyMap<string, string> {
  return linked;
}

export function forgetLinkedCode(file: string): void {
  linked.delete(file);
}
