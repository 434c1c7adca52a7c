// The compare view: two runs side by side (two branches, or a hot reload's "before your edit" and
// "after your edit"): each one's outcome and length, the first event that differs in trace syntax,
// and an HP-over-steps chart of every combatant for both, aligned by step. Loaded only when opened
// (the branches panel imports it on demand); the chart is a canvas drawn here, no library.
import './compare.css';
import type { Lang } from '../../../core/protocol.ts';
import { bw, outcomeWord } from '../branch-words.ts';
import { compareTwo, type CompareRun, type Comparison } from '../compare-model.ts';
import type { Dom } from '../dom.ts';

/** One colour per combatant, in cast order; the branch is told by the line's dash, never by colour. */
const COLOURS = ['#5fb3ff', '#ff6b6b', '#ffd166', '#7ee081', '#c792ea', '#ffb347', '#4dd0e1', '#f48fb1'];
const CHART_H = 150;

export interface CompareView {
  readonly el: HTMLElement;
  readonly comparison: Comparison;
}

export function openCompareView(dom: Dom, lang: Lang, a: CompareRun, b: CompareRun, onClose: () => void): CompareView {
  const { h } = dom;
  const comparison = compareTwo(a, b);
  const el = h('section', 'cq-section cq-compare');
  el.setAttribute('aria-label', bw('compareTitle', lang));
  const head = h('div', 'cq-compare-head');
  const close = dom.button(`✕ ${bw('close', lang)}`, onClose);
  close.classList.add('cq-compare-close');
  head.append(h('h3', undefined, bw('compareTitle', lang)), close);
  const sides = h('div', 'cq-compare-sides');
  for (const [run, mark] of [[a, '━'], [b, '┅']] as const) {
    const side = h('div', 'cq-compare-side');
    side.append(
      h('strong', 'cq-compare-label', `${mark} ${run.label}`),
      h('span', 'cq-compare-outcome', `${bw('outcome', lang)}: ${outcomeWord(run.outcome, lang)} · ${run.steps} ${bw('steps', lang)}`),
    );
    sides.append(side);
  }
  const diff = h('div', 'cq-compare-diff');
  diff.setAttribute('role', 'status');
  const d = comparison.divergence;
  if (d === null) diff.textContent = bw('noDiff', lang);
  else {
    diff.append(h('p', 'cq-compare-step', `${bw('firstDiff', lang)} ${d.step}`));
    const list = h('dl', 'cq-compare-lines');
    list.append(h('dt', undefined, a.label), h('dd', 'cq-diff-a', d.before[lang]), h('dt', undefined, b.label), h('dd', 'cq-diff-b', d.after[lang]));
    diff.append(list);
  }
  const canvas = h('canvas', 'cq-compare-chart');
  canvas.setAttribute('role', 'img');
  canvas.setAttribute('aria-label', `${bw('hpChart', lang)}. ${chartSummary(comparison, lang)}`);
  canvas.tabIndex = 0;
  const legend = h('ul', 'cq-compare-legend');
  comparison.lines.forEach((line, i) => {
    const item = h('li', undefined, `${line.info.name[lang]}: ${line.a.at(-1) ?? '—'} / ${line.b.at(-1) ?? '—'} HP`);
    item.style.setProperty('--cq-line', COLOURS[i % COLOURS.length]!);
    legend.append(item);
  });
  el.append(head, sides, diff, canvas, legend);
  el.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      onClose();
    }
  });
  // Drawn once laid out (the canvas takes its width from the panel).
  const win = dom.doc.defaultView;
  const draw = () => drawChart(canvas, comparison, win?.devicePixelRatio ?? 1);
  if (win) win.requestAnimationFrame(draw);
  return { el, comparison };
}

function chartSummary(c: Comparison, lang: Lang): string {
  return c.lines.map((l) => `${l.info.name[lang]} ${l.a.at(-1) ?? '—'} / ${l.b.at(-1) ?? '—'}`).join(', ');
}

function drawChart(canvas: HTMLCanvasElement, c: Comparison, dpr: number): void {
  const width = Math.max(200, Math.round((canvas.clientWidth || 300) * dpr));
  const height = Math.round(CHART_H * dpr);
  canvas.width = width;
  canvas.height = height;
  const g = canvas.getContext('2d');
  if (!g) return;
  const pad = 6 * dpr;
  g.fillStyle = '#10131c';
  g.fillRect(0, 0, width, height);
  g.strokeStyle = 'rgba(255,255,255,0.18)';
  g.lineWidth = 1;
  for (const f of [0, 0.5, 1]) {
    const y = pad + (1 - f) * (height - 2 * pad);
    g.beginPath();
    g.moveTo(pad, y);
    g.lineTo(width - pad, y);
    g.stroke();
  }
  const x = (step: number) => pad + (c.steps === 0 ? 0 : (step / c.steps) * (width - 2 * pad));
  c.lines.forEach((line, i) => {
    const y = (hp: number) => pad + (1 - Math.max(0, hp) / Math.max(1, line.info.maxHp)) * (height - 2 * pad);
    g.strokeStyle = COLOURS[i % COLOURS.length]!;
    for (const [values, dash] of [[line.a, []], [line.b, [5 * dpr, 4 * dpr]]] as const) {
      g.setLineDash([...dash]);
      g.lineWidth = 2 * dpr;
      g.beginPath();
      values.forEach((hp, step) => (step === 0 ? g.moveTo(x(step), y(hp)) : g.lineTo(x(step), y(hp))));
      g.stroke();
    }
  });
  g.setLineDash([]);
  const d = c.divergence;
  if (d) {
    g.strokeStyle = '#ffffff';
    g.lineWidth = dpr;
    g.beginPath();
    g.moveTo(x(d.step), 0);
    g.lineTo(x(d.step), height);
    g.stroke();
  }
}
