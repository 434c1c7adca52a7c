// Exports: the input log as JSON, a ready Vitest file that replays it, and clipboard copies.
import type { BattleEvent } from '../../core/events.ts';
import type { InputLog } from '../../core/replay.ts';

// Errors become { name, message } and undefined fields drop out, as in JSON: the core's rule,
// which the generated test imports too.
export { plain } from '../../core/event-key.ts';
import { plain } from '../../core/event-key.ts';

export function logFileName(log: InputLog, ext: string): string {
  return `coroutine-quest-${log.mode}-seed${log.seed}${ext}`;
}

/**
 * A Vitest file that replays `log` up to `untilStep` (all of it when null) and asserts the event
 * log captured now. Meant to be saved in `test/` (the imports are relative to it).
 */
export function vitestFileFor(log: InputLog, events: readonly BattleEvent[], untilStep: number | null, now = new Date()): string {
  // A classic battle plays classic.ts's counter, handed in as the game and the CLI do.
  const classic = log.mode === 'classic';
  const name = `replays ${log.mode} seed ${log.seed}${untilStep === null ? ' to the end' : ` to step ${untilStep}`} with the same event log`;
  return `// Exported by the Coroutine Quest debug overlay on ${now.toISOString()}.
// Save it in test/ and run: npx vitest run --project unit <this file>
import { expect, it } from 'vitest';
import { replay, type InputLog } from '../src/core/replay.ts';
import { ${classic ? 'CLASSIC_COUNTER, ' : ''}loadRoster } from '../src/cli/load-roster.ts';
import { plain } from '../src/core/event-key.ts';

const log: InputLog = ${JSON.stringify(log, null, 2)};

it(${JSON.stringify(name)}, async () => {
  const { roster } = await loadRoster();
  const battle = replay(log, roster${classic ? `, ${untilStep ?? 'Infinity'}, { counter: CLASSIC_COUNTER }` : untilStep === null ? '' : `, ${untilStep}`});
  expect(plain(battle.events)).toEqual(expected);
});

const expected = ${JSON.stringify(plain(events), null, 1)};
`;
}

/** Starts a download of `text` through a Blob and an <a download>. */
export function downloadText(fileName: string, text: string, type: string, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = doc.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  a.style.display = 'none';
  doc.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** navigator.clipboard when allowed, else a hidden textarea and execCommand('copy'). */
export async function copyText(text: string, doc: Document = document): Promise<boolean> {
  try {
    if (typeof navigator !== 'undefined' && navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    /* denied or insecure context: fall back */
  }
  const area = doc.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  doc.body.append(area);
  area.select();
  let ok = false;
  try {
    ok = doc.execCommand('copy');
  } catch {
    ok = false;
  }
  area.remove();
  return ok;
}
