// Share links: `#log=2.` + base64url(deflate-raw(the log file's compact JSON)). The fragment never
// reaches a server. Links made before compression (`#log=` + base64url(JSON), version 1) still open.
import { Inflate, deflateSync, strToU8 } from 'fflate';
import { MAX_LOG_CHARS, logJson, problem, readLogFile, writeLogFile, type LogFile, type LogProblem, type LogRead } from '../../core/log/log-file.ts';

export const LINK_PARAM = 'log';
/** The bound on a link's fragment (everything after `#`), checked when making and when opening a link. */
export const MAX_LINK_CHARS = 32_768;
/** Uncompressed version 1 links were allowed this long when they were made, so they keep opening. */
export const MAX_V1_LINK_CHARS = 400_000;
/** The encoding tag after `log=`: version 2 links are compressed. */
export const LINK_ENCODING = '2';

const linkProblem = (kind: LogProblem['kind'], en: string, ja: string) => problem(kind, `the shared link ${en}`, `きょうゆう リンク ${ja}`);
const failed = (p: LogProblem): LogRead => ({ ok: false, problem: p });

export function bytesToBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Throws a plain Error naming the problem. */
export function base64UrlToBytes(encoded: string): Uint8Array {
  if (!/^[A-Za-z0-9_-]*$/.test(encoded)) throw new Error('has characters that are not base64url');
  if (encoded.length % 4 === 1) throw new Error('is cut short (bad base64url length)');
  const b64 = encoded.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (encoded.length % 4)) % 4);
  return Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
}

/** `#log=2.…`, or a too-large problem that says what to do instead. */
export function encodeLogLink(file: LogFile, extra?: Readonly<Record<string, unknown>>): { ok: true; hash: string } | { ok: false; problem: LogProblem } {
  // `extra`: the debugger's other branches (docs/log-format.md), after the file's own fields.
  const text = extra ? JSON.stringify({ ...logJson(file), ...extra }) : writeLogFile(file, { compact: true });
  const packed = deflateSync(strToU8(text), { level: 9 });
  const hash = `#${LINK_PARAM}=${LINK_ENCODING}.${bytesToBase64Url(packed)}`;
  if (hash.length - 1 > MAX_LINK_CHARS) {
    return {
      ok: false,
      problem: problem('too-large', `this battle is too long for a link (${hash.length - 1} characters; at most ${MAX_LINK_CHARS}): export the log file instead`, `この たたかい は リンク に するには ながすぎます (${hash.length - 1} もじ。${MAX_LINK_CHARS} もじ まで)。ログ を ファイル に かきだして ください`),
    };
  }
  return { ok: true, hash };
}

/** The page URL with the log in its fragment (any previous fragment replaced). */
export function logLinkUrl(href: string, file: LogFile, extra?: Readonly<Record<string, unknown>>): { ok: true; url: string } | { ok: false; problem: LogProblem } {
  const link = encodeLogLink(file, extra);
  if (!link.ok) return link;
  const url = new URL(href);
  url.hash = link.hash;
  return { ok: true, url: url.toString() };
}

/** Reads `location.hash`: null when it has no `log=`, else the log or the precise problem. */
export function readLogLink(hash: string): LogRead | null {
  const decoded = readLinkText(hash);
  if (decoded === null || !decoded.ok) return decoded && decoded.read;
  const read = readLogFile(decoded.text);
  return read.ok ? read : failed(fromSource(read.problem, LINK_SOURCE));
}

/** The JSON text inside a `#log=` link (the debugger reads its `branches` too), or the link's problem. */
export function readLinkText(hash: string): { ok: true; text: string } | { ok: false; read: LogRead } | null {
  const failed = (p: LogProblem) => ({ ok: false as const, read: { ok: false as const, problem: p } });
  const fragment = hash.startsWith('#') ? hash.slice(1) : hash;
  const param = fragment.split('&').find((p) => p.startsWith(`${LINK_PARAM}=`));
  if (param === undefined) return null;
  const value = param.slice(LINK_PARAM.length + 1);
  const tagged = /^(\d{1,4})\./.exec(value);
  const bound = tagged ? MAX_LINK_CHARS : MAX_V1_LINK_CHARS;
  if (fragment.length > bound) return failed(linkProblem('too-large', `is too long (${fragment.length} characters; at most ${bound})`, `が ながすぎます (${fragment.length} もじ。${bound} もじ まで)`));
  if (value.length === 0) return failed(linkProblem('malformed', 'has an empty log', 'の ログ が からっぽ です'));
  if (tagged && tagged[1] !== LINK_ENCODING) {
    return failed(linkProblem('unknown-version', `has an unknown version ${tagged[1]} (made by a newer game?); this game reads links of version 1 and ${LINK_ENCODING}`, `の バージョン ${tagged[1]} は よめません。よめる のは 1 と ${LINK_ENCODING}`));
  }
  let text: string;
  try {
    const bytes = base64UrlToBytes(tagged ? value.slice(tagged[0].length) : value);
    text = tagged ? inflateBounded(bytes) : new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return failed(e instanceof TooLarge ? linkProblem('too-large', why, `の ログ が おおきすぎます (${MAX_LOG_CHARS} バイト まで)`) : linkProblem('malformed', `is damaged: it ${why}`, `が こわれています (${why})`));
  }
  return { ok: true, text };
}

/** How a problem of the log inside a link names where it came from. */
export const LINK_SOURCE = { en: 'the shared link', ja: 'きょうゆう リンク' } as const;

/** A problem of a log read from somewhere (a file name, the link), said with where it came from. */
export function fromSource(p: LogProblem, source: { en: string; ja: string }): LogProblem {
  return { kind: p.kind, message: { en: `${source.en}: ${p.message.en}`, ja: `${source.ja}: ${p.message.ja}` } };
}

export class TooLarge extends Error {}

/** Inflates in small pieces and stops past `max` bytes, so a tiny link cannot expand to gigabytes. */
export function inflateBounded(bytes: Uint8Array, max: number = MAX_LOG_CHARS): string {
  const parts: Uint8Array[] = [];
  let total = 0;
  let done = false;
  const inflate = new Inflate((chunk, final) => {
    total += chunk.length;
    if (total > max) throw new TooLarge(`expands past ${max} bytes`);
    parts.push(chunk);
    done ||= final;
  });
  try {
    for (let i = 0; i < bytes.length; i += 1024) inflate.push(bytes.subarray(i, i + 1024), i + 1024 >= bytes.length);
    if (bytes.length === 0) inflate.push(new Uint8Array(0), true);
  } catch (e) {
    if (e instanceof TooLarge) throw e;
    throw new Error(`does not decompress (${e instanceof Error ? e.message : String(e)})`);
  }
  if (!done) throw new Error('is cut short (the compressed data ends early)');
  const all = new Uint8Array(total);
  let at = 0;
  for (const p of parts) {
    all.set(p, at);
    at += p.length;
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(all);
  } catch {
    throw new Error('is not UTF-8 text');
  }
}
