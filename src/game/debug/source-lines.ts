// Where is a coroutine suspended? The combatant transform (scripts/combatant-transform.ts) records
// each yield's line (src/core/sites.ts); this turns that record into the line of the raw source.
// The sources themselves are in combatant-sources.ts.

export interface SourceFile {
  /** `slime.ts` */
  readonly file: string;
  readonly text: string;
}

export interface YieldLine {
  /** 1-based line number in the file. */
  readonly line: number;
  /** The line's code, trimmed, trailing comment removed. */
  readonly code: string;
  /** The generator function the line is in (`create`, `angry`), when it can be told. */
  readonly func: string | null;
  /** The `yield*` delegation chain, outermost first: `['create', 'angry']`; empty when none. */
  readonly stack: readonly string[];
  /** Reported by the instrumentation, never guessed. */
  readonly how: 'exact';
}

/** Removes a trailing `// comment` that is not inside a string. */
export function stripComment(line: string): string {
  let quote: string | null = null;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = null;
    } else if (c === '"' || c === "'" || c === '`') quote = c;
    else if (c === '/' && line[i + 1] === '/') return line.slice(0, i);
  }
  return line;
}

/** `slime.ts:12  got = yield { hp };` */
export function formatYieldLine(file: string, y: Pick<YieldLine, 'line' | 'code'>): string {
  return `${file}:${y.line}  ${y.code}`;
}

/** The line the instrumentation recorded (src/core/sites.ts), in dev and in the build; null without a record for this file. */
export function recordedYieldLine(
  view: { readonly at: { readonly file: string; readonly line: number } | null; readonly stack: readonly { readonly label?: string }[] },
  source: SourceFile,
): YieldLine | null {
  if (!view.at || view.at.file !== source.file) return null;
  const code = stripComment(source.text.split(/\r?\n/)[view.at.line - 1] ?? '').trim();
  const stack = view.stack.length > 0 ? ['create', ...view.stack.map((f) => f.label ?? '?')] : [];
  return { line: view.at.line, code, func: stack.at(-1) ?? null, stack, how: 'exact' };
}
