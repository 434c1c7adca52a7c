// A short fingerprint of a monster's source text, recorded in a log so a replay can tell that the
// code it runs is not the code the log was made with. Not cryptographic: it only has to notice edits.

/** Digests are `fnv1a32:` and 8 hex digits; the prefix leaves room for another hash later. */
export const DIGEST_PATTERN = /^[a-z0-9-]{1,16}:[0-9a-f]{8,64}$/;

/**
 * FNV-1a (32 bit) over the text's UTF-16 code units, with CRLF read as LF so a Windows checkout of
 * the same file gives the same digest as the game's bundled copy.
 */
export function sourceDigest(text: string): string {
  const normalized = text.replace(/\r\n?/g, '\n');
  let h = 0x811c9dc5;
  for (let i = 0; i < normalized.length; i++) {
    h ^= normalized.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return `fnv1a32:${h.toString(16).padStart(8, '0')}`;
}

/** Source texts by kind (`slime` → the text of slime.ts) → digests by kind. */
export function digestsOf(sources: Iterable<readonly [string, string]>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [kind, text] of sources) out[kind] = sourceDigest(text);
  return out;
}
