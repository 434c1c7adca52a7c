// Shared pieces of `npm run bench`: the row every figure becomes, statistics and timing helpers.
// Figures are reports, never gates: nothing here throws at a missed target.

export interface BenchOptions {
  /** `--quick`: fewer repeats and shorter browser windows, the whole run under a minute. */
  readonly quick: boolean;
  /** Prints progress to stderr (the table goes to stdout). */
  readonly log: (line: string) => void;
}

/** One line of the table, and one object in bench/results.json. */
export interface Row {
  /** `1 scheduler`, `2 headless`, … */
  readonly group: string;
  readonly figure: string;
  /** What is printed: the figure with its unit, and min–max where it is a median. */
  readonly value: string;
  /** The target in words (`≤ 1.5×`), or `—` for a figure shown for information. */
  readonly target: string;
  /** true/false against the target; null when there is no target or no figure (n/a). */
  readonly met: boolean | null;
  /** The numbers behind `value`, for results.json. */
  readonly data?: Readonly<Record<string, unknown>>;
}

export interface Spread {
  readonly median: number;
  readonly min: number;
  readonly max: number;
  readonly n: number;
}

export function spread(values: readonly number[]): Spread {
  if (values.length === 0) return { median: NaN, min: NaN, max: NaN, n: 0 };
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { median, min: sorted[0]!, max: sorted[sorted.length - 1]!, n: sorted.length };
}

/** Nearest-rank percentile, p in [0, 100]. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1]!;
}

/** Monotonic clock in nanoseconds, as a number (safe for spans of days). */
export function nowNs(): number {
  return Number(process.hrtime.bigint());
}

/** `12.3 (11.9–13.0)`: a median with its min and max, in the given number format. */
export function fmtSpread(s: Spread, digits = 1, unit = ''): string {
  if (s.n === 0) return 'n/a';
  const f = (x: number) => x.toFixed(digits);
  return s.n === 1 ? `${f(s.median)}${unit}` : `${f(s.median)}${unit} (${f(s.min)}–${f(s.max)})`;
}

export function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

/** A row for a figure that could not be measured, with the reason in its value. */
export function naRow(group: string, figure: string, target: string, reason: string): Row {
  return { group, figure, value: `n/a (${reason})`, target, met: null, data: { na: reason } };
}

export function errorText(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  const first = text.split('\n')[0] ?? text;
  return first.length > 160 ? `${first.slice(0, 160)}…` : first;
}
