// The scheduler debug overlay: a DOM panel over the canvas that shows every coroutine, the run
// queue, every send and yield, and steps through time. It only reads the session and calls its
// controls; opening or closing it never pauses or restarts the battle.
//
// Rendering: session events only mark the view dirty; the DOM is updated at most once per
// animation frame, cards are redrawn only when their data changed, and the trace keeps at most
// TRACE_DOM_LIMIT lines in the DOM (the full trace stays in memory for copying).
//
// Keys: every key event that starts inside the overlay stops at its root, so game hotkeys never
// fire while a control of the overlay has focus. The game should also ignore a keydown whose
// target is an input/textarea/select or is inside `[data-overlay]` (see isOverlayKeyTarget).
import { castFrom } from '../../core/cast.ts';
import './overlay.css';
import type { Battle, BattleSnapshot, CombatantView } from '../../core/battle.ts';
import type { BattleSessionApi } from '../session-api.ts';
import {
  SPEEDS, TASK_STATES, LEGEND, badgeFor, cardKey, clampSpeed, exitText, formatSent, formatSpeed, formatYielded,
  initialOpen, isAlive, t, traceLines, writeStoredOpen, yieldedHp, type Lang, type StorageLike, type TextKey,
} from './format.ts';
import { defaultSourceFor, formatYieldLine, recordedYieldLine, type SourceFile, type YieldLine } from './source-lines.ts';
import { copyText, downloadText, logFileName, vitestFileFor } from './export.ts';
import { parseLogText, shareUrl } from './share.ts';
import { formatReload } from '../reload-report.ts';
import { browserStorage } from '../storage.ts';

// Hot swap (dev): a saved combatant file changes its raw source, which comes in through
// source-lines.ts; taking the new module here keeps "where" lines current without a page reload.
let liveSourceFor = defaultSourceFor;
if (import.meta.hot) {
  import.meta.hot.accept('./source-lines.ts', (next) => {
    if (typeof next?.defaultSourceFor === 'function') liveSourceFor = next.defaultSourceFor as typeof defaultSourceFor;
  });
}

const spriteUrls = import.meta.glob('../../../assets/sprites/*.png', { eager: true, query: '?url', import: 'default' }) as Record<string, string>;

/** Lines of trace kept in the DOM; older ones are dropped from the view (copy still has them). */
export const TRACE_DOM_LIMIT = 500;
const WIDE_MIN_PX = 900;

export interface OverlayOptions {
  readonly lang: Lang;
  /** Where the panel is attached; document.body by default. */
  readonly root?: HTMLElement;
  /** The generator's source for a combatant kind. Under the classic rule the overlay asks for 'classic'. */
  readonly sourceFor?: (kind: string) => SourceFile | null;
  /**
   * Where a suspended coroutine is, for instrumented builds. Defaults to findYieldLine's guess by
   * the shape of its last yield. Return `how: 'exact'` for a line known for sure.
   */
  readonly yieldLineFor?: (view: CombatantView, source: SourceFile) => YieldLine | null;
  /** `location.search` by default: `?debug=1` opens, `?debug=0` closes. */
  readonly search?: string;
  /** localStorage by default. */
  readonly storage?: StorageLike | null;
}

export interface OverlayHandle {
  toggle(open?: boolean): void;
  isOpen(): boolean;
  destroy(): void;
}

/** True when a key event should not reach the game: typed into a form control or inside the overlay. */
export function isOverlayKeyTarget(target: EventTarget | null): boolean {
  if (!target || typeof (target as Element).closest !== 'function') return false;
  const el = target as Element;
  return /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName) || (el as HTMLElement).isContentEditable || el.closest('[data-overlay]') !== null;
}

function isTextInput(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el || typeof el.tagName !== 'string') return false;
  if (el.tagName === 'TEXTAREA' || el.isContentEditable) return true;
  return el.tagName === 'INPUT' && !/^(button|checkbox|radio|file|range|submit|reset)$/.test((el as HTMLInputElement).type);
}

function spriteUrl(sprite: string): string | null {
  return spriteUrls[`../../../assets/sprites/${sprite}.png`] ?? null;
}

interface Card {
  readonly root: HTMLElement;
  readonly badge: HTMLElement;
  readonly hp: HTMLElement;
  readonly sent: HTMLElement;
  readonly yielded: HTMLElement;
  readonly resumes: HTMLElement;
  readonly exit: HTMLElement;
  readonly where: HTMLElement;
  readonly whereText: HTMLElement;
  readonly whereNote: HTMLElement;
  readonly sourceButton: HTMLButtonElement;
  key: string;
  line: YieldLine | null;
}

export function mountOverlay(session: BattleSessionApi, opts: OverlayOptions): OverlayHandle {
  const lang = opts.lang;
  const doc = (opts.root ?? document.body).ownerDocument;
  const win = doc.defaultView ?? window;
  const storage = opts.storage === undefined ? browserStorage() : opts.storage;
  const sourceFor = opts.sourceFor ?? ((kind: string) => liveSourceFor(kind));
  const yieldLineFor = opts.yieldLineFor ?? recordedYieldLine;
  const T = (key: TextKey) => t(key, lang);

  const h = <K extends keyof HTMLElementTagNameMap>(tag: K, cls?: string, text?: string): HTMLElementTagNameMap[K] => {
    const el = doc.createElement(tag);
    if (cls) el.className = cls;
    if (text !== undefined) el.textContent = text;
    return el;
  };
  const button = (label: string, onClick: () => void, title?: string): HTMLButtonElement => {
    const b = h('button', 'cq-btn', label);
    b.type = 'button';
    if (title) b.title = title;
    b.addEventListener('click', onClick);
    return b;
  };

  // ---- skeleton ----
  const host = h('div', 'cq-debug');
  host.dataset.overlay = 'debug';
  host.setAttribute('lang', lang);
  const toggleButton = button(`\` ${T('toggle')}`, () => toggle(), T('toggleHint'));
  toggleButton.classList.add('cq-debug-toggle');
  toggleButton.setAttribute('aria-controls', 'cq-debug-panel');
  const panel = h('section', 'cq-debug-panel');
  panel.id = 'cq-debug-panel';
  panel.setAttribute('aria-label', T('title'));

  const head = h('header', 'cq-head');
  const title = h('strong', 'cq-title', T('title'));
  const summary = h('span', 'cq-summary');
  summary.setAttribute('aria-live', 'off');
  const expandButton = button(T('expand'), () => setExpanded(!expanded));
  expandButton.classList.add('cq-expand');
  head.append(title, summary, expandButton);

  const body = h('div', 'cq-body');

  // controls
  const controls = h('div', 'cq-controls');
  const pauseButton = button(T('pause'), () => session.setPaused(!session.control.paused));
  const stepButton = button(T('step'), () => afterStep(session.step()), T('stepHint'));
  const stepTurnButton = button(T('stepTurn'), () => afterStep(session.stepTurn()));
  const stepBackButton = button(T('stepBack'), () => act(() => session.stepBack()), T('stepBackHint'));
  const restartButton = button(T('restart'), () => act(() => session.restart()));
  const speedLabel = h('label', 'cq-speed', `${T('speed')} `);
  const speedSelect = h('select');
  for (const s of SPEEDS) {
    const o = h('option', undefined, formatSpeed(s));
    o.value = String(s);
    speedSelect.append(o);
  }
  speedSelect.addEventListener('change', () => session.setSpeed(clampSpeed(Number(speedSelect.value))));
  speedLabel.append(speedSelect);
  controls.append(pauseButton, stepButton, stepTurnButton, stepBackButton, restartButton, speedLabel);

  const status = h('p', 'cq-status');
  status.setAttribute('role', 'status');

  // queue
  const queueSection = h('section', 'cq-section cq-queue-section');
  const nowSlot = h('div', 'cq-now');
  nowSlot.append(h('span', 'cq-now-label', `${T('now')} ▶`));
  const nowChips = h('span', 'cq-now-chips');
  nowSlot.append(nowChips);
  const queueList = h('ol', 'cq-queue');
  queueList.setAttribute('aria-label', T('queue'));
  const outRow = h('div', 'cq-out');
  const outLabel = h('span', 'cq-out-label', `${T('out')}:`);
  const outChips = h('span', 'cq-out-chips');
  outRow.append(outLabel, outChips);
  queueSection.append(h('h3', undefined, T('queue')), nowSlot, queueList, outRow);

  // cards
  const cardsSection = h('section', 'cq-section');
  const cardsList = h('div', 'cq-cards');
  cardsSection.append(h('h3', undefined, T('cards')), cardsList);

  // trace
  const traceSection = h('section', 'cq-section cq-trace-section');
  const traceBar = h('div', 'cq-trace-bar');
  const filterLabel = h('label', undefined, `${T('filter')} `);
  const filterSelect = h('select', 'cq-filter');
  filterLabel.append(filterSelect);
  const copyButton = button(T('copy'), () => void copyTrace());
  traceBar.append(filterLabel, copyButton);
  const traceList = h('ol', 'cq-trace');
  traceList.tabIndex = 0;
  traceSection.append(h('h3', undefined, T('trace')), traceBar, traceList);
  filterSelect.addEventListener('change', () => {
    filter = filterSelect.value;
    rebuildTraceDom();
  });

  // legend
  const legendSection = h('section', 'cq-section cq-legend');
  const legendList = h('dl');
  for (const state of TASK_STATES) {
    const row = h('div', 'cq-legend-row');
    const dt = h('dt');
    dt.append(badgeElement(state));
    const dd = h('dd', undefined, LEGEND[state][lang]);
    const other = h('span', 'cq-legend-other', ` / ${LEGEND[state][lang === 'ja' ? 'en' : 'ja']}`);
    dd.append(other);
    row.append(dt, dd);
    legendList.append(row);
  }
  legendSection.append(h('h3', undefined, T('legend')), legendList);

  // save and share
  const ioSection = h('section', 'cq-section cq-io');
  const fileInput = h('input');
  fileInput.type = 'file';
  fileInput.accept = 'application/json,.json';
  fileInput.className = 'cq-file';
  const fileLabel = h('label', 'cq-btn cq-file-label', T('importLog'));
  fileLabel.append(fileInput);
  fileInput.addEventListener('change', () => void importFile());
  const shareOut = h('input', 'cq-share-url');
  shareOut.readOnly = true;
  shareOut.hidden = true;
  shareOut.setAttribute('aria-label', T('share'));
  shareOut.addEventListener('focus', () => shareOut.select());
  ioSection.append(
    h('h3', undefined, T('io')),
    button(T('exportLog'), exportLog),
    button(T('exportTest'), exportTest),
    fileLabel,
    button(T('share'), () => void share()),
    shareOut,
  );

  body.append(controls, status, queueSection, cardsSection, traceSection, legendSection, ioSection);

  // source viewer
  const viewer = h('div', 'cq-source');
  viewer.hidden = true;
  viewer.setAttribute('role', 'dialog');
  const viewerHead = h('div', 'cq-source-head');
  const viewerTitle = h('strong');
  const viewerClose = button(T('close'), () => closeSource());
  viewerHead.append(viewerTitle, viewerClose);
  const viewerNote = h('p', 'cq-note');
  const viewerCode = h('ol', 'cq-source-code');
  viewer.append(viewerHead, viewerNote, viewerCode);

  panel.append(head, body, viewer);
  host.append(toggleButton, panel);
  (opts.root ?? doc.body).append(host);

  // ---- state ----
  let open = false;
  let expanded = false;
  let filter = '';
  let raf = 0;
  let shownBattle: Battle | null = null;
  let names = new Map<string, string>();
  let kindOf = new Map<string, string>();
  const cards = new Map<string, Card>();
  const chips = new Map<string, HTMLElement>();
  /** Every trace line of the shown battle, and the task it belongs to (filter, copy). */
  let lines: string[] = [];
  let lineTasks: string[] = [];
  let prevCurrent: string | null = null;
  let prevGone = new Set<string>();
  let destroyed = false;

  // ---- events ----
  const invalidate = () => {
    if (!open || raf || destroyed) return;
    raf = win.requestAnimationFrame(frame);
  };
  const unsubscribe = session.subscribe({
    onEvent: invalidate,
    onReset: invalidate,
    onControl: invalidate,
    // Hot swap: "reloaded slime.ts, replayed 14 steps", or where the new code changed the battle.
    onReload: (report) => say(formatReload(report, lang), report.diverged !== null || report.problems.length > 0),
  });

  const stopKeys = (e: KeyboardEvent) => {
    if (e.type === 'keydown' && e.key === 'Escape' && !viewer.hidden) {
      closeSource();
      e.preventDefault();
    } else if (e.type === 'keydown' && e.key === '`' && !isTextInput(e.target) && !e.isComposing) {
      toggle();
      e.preventDefault();
    }
    e.stopPropagation();
  };
  for (const type of ['keydown', 'keyup', 'keypress'] as const) host.addEventListener(type, stopKeys);
  const onWindowKey = (e: KeyboardEvent) => {
    if (e.key !== '`' || e.isComposing || e.ctrlKey || e.metaKey || e.altKey || isTextInput(e.target)) return;
    toggle();
  };
  win.addEventListener('keydown', onWindowKey);
  const wide = win.matchMedia?.(`(min-width: ${WIDE_MIN_PX}px)`);
  const onMedia = () => applyLayout();
  wide?.addEventListener?.('change', onMedia);

  function toggle(next?: boolean): void {
    const want = next ?? !open;
    if (want === open) return;
    open = want;
    writeStoredOpen(storage, open);
    applyLayout();
    if (open) {
      shownBattle = null; // full redraw: nothing was drawn while closed
      frame();
    } else if (raf) {
      win.cancelAnimationFrame(raf);
      raf = 0;
    }
  }

  function setExpanded(next: boolean): void {
    expanded = next;
    expandButton.textContent = expanded ? T('collapse') : T('expand');
    expandButton.setAttribute('aria-expanded', String(expanded));
    host.dataset.expanded = String(expanded);
  }

  function applyLayout(): void {
    host.dataset.open = String(open);
    panel.hidden = !open;
    toggleButton.setAttribute('aria-expanded', String(open));
    const docked = open && (wide?.matches ?? true);
    host.dataset.layout = docked ? 'dock' : 'strip';
    const root = doc.documentElement;
    if (root.classList.contains('cq-debug-docked') !== docked) {
      root.classList.toggle('cq-debug-docked', docked);
      // Lets a FIT-scaled canvas take the narrower space at once instead of on its next size check.
      win.dispatchEvent(new Event('resize'));
    }
  }

  // ---- rendering ----
  function frame(): void {
    raf = 0;
    if (!open || destroyed) return;
    const battle = session.battle;
    const snap = session.snapshot();
    const fresh = battle !== shownBattle;
    if (fresh) resetView(battle, snap);
    renderSummary(snap);
    renderCards(snap);
    renderQueue(snap, fresh);
    renderTrace(battle);
  }

  function resetView(battle: Battle, snap: BattleSnapshot): void {
    shownBattle = battle;
    names = castFrom(snap.combatants).nameMap(lang);
    kindOf = new Map(snap.combatants.map((c) => [c.id, snap.rule === 'classic' ? 'classic' : c.kind]));
    cards.clear();
    cardsList.replaceChildren(...snap.combatants.map((c) => {
      const card = makeCard(c);
      cards.set(c.id, card);
      return card.root;
    }));
    chips.clear();
    nowChips.replaceChildren();
    queueList.replaceChildren();
    outChips.replaceChildren();
    prevCurrent = snap.current;
    prevGone = new Set();
    const keep = snap.combatants.some((c) => c.id === filter) ? filter : '';
    filter = keep;
    const all = h('option', undefined, T('all'));
    all.value = '';
    filterSelect.replaceChildren(all, ...snap.combatants.map((c) => {
      const o = h('option', undefined, `${c.name[lang]} (${c.id})`);
      o.value = c.id;
      return o;
    }));
    filterSelect.value = filter;
    lines = [];
    lineTasks = [];
    traceList.replaceChildren();
  }

  function renderSummary(snap: BattleSnapshot): void {
    const c = session.control;
    pauseButton.textContent = c.paused ? T('resume') : T('pause');
    pauseButton.setAttribute('aria-pressed', String(c.paused));
    if (speedSelect.value !== String(c.speed)) speedSelect.value = String(c.speed);
    stepBackButton.disabled = snap.step === 0;
    const over = snap.outcome !== null;
    stepButton.disabled = over;
    stepTurnButton.disabled = over;
    const now = snap.current ? names.get(snap.current) ?? snap.current : '—';
    summary.textContent = `${T('step_')} ${snap.step} · ${T('turn_')} ${snap.turn} · ▶ ${now}${over ? ` · ${snap.outcome}` : ''}${c.paused ? ` · ${T('paused')}` : ''}`;
  }

  function badgeElement(state: CombatantView['state']): HTMLElement {
    const b = badgeFor(state, lang);
    const el = h('span', `cq-badge ${b.className}`, `${b.glyph} ${b.word}`);
    el.title = b.title;
    return el;
  }

  function field(parent: HTMLElement, label: string): HTMLElement {
    const dt = h('dt', undefined, label);
    const dd = h('dd');
    parent.append(dt, dd);
    return dd;
  }

  function makeCard(c: CombatantView): Card {
    const root = h('article', `cq-card cq-side-${c.side}`);
    root.dataset.id = c.id;
    const top = h('div', 'cq-card-top');
    const url = spriteUrl(c.sprite);
    if (url) {
      const img = h('img', 'cq-sprite');
      img.src = url;
      img.alt = '';
      img.width = 24;
      img.height = 24;
      img.loading = 'lazy';
      top.append(img);
    } else {
      top.append(h('span', 'cq-sprite cq-sprite-missing', c.name[lang].slice(0, 1)));
    }
    top.append(h('span', 'cq-name', c.name[lang]), h('span', 'cq-id', c.id));
    const badge = h('span', 'cq-badge');
    top.append(badge);
    const dl = h('dl', 'cq-fields');
    const hp = field(dl, T('hp'));
    const sent = field(dl, T('sent'));
    const yielded = field(dl, T('yielded'));
    const resumes = field(dl, T('resumes'));
    const exit = field(dl, T('exit'));
    const where = h('div', 'cq-where');
    const whereText = h('code', 'cq-where-text');
    const sourceButton = button(T('viewSource'), () => openSource(c.id));
    sourceButton.classList.add('cq-small');
    const whereNote = h('span', 'cq-note');
    where.append(h('span', 'cq-where-label', `${T('where')}: `), whereText, sourceButton, whereNote);
    root.append(top, dl, where);
    return { root, badge, hp, sent, yielded, resumes, exit, where, whereText, whereNote, sourceButton, key: '', line: null };
  }

  function renderCards(snap: BattleSnapshot): void {
    for (const view of snap.combatants) {
      const card = cards.get(view.id);
      if (!card) continue;
      const key = cardKey(view);
      if (key === card.key) continue;
      card.key = key;
      const b = badgeFor(view.state, lang);
      card.badge.className = `cq-badge ${b.className}`;
      card.badge.textContent = `${b.glyph} ${b.word}`;
      card.badge.title = b.title;
      card.root.dataset.state = view.state;
      const hp = yieldedHp(view);
      card.hp.textContent = hp === null ? `— / ${view.maxHp}` : `${hp} / ${view.maxHp}`;
      card.sent.textContent = formatSent(view);
      card.yielded.textContent = formatYielded(view);
      card.resumes.textContent = String(view.resumes);
      const exit = exitText(view);
      card.exit.textContent = exit ?? '—';
      card.exit.classList.toggle('cq-error', view.state === 'errored');
      renderWhere(card, view);
    }
  }

  function renderWhere(card: Card, view: CombatantView): void {
    const source = sourceFor(kindOf.get(view.id) ?? view.kind);
    card.line = null;
    card.sourceButton.hidden = source === null;
    card.where.hidden = !isAlive(view.state) && source === null;
    if (view.state === 'created') {
      card.whereText.textContent = source ? `${source.file} — ${T('notStarted')}` : T('notStarted');
      card.whereNote.textContent = '';
    } else if (view.state === 'suspended' && source) {
      const line = yieldLineFor(view, source);
      card.line = line;
      if (line) {
        const stack = line.stack.length > 0 ? `  (${[names.get(view.id) ?? view.id, ...line.stack.slice(1).map((f) => `${f}()`)].join(' → ')})` : '';
        card.whereText.textContent = formatYieldLine(source.file, line) + stack;
        card.whereNote.textContent = line.how === 'guess' ? T('guessed') : '';
      } else {
        card.whereText.textContent = source.file;
        card.whereNote.textContent = '';
      }
    } else {
      card.whereText.textContent = source ? source.file : T('noSource');
      card.whereNote.textContent = '';
    }
  }

  function chipFor(id: string): HTMLElement {
    let chip = chips.get(id);
    if (!chip) {
      chip = h('li', 'cq-chip', names.get(id) ?? id);
      chip.dataset.id = id;
      chips.set(id, chip);
    }
    return chip;
  }

  function animate(el: HTMLElement, cls: string): void {
    el.classList.remove('cq-pop', 'cq-append', 'cq-leave');
    void el.offsetWidth; // restart the animation
    el.classList.add(cls);
  }

  /** Puts `wanted` in `list` in order, moving as few nodes as possible (a rotation moves one). */
  function reconcile(list: HTMLElement, wanted: readonly HTMLElement[]): void {
    const keep = new Set(wanted);
    for (const child of [...list.children]) if (!keep.has(child as HTMLElement)) child.remove();
    let next: Element | null = null;
    for (let i = wanted.length - 1; i >= 0; i--) {
      const el = wanted[i]!;
      if (el.parentElement !== list || el.nextElementSibling !== next) list.insertBefore(el, next);
      next = el;
    }
  }

  function renderQueue(snap: BattleSnapshot, fresh: boolean): void {
    const inQueue = new Set(snap.queue);
    const current = snap.current;
    const gone = snap.combatants.filter((c) => c.id !== current && !inQueue.has(c.id) && (!isAlive(c.state) || c.fled)).map((c) => c.id);
    reconcile(nowChips, current ? [chipFor(current)] : []);
    reconcile(queueList, snap.queue.map(chipFor));
    reconcile(outChips, gone.map(chipFor));
    outRow.hidden = gone.length === 0;
    const out = new Set(snap.combatants.filter((c) => !isAlive(c.state) || c.fled).map((c) => c.id));
    for (const [id, chip] of chips) {
      chip.classList.toggle('cq-current', id === current);
      chip.classList.toggle('cq-gone', out.has(id));
    }
    if (!fresh) {
      if (current && current !== prevCurrent) animate(chipFor(current), 'cq-pop');
      if (prevCurrent && prevCurrent !== current && snap.queue[snap.queue.length - 1] === prevCurrent) {
        animate(chipFor(prevCurrent), 'cq-append');
      }
      for (const id of gone) if (!prevGone.has(id)) animate(chipFor(id), 'cq-leave');
    }
    prevCurrent = current;
    prevGone = new Set(gone);
  }

  function renderTrace(battle: Battle): void {
    const ledger = battle.ledger();
    if (ledger.length < lines.length) {
      // Should not happen (a new battle is a new object), but never show a stale trace.
      lines = [];
      lineTasks = [];
      traceList.replaceChildren();
    }
    if (ledger.length === lines.length) return;
    const added = ledger.slice(lines.length);
    const text = traceLines(added, names);
    const atBottom = traceList.scrollTop + traceList.clientHeight >= traceList.scrollHeight - 4;
    const frag = doc.createDocumentFragment();
    const shown: number[] = [];
    for (let i = 0; i < added.length; i++) {
      lines.push(text[i]!);
      lineTasks.push(added[i]!.task);
      if (filter === '' || added[i]!.task === filter) shown.push(lines.length - 1);
    }
    for (const index of shown.slice(-TRACE_DOM_LIMIT)) frag.append(traceItem(index));
    traceList.append(frag);
    trimTrace();
    if (atBottom) traceList.scrollTop = traceList.scrollHeight;
  }

  function traceItem(index: number): HTMLElement {
    const li = h('li', 'cq-line', lines[index]);
    li.value = index + 1;
    if (filter === '') li.dataset.task = lineTasks[index]!;
    return li;
  }

  function trimTrace(): void {
    let extra = traceList.childElementCount - TRACE_DOM_LIMIT;
    while (extra-- > 0) traceList.firstElementChild?.remove();
  }

  function filteredLines(): string[] {
    return filter === '' ? lines : lines.filter((_, i) => lineTasks[i] === filter);
  }

  function rebuildTraceDom(): void {
    const frag = doc.createDocumentFragment();
    const indexes: number[] = [];
    for (let i = 0; i < lines.length; i++) if (filter === '' || lineTasks[i] === filter) indexes.push(i);
    for (const i of indexes.slice(-TRACE_DOM_LIMIT)) frag.append(traceItem(i));
    traceList.replaceChildren(frag);
    traceList.scrollTop = traceList.scrollHeight;
  }

  // ---- actions ----
  function say(message: string, error = false): void {
    status.textContent = message;
    status.classList.toggle('cq-error', error);
    status.setAttribute('role', error ? 'alert' : 'status');
  }

  function act(fn: () => void): void {
    try {
      fn();
      say('');
    } catch (e) {
      say(e instanceof Error ? e.message : String(e), true);
    }
    invalidate();
  }

  function afterStep(r: { resumed: boolean; waitingFor: string | null; outcome: string | null }): void {
    if (r.outcome) say(`${T('over')}: ${r.outcome}`);
    else if (r.waitingFor && !r.resumed) say(`${names.get(r.waitingFor) ?? r.waitingFor} ${T('waiting')}`);
    else say('');
    invalidate();
  }

  async function copyTrace(): Promise<void> {
    const ok = await copyText(filteredLines().join('\n') + '\n', doc);
    say(ok ? T('copied') : T('copyFailed'), !ok);
  }

  function exportLog(): void {
    const log = session.inputLog();
    downloadText(logFileName(log, '.json'), `${JSON.stringify(log, null, 2)}\n`, 'application/json', doc);
  }

  function exportTest(): void {
    const log = session.inputLog();
    const snap = session.snapshot();
    const text = vitestFileFor(log, session.battle.events, snap.outcome === null ? snap.step : null);
    downloadText(logFileName(log, '.test.ts'), text, 'text/plain', doc);
  }

  async function importFile(): Promise<void> {
    const file = fileInput.files?.[0];
    fileInput.value = '';
    if (!file) return;
    let text: string;
    try {
      text = await file.text();
    } catch (e) {
      say(`${file.name}: ${e instanceof Error ? e.message : String(e)}`, true);
      return;
    }
    const parsed = parseLogText(text, file.name);
    if (!parsed.ok) {
      say(parsed.error, true);
      return;
    }
    try {
      session.load(parsed.log);
      say(T('imported'));
    } catch (e) {
      say(`${file.name}: ${e instanceof Error ? e.message : String(e)}`, true);
    }
    invalidate();
  }

  async function share(): Promise<void> {
    const url = shareUrl(win.location.href, session.inputLog());
    shareOut.value = url;
    shareOut.hidden = false;
    const ok = await copyText(url, doc);
    say(ok ? T('shared') : T('copyFailed'), !ok);
  }

  function openSource(id: string): void {
    const view = session.snapshot().combatants.find((c) => c.id === id);
    const source = sourceFor(kindOf.get(id) ?? view?.kind ?? '');
    if (!view || !source) return;
    const line = view.state === 'suspended' ? yieldLineFor(view, source) : null;
    viewerTitle.textContent = `${names.get(id) ?? id} — ${source.file}${line ? `:${line.line}` : ''}`;
    viewerNote.textContent = line?.how === 'guess' ? T('guessed') : '';
    const frag = doc.createDocumentFragment();
    let mark: HTMLElement | null = null;
    source.text.replace(/\n$/, '').split(/\r?\n/).forEach((text, i) => {
      const li = h('li', undefined, text || ' ');
      if (line && i + 1 === line.line) {
        li.className = 'cq-mark';
        li.setAttribute('aria-current', 'location');
        mark = li;
      }
      frag.append(li);
    });
    viewerCode.replaceChildren(frag);
    viewer.hidden = false;
    body.hidden = true;
    viewerClose.focus();
    (mark as HTMLElement | null)?.scrollIntoView?.({ block: 'center' });
  }

  function closeSource(): void {
    viewer.hidden = true;
    body.hidden = false;
  }

  // ---- start ----
  setExpanded(false);
  const startOpen = initialOpen(opts.search ?? win.location?.search ?? '', storage);
  open = startOpen;
  applyLayout();
  if (open) frame();

  return {
    toggle,
    isOpen: () => open,
    destroy() {
      if (destroyed) return;
      destroyed = true;
      if (raf) win.cancelAnimationFrame(raf);
      unsubscribe();
      win.removeEventListener('keydown', onWindowKey);
      wide?.removeEventListener?.('change', onMedia);
      doc.documentElement.classList.remove('cq-debug-docked');
      host.remove();
    },
  };
}
