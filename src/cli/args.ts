// Argument helpers shared by the CLIs.

/**
 * `--seed -1` would read as an unknown option `-1`; joined as `--seed=-1` the real problem
 * ("not a positive integer") can be named. Only the listed numeric options are joined.
 */
export function joinNegativeValues(args: readonly string[], numeric: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const next = args[i + 1];
    if (numeric.includes(args[i]!) && next !== undefined && /^-\d/.test(next)) {
      out.push(`${args[i]}=${next}`);
      i++;
    } else out.push(args[i]!);
  }
  return out;
}

/** `--party mage:3` → { kind: 'mage', level: 3 }; the level is optional. null when it does not parse. */
export function parseMember(text: string): { kind: string; level?: number } | null {
  const m = /^([a-z0-9][a-z0-9-]{0,63})(?::(\d{1,2}))?$/.exec(text);
  if (!m) return null;
  const level = m[2] === undefined ? undefined : Number(m[2]);
  if (level !== undefined && (level < 1 || level > 99)) return null;
  return level === undefined ? { kind: m[1]! } : { kind: m[1]!, level };
}

/** `--item yakusou=3` (or `--item yakusou`, one) → the bag; a sentence when an item is unknown or a count is bad. */
export function parseBag(items: readonly string[], known: readonly string[]): Record<string, number> | string {
  const bag: Record<string, number> = {};
  for (const text of items) {
    const m = /^([a-z]+)(?:=(\d{1,2}))?$/.exec(text);
    if (!m || !known.includes(m[1]!)) return `--item: ${JSON.stringify(text)} is not an item (known: ${known.join(', ')}; e.g. yakusou=3)`;
    bag[m[1]!] = (bag[m[1]!] ?? 0) + (m[2] === undefined ? 1 : Number(m[2]));
    if (bag[m[1]!]! > 99) return `--item: at most 99 of ${m[1]}`;
  }
  return bag;
}
