// Chapter 4: the memo's battle in Classic mode, stepped one resume at a time. Each step is one
// half of the classic turn: pop t and t.send(None), then t.send(-damage) and append it again.
// The session is the real one, so the real debugger overlay steps it too and shows the same.
import type { Battle } from '../../core/battle.ts';
import type { Lang, LocalText } from '../../core/protocol.ts';
import { traceLine } from '../../core/trace.ts';
import { codeText, markerLine } from './code-text.ts';
import { show, type Demo, type LessonFrame } from './frame.ts';

/** What the demo needs of a classic battle session (BattleSession, or a core Battle in tests). */
export interface ClassicRun {
  readonly battle: Battle;
  step(): unknown;
  restart(): void;
}

export interface BattleSources {
  /** src/combatants/classic.ts, as shipped. */
  readonly ts: string;
  readonly py: string;
  readonly intro: LocalText;
}

/** The counter's lines, found by what they do (classic.ts carries no lesson tags). */
const TS_LINES: Readonly<Record<string, string>> = { yield: 'yield count', damage: 'count -= damage', died: 'return 0' };

export function battleDemo(run: ClassicRun, src: BattleSources, lang: Lang): Demo {
  const py = codeText(src.py);
  const tsLines = src.ts.replace(/\n$/, '').split('\n');
  const nameOf = (id: string) => run.battle.info(id)?.name[lang] ?? id;
  const frame = (): LessonFrame => {
    const battle = run.battle;
    const snap = battle.snapshot();
    const ledger = battle.ledger();
    // The last resume of a turn; the return() that closes the survivors at the end is no turn.
    const last = [...ledger].reverse().find((e) => e.op === 'next');
    let tags: string[] = [];
    let note = src.intro;
    const queue = `tasks = [${snap.queue.map(nameOf).join(', ')}]`;
    if (last) {
      const who = nameOf(last.task);
      const r = last.result;
      const hp = r.kind === 'yield' || r.kind === 'return' ? show(r.value) : '?';
      if (last.sent === undefined) {
        tags = ['pop', 'next', 'yield'];
        note = {
          ja: `1. t = tasks.pop(0): ${who} が キュー の まえ から でる。 2. t.send(None) → yield ${hp}: ${who} の ばん、いま の HP を かえす。 ${queue}`,
          en: `1. t = tasks.pop(0): ${who} leaves the front of the queue. 2. t.send(None) → yield ${hp}: ${who}'s turn; it answers with its HP. ${queue}`,
        };
      } else if (r.kind === 'return') {
        tags = ['send', 'damage', 'died', 'left'];
        note = {
          ja: `3. t.send(${show(last.sent)}) → return 0: ${who} は しんでしまった。 メモ の run() は ここで StopIteration で おちた。 ゲーム は return を きろく して、t を キュー に もどさない。 ${queue}`,
          en: `3. t.send(${show(last.sent)}) → return 0: ${who} died. The memo's run() crashed here with StopIteration; the game records the return and leaves t out of the queue. ${queue}`,
        };
      } else {
        tags = ['send', 'damage', 'yield', 'append'];
        note = {
          ja: `3. t.send(${show(last.sent)}) → yield ${hp}: ${who} に ダメージ を おくる。 4. tasks.append(t): うしろ に もどる。 ${queue}`,
          en: `3. t.send(${show(last.sent)}) → yield ${hp}: the damage goes into ${who}. 4. tasks.append(t): back to the end of the queue. ${queue}`,
        };
      }
    }
    const tsHighlight = tags.map((t) => (TS_LINES[t] ? markerLine(src.ts, TS_LINES[t]) : null)).filter((l): l is number => l !== null);
    const pyHighlight = tags.map((t) => py.tags.get(t)).filter((l): l is number => l !== undefined);
    return {
      panes: [
        { title: 'src/combatants/classic.ts', kind: 'ts', lines: tsLines, highlight: tsHighlight },
        { title: 'classic.py', kind: 'py', lines: py.lines, highlight: pyHighlight },
      ],
      note,
      coroutines: snap.combatants.map((c) => ({
        name: c.name[lang],
        state: c.state,
        sent: c.lastSent === undefined ? (c.resumes > 0 ? 'next()' : '—') : `send(${show(c.lastSent)})`,
        yielded: c.returned !== undefined ? `return ${show(c.returned)}` : c.resumes > 0 ? `yield ${show(c.lastYielded)}` : '—',
        stack: [],
        at: c.at ? `${c.at.file}:${c.at.line}` : null,
      })),
      trace: ledger.map((e) => traceLine(e, nameOf(e.task))),
      clock: null,
      step: snap.step,
      finished: snap.outcome !== null,
    };
  };

  return {
    frame,
    async step() {
      if (run.battle.snapshot().outcome !== null) return false;
      run.step();
      return true;
    },
    restart() {
      run.restart();
    },
    dispose() {},
  };
}
