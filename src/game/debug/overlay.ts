// The scheduler debug overlay: a DOM panel over the canvas that shows every coroutine, the run
// queue, every send and yield, and steps through time. It only reads the session and calls its
// controls; opening or closing it never pauses or restarts the battle.
//
// This file mounts it: the toggle, the layout (docked on wide screens, a strip on phones), the
// keys, and one frame loop. Session events only mark the view dirty; the panels (./panels, one
// contract in panel.ts) are drawn at most once per animation frame, and only while open.
//
// Keys (keys.ts): every key event that starts inside the overlay stops at its root, so game
// hotkeys never fire while a control of the overlay has focus; a click outside it gives the keys
// back to the game; P N T B R run its controls while it is open. The game should also ignore a
// keydown whose target is an input/textarea/select or is inside `[data-overlay]` (isOverlayKeyTarget).
import './overlay.css';
import type { Battle, BattleSnapshot, CombatantView } from '../../core/battle.ts';
import type { Lang } from '../../core/protocol.ts';
import type { BattleSessionApi } from '../battle/session-api.ts';
import { formatReload } from '../hot-reload/reload-report.ts';
import { browserStorage, type StorageLike } from '../storage/browser-storage.ts';
import { domFor } from './dom.ts';
import { installKeys } from './keys.ts';
import { tabs } from './tabs.ts';
import { initialOpen, t, writeStoredOpen, type TextKey } from './format.ts';
import { learnCast, panelContext, type Panel } from './panel.ts';
import { cardsPanel } from './panels/cards.ts';
import { controlsPanel } from './panels/controls.ts';
import { legendPanel } from './panels/legend.ts';
import { messagesPanel } from './panels/messages.ts';
import { queuePanel } from './panels/queue.ts';
import { saveSharePanel } from './panels/save-share.ts';
import { sourceViewer } from './panels/source.ts';
import { playgroundOpener } from './playground-opener.ts';
import { timelinePanel } from './panels/timeline.ts';
import { branchesPanel } from './panels/branches.ts';
import { tracePanel } from './panels/trace.ts';
import { liveSourceFor } from './live-sources.ts';
import { recordedYieldLine, type SourceFile, type YieldLine } from './source-lines.ts';

export { TRACE_DOM_LIMIT } from './panels/trace.ts';

const WIDE_MIN_PX = 900;

export interface OverlayOptions {
  readonly lang: Lang;
  /** Where the panel is attached; document.body by default. */
  readonly root?: HTMLElement;
  /** The generator's source for a combatant kind. Under the classic rule the overlay asks for 'classic'. */
  readonly sourceFor?: (kind: string) => SourceFile | null;
  /** Where a suspended coroutine is; by default the line the instrumentation recorded. */
  readonly yieldLineFor?: (view: CombatantView, source: SourceFile) => YieldLine | null;
  /** `location.search` by default: `?debug=1` opens, `?debug=0` closes. */
  readonly search?: string;
  /** localStorage by default. */
  readonly storage?: StorageLike | null;
}

export interface OverlayHandle {
  toggle(open?: boolean): void;
  /** Shows a tab: 'cards' or 'trace' (the trace with the message log). */
  selectTab(id: string): void;
  isOpen(): boolean;
  destroy(): void;
}

/** True when a key event should not reach the game: typed into a form control or inside the overlay. */
export function isOverlayKeyTarget(target: EventTarget | null): boolean {
  if (!target || typeof (target as Element).closest !== 'function') return false;
  const el = target as Element;
  return /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName) || (el as HTMLElement).isContentEditable || el.closest('[data-overlay]') !== null;
}

export function mountOverlay(session: BattleSessionApi, opts: OverlayOptions): OverlayHandle {
  const lang = opts.lang;
  const doc = (opts.root ?? document.body).ownerDocument;
  const win = doc.defaultView ?? window;
  const storage = opts.storage === undefined ? browserStorage() : opts.storage;
  const T = (key: TextKey) => t(key, lang);
  const dom = domFor(doc);
  const { h, button } = dom;

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
  const summary = h('span', 'cq-summary');
  summary.setAttribute('aria-live', 'off');
  const expandButton = button(T('expand'), () => setExpanded(!expanded));
  expandButton.classList.add('cq-expand');
  const title = h('strong', 'cq-title', T('title'));
  // The panel's heading (its sections are h3s under it), styled as the one-line title it is.
  title.setAttribute('role', 'heading');
  title.setAttribute('aria-level', '2');
  head.append(title, summary, expandButton);
  const body = h('div', 'cq-body');
  const status = h('p', 'cq-status');
  status.setAttribute('role', 'status');

  const say = (message: string, error = false): void => {
    status.textContent = message;
    status.classList.toggle('cq-error', error);
    status.setAttribute('role', error ? 'alert' : 'status');
  };
  const ctx = panelContext({
    session, lang, dom, say,
    sourceFor: opts.sourceFor ?? ((kind) => liveSourceFor(kind)),
    yieldLineFor: opts.yieldLineFor ?? recordedYieldLine,
    invalidate: () => invalidate(),
    openSource: (id, line) => viewer.open(id, line),
    editSource: (id) => editor.edit(id),
  });
  const editor = playgroundOpener(ctx, host);
  const viewer = sourceViewer(ctx, (visible) => {
    body.hidden = !visible;
  });
  const controls = controlsPanel(ctx);
  const timeline = timelinePanel(ctx);
  const [queue, cards, trace, messages] = [queuePanel(ctx), cardsPanel(ctx), tracePanel(ctx), messagesPanel(ctx)];
  const branches = branchesPanel(ctx);
  const panels: Panel[] = [controls, timeline, queue, cards, trace, messages, legendPanel(ctx), saveSharePanel(ctx), branches];
  const views = tabs(dom, [
    { id: 'cards', label: T('tabCards'), content: [cards.el] },
    { id: 'trace', label: T('tabTrace'), content: [trace.el, messages.el] },
  ], (id) => {
    // A list filled while its tab was hidden could not scroll: show its newest lines now.
    if (id === 'trace') for (const list of body.querySelectorAll('.cq-trace, .cq-messages')) list.scrollTop = list.scrollHeight;
    invalidate();
  });
  body.append(controls.el, timeline.el, status, queue.el, views.el, ...panels.slice(6).map((p) => p.el));
  panel.append(head, body, viewer.el);
  host.append(toggleButton, panel);
  (opts.root ?? doc.body).append(host);

  // ---- state ----
  let open = false;
  let expanded = false;
  let raf = 0;
  let shownBattle: Battle | null = null;
  let destroyed = false;

  const invalidate = () => {
    if (!open || raf || destroyed) return;
    raf = win.requestAnimationFrame(frame);
  };
  const unsubscribe = session.subscribe({
    onEvent: invalidate,
    onReset: invalidate,
    onControl: invalidate,
    // Hot swap: "reloaded slime.ts, replayed 14 steps", or where the new code changed the battle.
    onReload: (report) => {
      say(formatReload(report, lang), report.diverged !== null || report.problems.length > 0);
      if (report.diverged) branches.compareReload(); // "before your edit" and "after your edit"
    },
  });

  const removeKeys = installKeys(doc, {
    host,
    isOpen: () => open,
    toggle: () => toggle(),
    run: (action) => controls.run(action),
    escape: () => {
      if (!viewer.isOpen) return false;
      viewer.close();
      return true;
    },
  });
  const sizeWatch = typeof win.ResizeObserver === 'function' ? new win.ResizeObserver(() => fitStrip()) : null;
  sizeWatch?.observe(panel);
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
    fitStrip();
  }

  /** The strip's own region: the game is placed below its measured height (overlay.css). */
  function fitStrip(): void {
    const root = doc.documentElement;
    const strip = open && host.dataset.layout === 'strip';
    const px = strip ? `${Math.ceil(panel.getBoundingClientRect().height)}px` : '0px';
    if (root.classList.contains('cq-debug-strip') === strip && root.style.getPropertyValue('--cq-strip-h') === px) return;
    root.classList.toggle('cq-debug-strip', strip);
    root.style.setProperty('--cq-strip-h', px);
    win.dispatchEvent(new Event('resize')); // the canvas takes its new region at once
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
    fitStrip();
  }

  function frame(): void {
    raf = 0;
    if (!open || destroyed) return;
    const battle = session.battle;
    // While the timeline is dragged, every panel shows the step's recorded snapshot.
    const snap = timeline.preview() ?? session.snapshot();
    const fresh = battle !== shownBattle;
    if (fresh) {
      shownBattle = battle;
      learnCast(ctx, snap);
      for (const p of panels) p.reset(battle, snap);
    }
    renderSummary(snap);
    for (const p of panels) p.render(snap, fresh);
  }

  function renderSummary(snap: BattleSnapshot): void {
    const c = session.control;
    const now = snap.current ? ctx.names.get(snap.current) ?? snap.current : '—';
    const over = snap.outcome !== null ? ` · ${snap.outcome}` : '';
    summary.textContent = `${T('step_')} ${snap.step} · ${T('turn_')} ${snap.turn} · ▶ ${now}${over}${c.paused ? ` · ${T('paused')}` : ''}`;
  }

  // ---- start ----
  setExpanded(false);
  open = initialOpen(opts.search ?? win.location?.search ?? '', storage);
  applyLayout();
  if (open) frame();

  return {
    toggle,
    isOpen: () => open,
    selectTab: (id) => views.select(id),
    destroy() {
      if (destroyed) return;
      destroyed = true;
      if (raf) win.cancelAnimationFrame(raf);
      unsubscribe();
      removeKeys();
      editor.destroy();
      wide?.removeEventListener?.('change', onMedia);
      sizeWatch?.disconnect();
      doc.documentElement.classList.remove('cq-debug-docked', 'cq-debug-strip');
      doc.documentElement.style.removeProperty('--cq-strip-h');
      host.remove();
    },
  };
}
