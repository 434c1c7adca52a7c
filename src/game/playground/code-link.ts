// The code part of a share link: `code=1.` + base64url(deflate-raw(JSON {"file.ts": "source", …})),
// beside the battle's `log=2.…` in the same fragment (src/game/debug/log-link.ts), so one link
// carries the edited monsters, the seed and the input. The whole fragment stays within that file's
// MAX_LINK_CHARS (32,768 characters), checked when making and when opening a link.
import { deflateSync, strToU8 } from 'fflate';
import type { LocalText } from '../../core/protocol.ts';
import { MAX_LINK_CHARS, TooLarge, base64UrlToBytes, bytesToBase64Url, inflateBounded } from '../debug/log-link.ts';

export const CODE_PARAM = 'code';
export const CODE_ENCODING = '1';
/** At most this many files in one link, each named like a combatant file. */
export const MAX_CODE_FILES = 8;
/** The decompressed code of one link, in bytes: a tiny link cannot expand past it. */
export const MAX_CODE_BYTES = 64 * 1024;
export { MAX_LINK_CHARS };
const FILE_NAME = /^[a-z0-9][a-z0-9-]*\.ts$/;

export type CodeFiles = Readonly<Record<string, string>>;
export type CodeRead = { readonly ok: true; readonly files: CodeFiles } | { readonly ok: false; readonly message: LocalText };

const bad = (en: string, ja: string): CodeRead => ({ ok: false, message: { en: `the shared link's code ${en}`, ja: `きょうゆう リンク の コード ${ja}` } });

/** `code=1.…` for the files (sorted by name, so the same code gives the same link). */
export function encodeCodeParam(files: CodeFiles): string {
  const sorted = Object.fromEntries(Object.keys(files).sort().map((k) => [k, files[k]!]));
  return `${CODE_PARAM}=${CODE_ENCODING}.${bytesToBase64Url(deflateSync(strToU8(JSON.stringify(sorted)), { level: 9 }))}`;
}

/** The whole fragment for a log hash (`#log=…`) and the code: refused when past the bound. */
export function shareHash(logHash: string, files: CodeFiles): { ok: true; hash: string } | { ok: false; message: LocalText } {
  const hash = Object.keys(files).length === 0 ? logHash : `${logHash}&${encodeCodeParam(files)}`;
  if (hash.length - 1 > MAX_LINK_CHARS) {
    return { ok: false, message: {
      en: `too much for one link (${hash.length - 1} characters; at most ${MAX_LINK_CHARS}): use Download and send the file instead`,
      ja: `リンク には おおきすぎます (${hash.length - 1} もじ。${MAX_LINK_CHARS} もじ まで)。ダウンロード して ファイル を おくって ください`,
    } };
  }
  return { ok: true, hash };
}

/** Reads `location.hash`: null without `code=`, else the files or what is wrong with them. */
export function readCodeParam(hash: string): CodeRead | null {
  const fragment = hash.startsWith('#') ? hash.slice(1) : hash;
  const param = fragment.split('&').find((p) => p.startsWith(`${CODE_PARAM}=`));
  if (param === undefined) return null;
  if (fragment.length > MAX_LINK_CHARS) return bad(`is too long (${fragment.length} characters; at most ${MAX_LINK_CHARS})`, `が ながすぎます (${MAX_LINK_CHARS} もじ まで)`);
  const value = param.slice(CODE_PARAM.length + 1);
  const tagged = /^(\d{1,4})\./.exec(value);
  if (!tagged || tagged[1] !== CODE_ENCODING) return bad(`has an unknown version (this game reads version ${CODE_ENCODING})`, `の バージョン が よめません (${CODE_ENCODING} だけ よめます)`);
  let json: unknown;
  try {
    json = JSON.parse(inflateBounded(base64UrlToBytes(value.slice(tagged[0].length)), MAX_CODE_BYTES));
  } catch (e) {
    if (e instanceof TooLarge) return bad(`expands past ${MAX_CODE_BYTES} bytes`, `が おおきすぎます (${MAX_CODE_BYTES} バイト まで)`);
    return bad(`is damaged (${e instanceof Error ? e.message : String(e)})`, 'が こわれています');
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return bad('is not a set of files', 'が ファイル の あつまり では ありません');
  const entries = Object.entries(json as Record<string, unknown>);
  if (entries.length === 0 || entries.length > MAX_CODE_FILES) return bad(`has ${entries.length} files (1 to ${MAX_CODE_FILES})`, `の ファイル が ${entries.length} こ です (1〜${MAX_CODE_FILES})`);
  for (const [name, text] of entries) {
    if (!FILE_NAME.test(name) || typeof text !== 'string') return bad('has a file that is not a monster file (name.ts and its text)', 'に モンスター の ファイル で ない もの が あります');
  }
  return { ok: true, files: json as CodeFiles };
}
