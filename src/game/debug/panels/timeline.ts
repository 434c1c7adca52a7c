// The timeline: a scrubber under the controls with one tick per resume and marks for turns, deaths,
// faults and the player's commands. It is a native range input, so a mouse drag, a touch drag,
// a click and the arrow keys (one resume each) all work and assistive tech reads it as a slider.
// Generators cannot be restored mid-battle: while dragging, the other panels show the snapshot
// recorded for that step (preview); on release (the input's change) the session rebuilds the live
// battle there by a silent replay (seek), and the screen snaps to the core as Step does.
import './timeline.css';
import type { BattleSnapshot } from '../../../core/battle.ts';
import type { TextKey } from '../format.ts';
import type { TimelineRun } from '../../battle/session-api.ts';
import type { Panel, PanelContext } from '../panel.ts';
import { markScanner, recordRun, type MarkKind, type RecordedRun, type TimelineMark } from '../timeline-model.ts';

export interface TimelinePanel extends Panel {
  /** The recorded snapshot of the step being dragged over, or null when not dragging. */
  preview(): BattleSnapshot | null;
}

/** The legend word of each mark (debug/format.ts holds the debugger's words). */
const MARK_WORD = { turn: 'markTurn', death: 'markDeath', fault: 'markFault', command: 'markCommand' } as const satisfies Record<MarkKind, TextKey>;

/** Each mark has its own shape and glyph too, never colour alone. */
const GLYPHS: Readonly<Record<MarkKind, string>> = { turn: '│', death: '▼', fault: '✖', command: '●' };
const COLOURS: Readonly<Record<MarkKind, string>> = { turn: '#8a93a6', death: '#ff6b6b', fault: '#ffb347', command: '#5fb3ff' };
/** Half the thumb's width (timeline.css): where step 0 and the last step sit on the track. */
const THUMB_HALF_PX = 8;

export function timelinePanel(ctx: PanelContext): TimelinePanel {
  const { session } = ctx;
  const { h } = ctx.dom;
  const el = h('section', 'cq-section cq-timeline');
  const head = h('div', 'cq-timeline-head');
  const readout = h('span', 'cq-timeline-readout');
  readout.setAttribute('aria-hidden', 'true'); // the slider's aria-valuetext says the same
  head.append(h('h3', undefined, ctx.T('timeline')), readout);
  const track = h('div', 'cq-timeline-track');
  const canvas = h('canvas', 'cq-timeline-marks');
  canvas.setAttribute('aria-hidden', 'true');
  const range = h('input', 'cq-timeline-range');
  range.type = 'range';
  range.min = '0';
  range.step = '1';
  range.setAttribute('aria-label', ctx.T('timelineLabel'));
  track.append(canvas, range);
  const legend = h('div', 'cq-timeline-legend');
  for (const kind of Object.keys(GLYPHS) as MarkKind[]) {
    const item = h('span', `cq-timeline-key cq-mark-${kind}`, `${GLYPHS[kind]} ${ctx.T(MARK_WORD[kind])}`);
    item.style.setProperty('--cq-mark', COLOURS[kind]);
    legend.append(item);
  }
  el.append(head, track, legend);

  let live = markScanner();
  /** The recorded run a drag or a seek-back view reads, and which run it was made from. */
  let recorded: { run: TimelineRun; data: RecordedRun } | null = null;
  let dragging = false;
  let previewStep: number | null = null;
  let drawn = '';

  const recordingOf = (run: TimelineRun): RecordedRun => {
    if (recorded?.run !== run) recorded = { run, data: recordRun(run, session.roster, session.classic()) };
    return recorded.data;
  };
  const startDrag = () => {
    dragging = true;
    session.setPaused(true);
    recordingOf(session.timelineRun());
  };
  const endDrag = () => {
    dragging = false;
  };
  range.addEventListener('pointerdown', startDrag);
  range.addEventListener('pointerup', endDrag);
  range.addEventListener('pointercancel', endDrag);
  range.addEventListener('input', () => {
    if (!dragging) return; // a key press: its change event seeks at once
    previewStep = Number(range.value);
    ctx.invalidate();
  });
  range.addEventListener('change', () => {
    dragging = false;
    previewStep = null;
    try {
      session.setPaused(true);
      session.seek(Number(range.value));
      session.snap();
      ctx.say('');
    } catch (e) {
      ctx.say(e instanceof Error ? e.message : String(e), true);
    }
    ctx.invalidate();
  });

  /** A number per run object, so a new run (a new battle, a fork) is always drawn afresh. */
  const runIds = new WeakMap<TimelineRun, number>();
  let runCount = 0;
  function runIdOf(run: TimelineRun): number {
    let id = runIds.get(run);
    if (id === undefined) runIds.set(run, (id = ++runCount));
    return id;
  }

  function marksNow(run: TimelineRun): readonly TimelineMark[] {
    // The live battle is the whole run: read its events as they come. Behind it: the recording.
    if (run.steps === session.battle.stepCount) {
      live.scan(session.battle.events);
      return live.marks;
    }
    return recordingOf(run).marks;
  }

  function draw(steps: number, marks: readonly TimelineMark[], runId: number): void {
    const dpr = ctx.dom.doc.defaultView?.devicePixelRatio ?? 1;
    const width = Math.max(1, Math.round(track.clientWidth * dpr));
    const height = Math.max(1, Math.round(track.clientHeight * dpr));
    // The marks of one run change only by growing, so their count says whether to draw again.
    const key = `${width}x${height}:${steps}:${marks.length}:${runId}`;
    if (key === drawn) return;
    drawn = key;
    canvas.width = width;
    canvas.height = height;
    const g = canvas.getContext('2d');
    if (!g) return;
    g.clearRect(0, 0, width, height);
    const pad = THUMB_HALF_PX * dpr;
    const x = (step: number) => pad + (steps === 0 ? 0 : (step / steps) * (width - 2 * pad));
    // One tick per resume; dense runs blend into a band, which still shows their length.
    g.fillStyle = 'rgba(255,255,255,0.28)';
    for (let s = 0; s <= steps; s++) g.fillRect(Math.round(x(s)), height * 0.42, Math.max(1, dpr * 0.5), height * 0.16);
    for (const m of marks) {
      g.fillStyle = COLOURS[m.kind];
      const cx = x(m.step);
      if (m.kind === 'turn') g.fillRect(Math.round(cx), height * 0.3, Math.max(1, dpr), height * 0.4);
      else if (m.kind === 'command') g.fillRect(cx - 2 * dpr, height * 0.72, 4 * dpr, 4 * dpr);
      else {
        // Deaths and faults: a downward triangle above the track.
        g.beginPath();
        g.moveTo(cx - 4 * dpr, height * 0.05);
        g.lineTo(cx + 4 * dpr, height * 0.05);
        g.lineTo(cx, height * 0.3);
        g.closePath();
        g.fill();
      }
    }
  }

  return {
    el,
    reset() {
      live = markScanner(); // a seek keeps the drawn marks: the same run draws the same ticks
    },
    render(snap) {
      const run = session.timelineRun();
      const steps = Math.max(run.steps, snap.step);
      range.max = String(steps);
      if (!dragging) range.value = String(snap.step);
      const shown = previewStep ?? snap.step;
      const text = `${ctx.T('timelineStep')} ${shown} / ${steps}${previewStep !== null ? ` (${ctx.T('timelinePreview')})` : ''}`;
      readout.textContent = text;
      range.setAttribute('aria-valuetext', text);
      el.dataset.step = String(shown);
      el.dataset.steps = String(steps);
      draw(steps, marksNow(run), runIdOf(run));
    },
    preview() {
      if (previewStep === null || !recorded) return null;
      return recorded.data.snapshots[Math.min(previewStep, recorded.data.snapshots.length - 1)] ?? null;
    },
  };
}
