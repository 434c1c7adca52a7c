// Shared pieces of `npm run bench`: the row every figure becomes, statistics and timing helpers.
// Figures are reports, never gates: nothing here throws at a missed target.
export { fmtSpread, percentile, spread, type Spread } from './spread.ts';

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

/** Monotonic clock in nanoseconds, as a number (safe for spans of days). */
export function nowNs(): number {
  return Number(process.hrtime.bigint());
}

/** This process's CPU time (user + system) in nanoseconds: what the figures of groups 1 and 2 count. */
export function cpuNs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) * 1000;
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
