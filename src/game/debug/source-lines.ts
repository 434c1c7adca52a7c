// Where is a coroutine suspended? Until a Vite plugin instruments the yields, this is an honest
// guess: the `yield` line in the combatant's source whose text best matches the shape of the value
// it last yielded (`{ hp, act: … }` or `{ hp }`, or a bare number in the classic counter).
// The sources come in as raw text through import.meta.glob, so this works in `npm run build` output.

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
  /** 'guess': matched by shape. 'exact': reported by instrumentation (later). */
  readonly how: 'guess' | 'exact';
}

const rawSources = import.meta.glob('../../combatants/*.ts', { eager: true, query: '?raw', import: 'default' }) as Record<string, string>;

/** The combatant files, by kind (`slime`, `king-slime`, `classic`). */
export const COMBATANT_SOURCES: ReadonlyMap<string, SourceFile> = new Map(
  Object.entries(rawSources).map(([path, text]) => {
    const file = path.split('/').pop()!;
    return [file.replace(/\.ts$/, ''), { file, text }];
  }),
);

/** The default `sourceFor`: the combatant's own file. Under the classic rule every combatant runs `classic.ts`. */
export function defaultSourceFor(kind: string): SourceFile | null {
  return COMBATANT_SOURCES.get(kind) ?? null;
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

/** Splits `a ? { x } : { y }` into its alternatives at bracket depth 0. */
function alternatives(expr: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  let quote: string | null = null;
  for (let i = 0; i < expr.length; i++) {
    const c = expr[i]!;
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = null;
      continue;
    }
    if (c === '"' || c === "'" || c === '`') quote = c;
    else if (c === '{' || c === '(' || c === '[') depth++;
    else if (c === '}' || c === ')' || c === ']') depth--;
    else if (depth === 0 && (c === '?' || c === ':')) {
      out.push(expr.slice(start, i));
      start = i + 1;
    }
  }
  out.push(expr.slice(start));
  return out.map((s) => s.trim()).filter((s) => s.length > 0);
}

const words = (s: string, key: string) => new RegExp(`\\b${key.replace(/[^\w$]/g, '')}\\b`).test(s);

/** How well one yielded expression's text matches the value it yielded. Higher is better. */
function scoreExpr(expr: string, value: unknown): number {
  const isObjectLiteral = expr.startsWith('{');
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return isObjectLiteral ? -3 : 2;
  const v = value as Record<string, unknown>;
  let score = isObjectLiteral ? 1 : -1;
  for (const key of new Set(['hp', 'mp', 'act', ...Object.keys(v)])) {
    const has = key in v && v[key] !== undefined;
    const mentioned = words(expr, key);
    if (has && mentioned) score += 2;
    else if (!has && mentioned) score -= 3;
    else if (has && !mentioned) score -= 1;
  }
  const act = v.act;
  const asksCommand = /['"]command['"]/.test(expr);
  if (act === 'command') score += asksCommand ? 3 : -2;
  else if (asksCommand) score -= 5;
  if (typeof act === 'object' && act !== null) {
    const a = act as Record<string, unknown>;
    const kind = /\bkind:\s*['"]([\w-]+)['"]/.exec(expr)?.[1];
    if (kind !== undefined) score += kind === a.kind ? 3 : -5;
    const spell = /\bspell:\s*['"]([\w-]+)['"]/.exec(expr)?.[1];
    if (spell !== undefined) score += spell === a.spell ? 2 : -4;
    if (words(expr, 'hits')) score += a.hits !== undefined ? 2 : -3;
  }
  return score;
}

const YIELD = /\byield\b(?!\s*\*)/;
const FUNC = /function\s*\*\s*([A-Za-z_$][\w$]*)|^\s*\*\s*([A-Za-z_$][\w$]*)\s*\(/;

/**
 * Finds the `yield` line that best matches the yielded value. Ties go to the first such line.
 * Returns null when the file has no plain `yield`.
 */
export function findYieldLine(text: string, yielded: unknown): YieldLine | null {
  const lines = text.split(/\r?\n/);
  let best: { index: number; score: number; code: string } | null = null;
  for (let i = 0; i < lines.length; i++) {
    const code = stripComment(lines[i]!);
    const at = code.search(YIELD);
    if (at < 0) continue;
    const expr = code.slice(at + 'yield'.length).replace(/;\s*$/, '').trim();
    const alts = alternatives(expr);
    const score = Math.max(...(alts.length > 0 ? alts : ['']).map((a) => scoreExpr(a, yielded)));
    if (!best || score > best.score) best = { index: i, score, code: code.trim() };
  }
  if (!best) return null;
  const func = enclosingFunction(lines, best.index);
  const stack = func !== null && func !== 'create' && new RegExp(`yield\\s*\\*\\s*${func}\\s*\\(`).test(text) ? ['create', func] : [];
  return { line: best.index + 1, code: best.code, func, stack, how: 'guess' };
}

function enclosingFunction(lines: readonly string[], index: number): string | null {
  for (let i = index; i >= 0; i--) {
    const m = FUNC.exec(stripComment(lines[i]!));
    if (m) return m[1] ?? m[2] ?? null;
  }
  return null;
}

/** `slime.ts:12  got = yield { hp };` */
export function formatYieldLine(file: string, y: Pick<YieldLine, 'line' | 'code'>): string {
  return `${file}:${y.line}  ${y.code}`;
}

/**
 * The line the instrumentation recorded (src/core/sites.ts): exact, in dev and in the build.
 * Falls back to the shape guess for code that was not instrumented.
 */
export function recordedYieldLine(
  view: { readonly at: { readonly file: string; readonly line: number } | null; readonly stack: readonly { readonly label?: string }[]; readonly lastYielded: unknown },
  source: SourceFile,
): YieldLine | null {
  if (!view.at || view.at.file !== source.file) return findYieldLine(source.text, view.lastYielded);
  const code = stripComment(source.text.split(/\r?\n/)[view.at.line - 1] ?? '').trim();
  const stack = view.stack.length > 0 ? ['create', ...view.stack.map((f) => f.label ?? '?')] : [];
  return { line: view.at.line, code, func: stack.at(-1) ?? null, stack, how: 'exact' };
}
