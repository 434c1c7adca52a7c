// "The same event" across two runs of a battle, defined once: hot reload's comparison, the fuzzer's
// replay check and the debug export (and the test it generates) all use it. A new run makes new
// Error objects, so errors compare by name and message; values JSON cannot hold are spelled out.
import { show } from './validate.ts';

/** An event (or any value in one) as comparable text. */
export function eventKey(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) => {
    if (v instanceof Error) return { error: `${v.name}: ${v.message}` };
    if (v === undefined) return '(undefined)';
    if (typeof v === 'number' && !Number.isFinite(v)) return `(${String(v)})`;
    if (typeof v === 'bigint' || typeof v === 'symbol' || typeof v === 'function') return `(${show(v)})`;
    return v;
  }) ?? '(undefined)';
}

export function sameEvent(a: unknown, b: unknown): boolean {
  return eventKey(a) === eventKey(b);
}

/** A JSON copy as an export writes it: errors become { name, message } and undefined fields drop out. */
export function plain(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value, (_key, v: unknown) => (v instanceof Error ? { name: v.name, message: v.message } : v)) ?? 'null');
}
