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
