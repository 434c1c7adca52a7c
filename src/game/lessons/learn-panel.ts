// The Learn screen's page: chapter header and navigation, the two code panes with the highlighted
// line, the lesson's debugger (coroutines, the yield* stack, the event loop, the trace) and a slot
// for the challenge. Plain DOM buttons: keyboard, mouse and touch all work the same.
import './learn.css';
import type { Lang } from '../../core/protocol.ts';
import { CHAPTER_IDS, type ChapterId } from '../../lessons/checks.ts';
import { CHAPTER_TEXTS } from './chapter-texts.ts';
import type { CoroutineView, LessonFrame, Pane } from './frame.ts';
import { LEARN_WORDS } from './learn-texts.ts';

export interface PanelActions {
  prev(): void;
  next(): void;
  back(): void;
  step(): void;
  restart(): void;
  open(index: number): void;
}

export interface LearnPanel {
  readonly el: HTMLElement;
  /** Where the challenge section goes. */
  readonly challengeHost: HTMLElement;
  showChapter(index: number, solved: readonly ChapterId[], overlayHint: boolean): void;
  render(frame: LessonFrame): void;
  /** A notice on the page (a repaired save, a reloaded lesson file); the canvas's notices are under it. */
  notice(text: string): void;
  destroy(): void;
}

type Maker = <K extends keyof HTMLElementTagNameMap>(tag: K, cls?: string, text?: string) => HTMLElementTagNameMap[K];

export function domMaker(doc: Document): Maker {
  return (tag, cls, text) => {
    const el = doc.createElement(tag);
    if (cls) el.className = cls;
    if (text !== undefined) el.textContent = text;
    return el;
  };
}

export function learnButton(h: Maker, label: string, action: string, run: () => void, keys?: string): HTMLButtonElement {
  const b = h('button', 'cq-learn-btn', label);
  b.type = 'button';
  b.dataset.action = action;
  if (keys) b.setAttribute('aria-keyshortcuts', keys);
  b.addEventListener('click', run);
  return b;
}

export function createLearnPanel(doc: Document, lang: Lang, actions: PanelActions): LearnPanel {
  const W = LEARN_WORDS[lang];
  const h = domMaker(doc);
  const el = h('div', 'cq-learn');
  el.dataset.learn = 'panel';
  el.setAttribute('lang', lang);
  el.setAttribute('role', 'region');
  el.setAttribute('aria-label', W.heading);

  const nav = h('nav', 'cq-learn-nav');
  const heading = h('h1', 'cq-learn-heading', W.heading);
  const counter = h('span', 'cq-learn-count');
  const dots = h('ol', 'cq-learn-dots');
  const prev = learnButton(h, W.prev, 'prev', actions.prev, 'ArrowLeft');
  const next = learnButton(h, W.next, 'next', actions.next, 'ArrowRight');
  nav.append(heading, prev, counter, next, learnButton(h, W.back, 'back', actions.back, 'Escape'), dots);

  const title = h('h2', 'cq-learn-title');
  const lead = h('p', 'cq-learn-lead');
  const tools = h('div', 'cq-learn-tools');
  const status = h('p', 'cq-learn-note');
  status.setAttribute('role', 'status');
  const hint = h('p', 'cq-learn-hint');
  const notice = h('p', 'cq-learn-notice');
  notice.setAttribute('role', 'alert');
  notice.hidden = true;
  tools.append(learnButton(h, `${W.step} (N)`, 'step', actions.step, 'N'), learnButton(h, `${W.restart} (R)`, 'restart', actions.restart, 'R'), h('span', 'cq-learn-keys', W.keys));
  const panes = h('div', 'cq-learn-panes');
  const debug = h('section', 'cq-learn-debug');
  debug.setAttribute('aria-label', W.debugger);
  const challengeHost = h('section', 'cq-learn-challenge');
  // The code and the debugger side by side where there is room (learn.css).
  const work = h('div', 'cq-learn-work');
  work.append(panes, debug);
  el.append(nav, notice, title, lead, tools, status, hint, work, challengeHost);
  doc.body.append(el);

  const paneEl = (p: Pane) => {
    const fig = h('figure', 'cq-learn-pane');
    fig.dataset.pane = p.kind;
    const cap = h('figcaption', 'cq-learn-pane-title', p.title);
    const list = h('ol', 'cq-learn-code');
    list.setAttribute('aria-label', p.title);
    list.tabIndex = 0; // it scrolls: keyboard users reach it to scroll it
    p.lines.forEach((line, i) => {
      const li = h('li', 'cq-learn-line', line.length === 0 ? ' ' : line);
      li.dataset.line = String(i + 1);
      if (p.highlight.includes(i + 1)) {
        li.classList.add('is-hl');
        li.setAttribute('aria-current', 'step');
      }
      list.append(li);
    });
    fig.append(cap, list);
    return fig;
  };

  const row = (dl: HTMLElement, label: string, value: string) => {
    dl.append(h('dt', '', label), h('dd', '', value));
  };

  const card = (c: CoroutineView) => {
    const a = h('article', 'cq-learn-card');
    a.setAttribute('aria-label', c.name);
    const head = h('h4', '', c.name);
    const badge = h('span', `cq-learn-state is-${c.state}`, c.state);
    head.append(' ', badge);
    const dl = h('dl');
    row(dl, W.sent, c.sent);
    row(dl, W.yielded, c.yielded);
    if (c.at) row(dl, W.at, c.at);
    if (c.stack.length > 0) row(dl, W.stack, c.stack.join(' → '));
    a.append(head, dl);
    return a;
  };

  const listOf = (label: string, items: readonly string[], ordered = true) => {
    const wrap = h('div', 'cq-learn-list');
    wrap.append(h('h4', '', label));
    const list = h(ordered ? 'ol' : 'ul');
    list.setAttribute('aria-label', label);
    for (const item of items.length === 0 ? [W.empty] : items) list.append(h('li', '', item));
    wrap.append(list);
    return wrap;
  };

  return {
    el,
    challengeHost,
    showChapter(index, solved, overlayHint) {
      const id = CHAPTER_IDS[index]!;
      const text = CHAPTER_TEXTS[id];
      el.dataset.learnChapter = id;
      counter.textContent = W.chapterOf(index + 1, CHAPTER_IDS.length);
      prev.disabled = index === 0;
      next.disabled = index === CHAPTER_IDS.length - 1;
      title.textContent = `${text.title[lang]}${solved.includes(id) ? ` ✓ ${W.solved}` : ''}`;
      lead.textContent = text.lead[lang];
      hint.textContent = overlayHint ? W.overlayHint : '';
      hint.hidden = !overlayHint;
      dots.replaceChildren(...CHAPTER_IDS.map((c, i) => {
        const li = h('li');
        const b = learnButton(h, `${i + 1}${solved.includes(c) ? '✓' : ''}`, `chapter-${i + 1}`, () => actions.open(i));
        b.setAttribute('aria-label', CHAPTER_TEXTS[c].title[lang]);
        if (i === index) b.setAttribute('aria-current', 'page');
        li.append(b);
        return li;
      }));
    },
    render(frame) {
      el.dataset.learnStep = String(frame.step);
      el.dataset.learnFinished = String(frame.finished);
      status.textContent = frame.finished ? `${frame.note[lang]} ${W.finished}` : frame.note[lang];
      panes.replaceChildren(...frame.panes.map(paneEl));
      // Each pane scrolls itself to its highlighted line; the page does not move.
      for (const list of panes.querySelectorAll<HTMLElement>('.cq-learn-code')) {
        const hl = list.querySelector<HTMLElement>('.is-hl');
        if (hl) list.scrollTop = Math.max(0, hl.offsetTop - list.clientHeight / 3);
      }
      const parts: HTMLElement[] = [h('h3', '', W.debugger)];
      const cards = h('div', 'cq-learn-cards');
      cards.append(...frame.coroutines.map(card));
      parts.push(cards);
      if (frame.clock) {
        const c = frame.clock;
        const clock = h('div', 'cq-learn-clock');
        clock.dataset.now = String(c.now);
        clock.append(h('h4', '', `${W.clock}: ${W.now} t=${c.now}`), listOf(W.queue, c.queue), listOf(W.sleeping, c.sleeping.map((s) => `${s.label} · ${W.wakeAt} t=${s.wakeAt}`)), listOf(W.said, c.lines));
        parts.push(clock);
      }
      parts.push(listOf(frame.clock ? W.totals : W.trace, frame.trace.slice(-14)));
      debug.replaceChildren(...parts);
    },
    notice(text) {
      notice.textContent = text;
      notice.hidden = false;
    },
    destroy() {
      el.remove();
    },
  };
}
