// A chapter's two code panes: the TypeScript that runs and the Python written beside it. Lines that
// correspond carry the same tag, `// py:give` in TypeScript and `# ts:give` in Python, so the
// highlight moves in both panes and an edit elsewhere in either file moves nothing.

export interface CodeText {
  /** The text shown: the file with its tags taken off (every line stays where it was). */
  readonly lines: readonly string[];
  /** Tag → 1-based line. */
  readonly tags: ReadonlyMap<string, number>;
}

const TAG = /\s*(?:\/\/|#) (?:py|ts):([a-z0-9-]+)\s*$/;

export function codeText(text: string): CodeText {
  const tags = new Map<string, number>();
  const lines = text.replace(/\n$/, '').split('\n').map((line, i) => {
    const m = TAG.exec(line);
    if (!m) return line;
    tags.set(m[1]!, i + 1);
    // A line that held only its tag (Python's `# ts:end`) keeps a blank line.
    return line.slice(0, m.index);
  });
  return { lines, tags };
}

/** The tag of a 1-based line, if it has one. */
export function tagAt(code: CodeText, line: number | null): string | null {
  if (line === null) return null;
  for (const [tag, at] of code.tags) if (at === line) return tag;
  return null;
}

/** The 1-based line of the first line containing `marker` (a comment added for the lessons), or null. */
export function markerLine(text: string, marker: string): number | null {
  const i = text.split('\n').findIndex((l) => l.includes(marker));
  return i < 0 ? null : i + 1;
}
