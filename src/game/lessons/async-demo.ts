// Chapter 6: async/await on the virtual clock. First the two spells one after the other (10 + 20),
// then together with Promise.all (20), each step one turn of the event loop; then the recorded
// trace of the game's own battle driver, its awaits beside the generator scheduler's resumes.
import type { LocalText } from '../../core/protocol.ts';
import { oneAfterAnother, together } from '../../lessons/spells.ts';
import { VirtualClock, type ClockStep } from '../../lessons/virtual-clock.ts';
import { codeText, markerLine } from './code-text.ts';
import type { DriverTraceEntry } from './driver-trace.ts';
import type { Demo, LessonFrame, Pane } from './frame.ts';

export interface AsyncSources {
  readonly ts: string;
  readonly py: string;
  /** src/game/battle/driver.ts, as shipped (its `lesson: …` markers name the lines). */
  readonly driver: string;
  /** Records the driver's trace (a real session, played to its end). */
  readonly record: () => Promise<readonly DriverTraceEntry[]>;
  readonly intro: LocalText;
}

type Stage = 'one-after-another' | 'together' | 'driver';
const MAINS = { 'one-after-another': oneAfterAnother, together } as const;
const SPELL_TAG: Readonly<Record<string, string>> = { hoimi: 'seq-1', gira: 'seq-2' };

function describe(step: ClockStep, clock: VirtualClock): LocalText {
  const where = `t=${clock.now}`;
  if (step.kind === 'woke') return { ja: `${where}: ${step.label} が おきる → キュー の うしろ へ。 とけい は つぎ の おきる じかん まで すすむ。`, en: `${where}: ${step.label} wakes up → to the back of the queue. The clock jumps to the next wake-up time.` };
  if (step.kind === 'ran') return { ja: `${where}: ${step.label} を キュー から だして、つぎ の await まで うごかす。`, en: `${where}: ${step.label} leaves the queue and runs to its next await.` };
  return { ja: `${where}: キュー も ねている タスク も ない。`, en: `${where}: nothing is queued or sleeping.` };
}

export function asyncDemo(src: AsyncSources): Demo {
  const ts = codeText(src.ts);
  const py = codeText(src.py);
  const driverLines = src.driver.replace(/\n$/, '').split('\n');
  let stage: Stage = 'one-after-another';
  let clock = new VirtualClock();
  let totals: number[] = [];
  let trace: readonly DriverTraceEntry[] = [];
  let at = -1;
  let steps = 0;
  let note = src.intro;

  const begin = (s: Stage) => {
    stage = s;
    clock = new VirtualClock();
    if (s !== 'driver') {
      const main = MAINS[s];
      clock.spawn('main', () => main(clock));
    }
  };
  begin(stage);

  const codeFrame = (): readonly [Pane, Pane] => {
    const waiting = [...clock.queue(), ...clock.sleepers().map((s) => s.label)].filter((l) => l !== 'main');
    // Only main is queued (a stage starts): its first line. Otherwise the line each spell waits on.
    const tags = waiting.length === 0 ? [stage === 'together' ? 'gather' : 'seq-1'] : stage === 'together' ? ['gather', 'sleep'] : [SPELL_TAG[waiting[0]!] ?? 'seq-1', 'sleep'];
    const lines = (code: typeof ts) => tags.map((t) => code.tags.get(t)).filter((l): l is number => l !== undefined);
    return [
      { title: 'src/lessons/spells.ts', kind: 'ts', lines: ts.lines, highlight: lines(ts) },
      { title: 'spells.py', kind: 'py', lines: py.lines, highlight: lines(py) },
    ];
  };

  const driverFrame = (): readonly [Pane, Pane] => {
    // Before the first recorded entry: the top of the driver's loop.
    const line = markerLine(src.driver, `lesson: ${trace[at]?.marker ?? 'await-paused'}`);
    return [
      { title: 'src/game/battle/driver.ts', kind: 'ts', lines: driverLines, highlight: line === null ? [] : [line] },
      { title: 'driveBattle ⇄ scheduler', kind: 'trace', lines: trace.map((e) => (e.kind === 'await' ? `async  ${e.text}` : `  gen  ${e.text}`)), highlight: at >= 0 ? [at + 1] : [] },
    ];
  };

  return {
    frame(): LessonFrame {
      const driver = stage === 'driver';
      const entry = trace[at];
      return {
        panes: driver ? driverFrame() : codeFrame(),
        note,
        coroutines: driver
          ? [{ name: 'driveBattle', state: at >= trace.length - 1 ? 'closed' : 'suspended', sent: '—', yielded: '—', stack: [], at: entry?.kind === 'await' ? entry.text : null }]
          : clock.sleepers().map((s) => ({ name: s.label, state: 'sleeping', sent: '—', yielded: '—', stack: [], at: `wake t=${s.wakeAt}` })),
        trace: totals.map((t, i) => (i === 0 ? `one after another: ${t}` : `together (Promise.all): ${t}`)),
        clock: driver ? null : { now: clock.now, queue: clock.queue(), sleeping: clock.sleepers().map((s) => ({ label: s.label, wakeAt: s.wakeAt })), lines: clock.lines.map((l) => `t=${l.at} ${l.text}`) },
        step: steps,
        finished: driver && trace.length > 0 && at >= trace.length - 1,
      };
    },
    async step() {
      // After "together" its last frame stays up; the driver's trace starts at the next step.
      if (stage === 'together' && totals.length === 2) begin('driver');
      if (stage === 'driver') {
        if (trace.length === 0) trace = await src.record();
        if (at >= trace.length - 1) return false;
        at++;
        steps++;
        const e = trace[at]!;
        note = e.kind === 'await'
          ? { ja: `driveBattle は ${e.text} で まつ (async の コルーチン)。`, en: `driveBattle waits at ${e.text} (the async coroutine).` }
          : { ja: `session.step(): スケジューラ が ジェネレータ を 1かい うごかす: ${e.text}`, en: `session.step(): the scheduler resumes one generator: ${e.text}` };
        return true;
      }
      const s = await clock.step();
      steps++;
      if (s.kind !== 'idle' && !clock.idle()) {
        note = describe(s, clock);
        return true;
      }
      totals = [...totals, clock.now];
      note = stage === 'one-after-another'
        ? { ja: `ひとつずつ: ぜんぶで ${clock.now} (10 + 20)。 つぎ は Promise.all で いっしょに。`, en: `One after the other: ${clock.now} in all (10 + 20). Next: together, with Promise.all.` }
        : { ja: `いっしょに: ぜんぶで ${clock.now}。 ねている あいだ に もう ひとつ が すすむ。 つぎ は ゲーム の バトル の await。`, en: `Together: ${clock.now} in all; while one sleeps the other goes on. Next: the awaits of the game's own battle.` };
      if (stage === 'one-after-another') begin('together');
      return true;
    },
    restart() {
      totals = [];
      trace = [];
      at = -1;
      steps = 0;
      note = src.intro;
      begin('one-after-another');
    },
    dispose() {},
  };
}
