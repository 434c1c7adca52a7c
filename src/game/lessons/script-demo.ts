// Chapters 1, 2, 3 and 5: a fixed script of next()/next(value) calls on the chapter's real
// generators (instrumented, so the yield line and the `yield*` stack are recorded as in a battle).
import type { LocalText } from '../../core/protocol.ts';
import { enter, leave, SiteRecord } from '../../core/sites.ts';
import { codeText, tagAt, type CodeText } from './code-text.ts';
import { show, type CoroutineView, type Demo, type LessonFrame } from './frame.ts';

export interface ScriptTarget {
  readonly name: string;
  readonly create: () => Iterator<unknown, unknown, unknown>;
  /** The tag to highlight after a resume, when no yield line is recorded (an iterator class). */
  readonly tagOf?: (r: IteratorResult<unknown, unknown>) => string;
  /** The tag to highlight once it has returned (default `end`). */
  readonly doneTag?: string;
}

export interface ScriptCall {
  readonly target: string;
  /** Sent with next(value); absent: a plain next(). */
  readonly send?: unknown;
  readonly note: LocalText;
  /** Tags of the lines this resume ran through on its way to the yield (`count += 1`). */
  readonly via?: readonly string[];
}

export interface ScriptSource {
  readonly ts: { readonly file: string; readonly text: string };
  readonly py: { readonly file: string; readonly text: string };
  readonly targets: readonly ScriptTarget[];
  readonly calls: readonly ScriptCall[];
  readonly intro: LocalText;
}

interface Running {
  readonly target: ScriptTarget;
  readonly record: SiteRecord;
  readonly it: Iterator<unknown, unknown, unknown>;
  state: CoroutineView['state'];
  sent: string;
  yielded: string;
  /** The highlighted tags: the yield it stopped at and each `yield*` it is inside. */
  tags: readonly string[];
}

export function scriptDemo(src: ScriptSource): Demo {
  const ts: CodeText = codeText(src.ts.text);
  const py: CodeText = codeText(src.py.text);
  let running = new Map<string, Running>();
  let trace: string[] = [];
  let done = 0;
  let current: string | null = null;
  let note: LocalText = src.intro;

  const get = (name: string): Running => {
    let r = running.get(name);
    if (!r) {
      const target = src.targets.find((t) => t.name === name)!;
      r = { target, record: new SiteRecord(), it: target.create(), state: 'created', sent: '—', yielded: '—', tags: [] };
      running.set(name, r);
    }
    return r;
  };

  const frame = (): LessonFrame => {
    const cur = current === null ? null : running.get(current) ?? null;
    const tags = cur?.tags ?? [];
    const lines = (code: CodeText) => tags.map((t) => code.tags.get(t)).filter((l): l is number => l !== undefined);
    const coroutines: CoroutineView[] = [...running.values()].map((r) => ({
      name: r.target.name,
      state: r.state,
      sent: r.sent,
      yielded: r.yielded,
      stack: r.record.stack.map((f) => `${f.file}:${f.line} ${f.label ?? ''}`.trim()),
      at: r.state === 'suspended' && r.record.at ? `${r.record.at.file}:${r.record.at.line}` : null,
    }));
    return {
      panes: [
        { title: src.ts.file, kind: 'ts', lines: ts.lines, highlight: lines(ts) },
        { title: src.py.file, kind: 'py', lines: py.lines, highlight: lines(py) },
      ],
      note,
      coroutines,
      trace,
      clock: null,
      step: done,
      finished: done >= src.calls.length,
    };
  };

  return {
    frame,
    async step() {
      const call = src.calls[done];
      if (!call) return false;
      const r = get(call.target);
      const label = call.send === undefined ? `next(${r.target.name})` : `${r.target.name}.send(${show(call.send)})`;
      const previous = enter(r.record);
      let result: IteratorResult<unknown, unknown>;
      try {
        result = call.send === undefined ? r.it.next() : r.it.next(call.send);
      } finally {
        leave(previous);
      }
      r.sent = call.send === undefined ? 'next()' : `send(${show(call.send)})`;
      if (result.done) {
        r.state = 'closed';
        r.yielded = `return ${show(result.value)}`;
        r.tags = [r.target.tagOf?.(result) ?? r.target.doneTag ?? 'end'];
        trace = [...trace, `${label} → return ${show(result.value)} (StopIteration)`];
      } else {
        r.state = 'suspended';
        r.yielded = `yield ${show(result.value)}`;
        const own = r.target.tagOf?.(result) ?? tagAt(ts, r.record.at?.line ?? null);
        const outer = r.record.stack.map((f) => tagAt(ts, f.line));
        r.tags = [...outer, ...(call.via ?? []), own].filter((t): t is string => t !== null);
        trace = [...trace, `${label} → yield ${show(result.value)}`];
      }
      current = r.target.name;
      note = call.note;
      done++;
      return true;
    },
    restart() {
      running = new Map();
      trace = [];
      done = 0;
      current = null;
      note = src.intro;
    },
    dispose() {},
  };
}
