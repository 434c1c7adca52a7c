// What a chapter shows at one step, whatever runs it: two code panes with their highlighted lines,
// the debugger's view of each coroutine, the trace, and for chapter 6 the event loop's clock.
import type { LocalText } from '../../core/protocol.ts';

export interface Pane {
  /** `chest.ts`, `chest.py`, or a recorded trace. */
  readonly title: string;
  readonly kind: 'ts' | 'py' | 'trace';
  readonly lines: readonly string[];
  /** 1-based lines to highlight. */
  readonly highlight: readonly number[];
}

export interface CoroutineView {
  readonly name: string;
  readonly state: 'created' | 'suspended' | 'running' | 'closed' | 'errored' | 'cancelled' | 'sleeping';
  readonly sent: string;
  readonly yielded: string;
  /** The `yield*` frames it is inside, outermost first (`boss.ts:12 phase`). */
  readonly stack: readonly string[];
  /** `suspended at boss.ts:6`, when known. */
  readonly at: string | null;
}

export interface ClockView {
  readonly now: number;
  readonly queue: readonly string[];
  readonly sleeping: readonly { readonly label: string; readonly wakeAt: number }[];
  /** What was said, with its virtual time. */
  readonly lines: readonly string[];
}

export interface LessonFrame {
  readonly panes: readonly [Pane, Pane];
  /** What the last step did and why, in the player's words. */
  readonly note: LocalText;
  readonly coroutines: readonly CoroutineView[];
  readonly trace: readonly string[];
  readonly clock: ClockView | null;
  /** Steps taken since the last restart. */
  readonly step: number;
  readonly finished: boolean;
}

/** One chapter's runnable demo: step it, restart it, and read what it shows. */
export interface Demo {
  frame(): LessonFrame;
  /** One step; resolves false when there was nothing left to do. */
  step(): Promise<boolean>;
  restart(): void;
  /** Stops whatever it holds (a battle session, the overlay). */
  dispose(): void;
}

export const show = (v: unknown): string => (v === undefined ? 'undefined' : typeof v === 'string' ? JSON.stringify(v) : JSON.stringify(v) ?? String(v));
