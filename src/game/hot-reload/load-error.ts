// What the dev server says when a saved combatant file cannot be used, in one line a learner can act
// on: "Expected `,` or `}` but found `Identifier` at line 3, column 3". Vite 8's `vite:error` payload
// has no `loc` for a parse error (its oxc transform puts the place only in the message, inside a
// framed, coloured code excerpt), so the place is read from the message when `loc` is missing.

export interface LoadErrorPayload {
  readonly message?: string;
  readonly id?: string;
  readonly loc?: { readonly file?: string; readonly line?: number; readonly column?: number };
}

export interface LoadError {
  /** The first line that says what is wrong, without colours or the "[PARSE_ERROR]" tag. */
  readonly message: string;
  /** The file's name (`slime.ts`), when the payload says which. */
  readonly file: string | null;
  readonly line: number | null;
  readonly column: number | null;
}

const ANSI = /\x1b\[[0-9;]*m/g;
// oxc frames the place as "[ src/combatants/slime.ts:3:3 ]"; rollup-style messages as "slime.ts:3:3".
const PLACE = /([^\s[\]()]+\.[cm]?[jt]sx?):(\d+):(\d+)/;
const MAX = 120;

const fileName = (path: string) => path.split(/[\\/]/).pop() ?? path;

export function parseLoadError(err: LoadErrorPayload | undefined): LoadError {
  const text = (err?.message ?? '').replace(ANSI, '');
  const lines = text.split('\n').map((l) => l.trim()).filter((l) => l !== '');
  // The first line that is neither the "Transform failed" header nor part of the code frame.
  const said = lines.find((l) => !/^Transform failed/i.test(l) && !/^[│╭╰─┬\d\s]*[│╭╰]/.test(l)) ?? lines[0] ?? 'error';
  // Our own transform's message starts with its place ("bat.ts:5:3: Unexpected token"): said once, at the end.
  let message = said.replace(/^\[[A-Z_]+\]\s*/, '').replace(/^[^\s:]+:\d+:\d+:\s*/, '');
  if (message.length > MAX) message = `${message.slice(0, MAX)}…`;
  const place = PLACE.exec(text);
  const line = err?.loc?.line ?? (place ? Number(place[2]) : null);
  // Rollup's `loc.column` counts from 0; messages, editors and this notice count from 1.
  const column = err?.loc?.column !== undefined ? err.loc.column + 1 : place ? Number(place[3]) : null;
  const path = err?.loc?.file ?? err?.id ?? place?.[1] ?? null;
  return { message, file: path === null ? null : fileName(path), line, column };
}

/** "Expected `,` … at line 3, column 3" (the file is named by whoever shows it). */
export function describeLoadError(e: LoadError): string {
  if (e.line === null) return e.message;
  return e.column === null ? `${e.message} at line ${e.line}` : `${e.message} at line ${e.line}, column ${e.column}`;
}
