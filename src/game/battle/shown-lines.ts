// The battle window's text as a pure function of the event log: which lines each event shows,
// which trace line (ledger entry) caused it, and what the window holds after the last event.
// The view plays the same rules with animation; a debugger step snaps the window to
// `windowLines`, and the debugger's message log lists `messageRows`.
import type { BattleEvent } from '../../core/events.ts';
import { castOf, type Cast } from '../../core/cast.ts';
import { TABLES, messagesFor } from '../../core/messages.ts';
import type { Lang } from '../../core/protocol.ts';

export interface MessageRow {
  /** The line as the window shows it. */
  readonly text: string;
  /** Index of the event that shows it. */
  readonly event: number;
  /** Index in the ledger (the trace line) of the resume that caused it; -1 before any resume. */
  readonly trace: number;
  /** The turn it belongs to (0 before the first turn). */
  readonly turn: number;
}

type Step =
  | { readonly kind: 'clear' }
  | { readonly kind: 'prompt'; readonly text: string }
  | { readonly kind: 'line'; readonly text: string; readonly event: number; readonly trace: number; readonly turn: number };

/**
 * The window's operations, event by event, exactly as BattleView.play applies them. The reader
 * keeps its place: each call returns the operations of the events added since the last one.
 */
function windowReader(lang: Lang): (events: readonly BattleEvent[]) => Step[] {
  let cast: Cast | null = null;
  let trace = -1;
  let turn = 0;
  let seen = 0;
  return (events) => {
    cast ??= castOf(events);
    const c = cast;
    const classic = c.rule === 'classic';
    const name = c.namer(lang);
    const side = (id: string) => c.side(id) ?? 'enemy';
    const out: Step[] = [];
    for (; seen < events.length; seen++) {
      const e = events[seen]!;
      if (e.type === 'resume') trace++;
      if (e.type === 'turnStart') {
        turn = e.turn;
        // DQ wipes the window when a new actor starts; the classic transcript keeps scrolling.
        if (!classic) out.push({ kind: 'clear' });
        continue;
      }
      if (e.type === 'awaitCommand') {
        out.push({ kind: 'clear' }, { kind: 'prompt', text: TABLES[lang].command(name(e.actor)) });
        continue;
      }
      if (classic && e.type !== 'said') continue;
      for (const text of messagesFor(e, lang, name, side)) if (text) out.push({ kind: 'line', text, event: seen, trace, turn });
    }
    return out;
  };
}

function windowSteps(events: readonly BattleEvent[], lang: Lang): Step[] {
  return windowReader(lang)(events);
}

/** A reader of message rows that only looks at events added since its last call (one per battle). */
export function messageRowReader(lang: Lang): (events: readonly BattleEvent[]) => MessageRow[] {
  const read = windowReader(lang);
  return (events) => read(events).flatMap((s) => (s.kind === 'line' ? [s] : []));
}

/** One row per message the window shows, oldest first (the command prompt is not a message). */
export function messageRows(events: readonly BattleEvent[], lang: Lang): MessageRow[] {
  return windowSteps(events, lang).flatMap((s) => (s.kind === 'line' ? [s] : []));
}

/** What the window holds once every event has been shown: its last `max` lines. */
export function windowLines(events: readonly BattleEvent[], lang: Lang, max: number): string[] {
  let lines: string[] = [];
  for (const s of windowSteps(events, lang)) {
    if (s.kind === 'clear') lines = [];
    else lines = [...lines, s.text].slice(-max);
  }
  return lines;
}
