// Reads the site table back out of any output of the transform (TypeScript, or the JavaScript a
// loader made of it): every inserted `__cq.at/delegate/guard("file", LINE[, "label"]` call.
import type { Site } from '../../src/instrument/combatant-transform.ts';

const CALL = /__cq\.(at|delegate|guard)\("((?:[^"\\]|\\.)*)", (\d+)(?:, ("(?:[^"\\]|\\.)*"))?/g;

/** The calls in `code`, sorted by line, kind and label, each with the file it names. */
export function sitesInCode(code: string): (Site & { readonly file: string })[] {
  const out: (Site & { file: string })[] = [];
  for (const m of code.matchAll(CALL)) {
    const kind = m[1] as Site['kind'];
    const site = { kind, file: JSON.parse(`"${m[2]}"`) as string, line: Number(m[3]) };
    out.push(kind === 'delegate' ? { ...site, label: JSON.parse(m[4]!) as string } : site);
  }
  return sortSites(out);
}

/** A site table in one canonical order, so tables from different walks compare equal. */
export function sortSites<T extends Site>(sites: readonly T[]): T[] {
  const key = (s: Site) => `${String(s.line).padStart(6, '0')} ${s.kind} ${s.label ?? ''}`;
  return [...sites].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}
