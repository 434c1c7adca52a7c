// Status effects as the debugger words them: scheduler facts, not decoration. ねむり is a coroutine
// kept in the queue but given no turn resume ("suspended, not scheduled"); どく is a send before its
// turn; a guard halves what is sent. Pure, so the wording is unit-tested.
import type { EffectsView } from '../../core/events.ts';
import type { Lang } from '../../core/protocol.ts';

const WORDS = {
  ja: { sleep: (n: number) => `ねむり (のこり ${n} ターン・スケジュールされない)`, poison: 'どく (ターンの まえに send)', guard: (n: number) => `ぼうぎょ (のこり ${n} ターン・send は はんぶん)`, none: '—', label: 'こうか' },
  en: { sleep: (n: number) => `asleep (${n} turn${n === 1 ? '' : 's'} left: suspended, not scheduled)`, poison: 'poisoned (a send before its turn)', guard: (n: number) => `guard (${n} turn${n === 1 ? '' : 's'} left: sends halved)`, none: '—', label: 'effects' },
} as const;

/** A card's effects line: each effect with what it does to the coroutine; '—' for none. */
export function effectsText(effects: EffectsView | undefined, lang: Lang): string {
  const w = WORDS[lang];
  const parts: string[] = [];
  if (effects?.sleep) parts.push(w.sleep(effects.sleep));
  if (effects?.poison) parts.push(w.poison);
  if (effects?.guard) parts.push(w.guard(effects.guard));
  return parts.length > 0 ? parts.join(' · ') : w.none;
}

export function effectsLabel(lang: Lang): string {
  return WORDS[lang].label;
}

/** A queue chip's short marks: 💤 asleep, ☠ poisoned, 🛡 guarded (each also spelled out in the chip's title). */
export function effectMarks(effects: EffectsView | undefined): string {
  return `${effects?.sleep ? ' zZ' : ''}${effects?.poison ? ' ☠' : ''}${effects?.guard ? ' ⛨' : ''}`;
}

/** The trace's line for a turn a sleeping coroutine did not get (no resume, so no ledger line). */
export function skipLine(name: string, lang: Lang): string {
  return lang === 'ja' ? `‖ ${name}: ねむっている — ターンを とばした (resume なし)` : `‖ ${name}: asleep — turn skipped (no resume)`;
}
