// Forks: "what if" edits of a recorded battle. A send fork says "at step n, send v instead of what
// the rules drew": the engine still draws the number (so every later draw is the same) and throws
// it away. A command fork gives another command at a command wait; it is checked like a real one.
// The one reader of forks from untrusted JSON, and the engine's lookup at each send.
import type { BattleEvent } from '../events.ts';
import type { Command } from '../protocol.ts';
import { checkCommand } from '../validate.ts';

/** At resume `step` (the trace's step number), `value` is sent instead of the drawn damage or heal. */
export interface SendFork {
  readonly step: number;
  readonly value: number;
}

/** A fork as a log file carries it: a changed command (at the command wait at `step`) or a changed send. */
export type Fork = { readonly step: number; readonly command: Command } | SendFork;

/** The most forks a log may carry. */
export const MAX_FORKS = 10_000;
/** The largest step a fork may name (far beyond any step budget). */
export const MAX_FORK_STEP = 10_000_000;
/** A sent value is an integer below this in size: damage and healing, not arbitrary numbers. */
export const MAX_FORK_VALUE = 1_000_000;

/**
 * Reads a log's `forks` with a precise message for the first bad entry. `commands` says whether
 * command forks are allowed (battle logs); `sendsOnly` logs (the core's input log) take only sends.
 */
export function readForks(value: unknown, allow: { commands: boolean }): Fork[] | string {
  if (value === undefined) return [];
  if (!Array.isArray(value)) return 'forks must be a list of { step, value } or { step, command }';
  if (value.length > MAX_FORKS) return `forks has ${value.length} entries (at most ${MAX_FORKS})`;
  const out: Fork[] = [];
  const seen = new Set<string>();
  for (const [i, raw] of value.entries()) {
    const fork = readFork(raw, allow);
    if (typeof fork === 'string') return `fork ${i + 1}: ${fork}`;
    const key = `${'command' in fork ? 'command' : 'value'}@${fork.step}`;
    if (seen.has(key)) return `fork ${i + 1}: a second ${'command' in fork ? 'command' : 'value'} fork at step ${fork.step}`;
    seen.add(key);
    out.push(fork);
  }
  return out;
}

function readFork(raw: unknown, allow: { commands: boolean }): Fork | string {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return 'must be an object { step, value } or { step, command }';
  const o = raw as Record<string, unknown>;
  const extra = Object.keys(o).find((k) => k !== 'step' && k !== 'value' && k !== 'command');
  if (extra !== undefined) return `unknown field ${JSON.stringify(extra).slice(0, 40)}`;
  const step = o.step;
  if (!(Number.isInteger(step) && (step as number) >= 0 && (step as number) <= MAX_FORK_STEP)) {
    return `step must be an integer from 0 to ${MAX_FORK_STEP}, got ${JSON.stringify(step) ?? 'nothing'}`;
  }
  const hasCommand = Object.hasOwn(o, 'command');
  const hasValue = Object.hasOwn(o, 'value');
  if (hasCommand && hasValue) return 'has both value and command; a fork changes one thing';
  if (hasCommand) {
    if (!allow.commands) return 'a command fork needs a battle log';
    // Targets and MP are checked when the fork is replayed, as for a recorded command.
    const checked = checkCommand(o.command, { mp: Infinity, isFoe: () => true, isAlly: () => true, foes: () => [], allies: () => [] });
    if (typeof checked === 'string') return `command: ${checked}`;
    return { step: step as number, command: checked };
  }
  if (!hasValue) return 'needs a value (the number sent) or a command';
  const v = o.value;
  if (!(Number.isInteger(v) && Math.abs(v as number) < MAX_FORK_VALUE)) {
    return `value must be an integer between -${MAX_FORK_VALUE} and ${MAX_FORK_VALUE} (negative is damage, positive healing), got ${JSON.stringify(v) ?? 'nothing'}`;
  }
  if (step === 0) return 'step must be 1 or more for a value fork (step 0 resumes nobody)';
  return { step: step as number, value: v as number };
}

export const isSendFork = (f: Fork): f is SendFork => 'value' in f;

/** What the engine asks at each damage or heal send (battle-actions.ts `send`). */
export class SendForks {
  private readonly byStep: ReadonlyMap<number, number>;

  private constructor(forks: readonly SendFork[]) {
    this.byStep = new Map(forks.map((f) => [f.step, f.value]));
  }

  /** null for a log without send forks: the engine's hot path then checks one field and goes on. */
  static of(forks: readonly SendFork[] | undefined): SendForks | null {
    return forks && forks.length > 0 ? new SendForks(forks) : null;
  }

  /** The value to send at resume `step`: the fork's, when there is one and the engine sends a number. */
  valueAt(step: number, drawn: unknown): unknown {
    if (typeof drawn !== 'number') return drawn;
    const v = this.byStep.get(step);
    return v === undefined ? drawn : v;
  }
}

/**
 * The first send fork a battle never applied (its step was not reached, or that step sent no
 * number), read from the battle's ledger: what a replay reports instead of quietly ignoring it.
 */
export function unusedSendFork(forks: readonly SendFork[], events: readonly BattleEvent[]): { fork: SendFork; reached: boolean } | null {
  if (forks.length === 0) return null;
  const sentAt = new Map<number, unknown>();
  for (const e of events) if (e.type === 'resume' && e.entry.op === 'next') sentAt.set(e.entry.step, e.entry.sent);
  for (const fork of forks) {
    if (!sentAt.has(fork.step)) return { fork, reached: false };
    if (sentAt.get(fork.step) !== fork.value) return { fork, reached: true };
  }
  return null;
}
