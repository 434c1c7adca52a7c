// What the URL asks for that cannot all be done: a parameter given twice, parameters that rule each
// other out. Each becomes a notice naming them, instead of one being silently ignored.
import type { LocalText } from '../../core/protocol.ts';

/** Bidirectional-text controls: a URL can use them to make a notice read differently from what it says. */
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function stripBidi(text: string): string {
  return text.replace(BIDI_CONTROLS, '');
}

/** A value from the URL as a notice quotes it: no bidi controls, at most 40 characters. */
export function quoteValue(value: string): string {
  const clean = stripBidi(value);
  return JSON.stringify(clean.length > 40 ? `${clean.slice(0, 40)}…` : clean);
}

/** Parameters that only mean something once. */
const SINGLE = ['seed', 'lang', 'enemy', 'enemies', 'speed', 'classic', 'damage', 'hp', 'floor', 'steps', 'text', 'stress', 'debug'];
/** Parameters the classic battle has no use for: its cast and HP are the seed's. */
const NOT_CLASSIC = ['enemy', 'enemies', 'hp', 'floor', 'steps'];

const isOn = (v: string | null) => v === '1' || v === 'true';

export function urlConflicts(search: string): LocalText[] {
  const q = new URLSearchParams(search);
  const out: LocalText[] = [];
  for (const name of SINGLE) {
    const all = q.getAll(name);
    if (all.length < 2) continue;
    const values = all.map(quoteValue).join(', ');
    out.push({
      en: `?${name} is given ${all.length} times (${values}): using the first`,
      ja: `?${name} が ${all.length} かい あります (${values})。さいしょ の ものを つかいます`,
    });
  }
  const classic = isOn(q.get('classic'));
  const stress = q.get('stress') !== null;
  if (classic && !stress) {
    for (const name of NOT_CLASSIC.filter((n) => q.has(n))) {
      out.push({
        en: `?${name} ignored: the classic battle (?classic=1) has a fixed cast`,
        ja: `?${name} は つかいません: クラシック (?classic=1) の メンバー は きまっています`,
      });
    }
  }
  if (q.has('damage') && !classic) {
    out.push({ en: '?damage ignored: it only applies with ?classic=1', ja: '?damage は つかいません: ?classic=1 の とき だけ です' });
  }
  if (q.has('enemy') && q.has('enemies') && !classic) {
    out.push({ en: '?enemy ignored: ?enemies is also given, and wins', ja: '?enemy は つかいません: ?enemies が ゆうせん です' });
  }
  if (stress && (classic || q.has('enemy') || q.has('enemies'))) {
    out.push({ en: '?stress wins: the benchmark battle ignores ?classic, ?enemy and ?enemies', ja: '?stress が ゆうせん です: ?classic、?enemy、?enemies は つかいません' });
  }
  return out;
}
