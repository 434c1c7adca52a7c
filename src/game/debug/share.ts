// Input logs in a URL fragment: `#log=` + base64url(JSON). The fragment never reaches a server.
import { parseInputLog, type InputLog } from '../../core/replay.ts';

export const LOG_PARAM = 'log';
/** Longer fragments are refused before decoding (a 2000-step battle is far below this). */
export const MAX_FRAGMENT_CHARS = 400_000;

export function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Throws a plain Error naming the problem. */
export function fromBase64Url(encoded: string): string {
  if (!/^[A-Za-z0-9_-]*$/.test(encoded)) throw new Error('the link data has characters that are not base64url');
  if (encoded.length % 4 === 1) throw new Error('the link data is cut short (bad base64url length)');
  const b64 = encoded.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (encoded.length % 4)) % 4);
  const binary = atob(b64);
  const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}

/** `#log=eyJ2ZXJzaW9uIjox…` */
export function encodeSharedLog(log: InputLog): string {
  return `#${LOG_PARAM}=${toBase64Url(JSON.stringify(log))}`;
}

/** The page URL with the log in its fragment (any previous fragment replaced). */
export function shareUrl(href: string, log: InputLog): string {
  const url = new URL(href);
  url.hash = encodeSharedLog(log);
  return url.toString();
}

export type SharedLog = { ok: true; log: InputLog } | { ok: false; error: string };

/**
 * Reads `location.hash`. null when there is no `log=` in it; otherwise the parsed log or a
 * precise error for the player. The game calls this once at start.
 */
export function readSharedLog(hash: string): SharedLog | null {
  const fragment = hash.startsWith('#') ? hash.slice(1) : hash;
  if (fragment.length > MAX_FRAGMENT_CHARS) return { ok: false, error: `the shared link is too long (${fragment.length} characters)` };
  const param = fragment.split('&').find((p) => p.startsWith(`${LOG_PARAM}=`));
  if (param === undefined) return null;
  const encoded = param.slice(LOG_PARAM.length + 1);
  if (encoded.length === 0) return { ok: false, error: 'the shared link has an empty log' };
  let text: string;
  try {
    text = fromBase64Url(encoded);
  } catch (e) {
    return { ok: false, error: `the shared link is damaged: ${e instanceof Error ? e.message : String(e)}` };
  }
  return parseLogText(text, 'the shared link');
}

/** JSON text (a file, a link) → input log, with an error that says where it came from. */
export function parseLogText(text: string, source: string): SharedLog {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: `${source} is not valid JSON: ${e instanceof Error ? e.message : String(e)}` };
  }
  const parsed = parseInputLog(json);
  return parsed.ok ? parsed : { ok: false, error: `${source}: ${parsed.error}` };
}
