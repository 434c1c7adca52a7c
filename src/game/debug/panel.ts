// The contract every overlay panel keeps. The mount function (overlay.ts) owns the session's
// subscription and the frame loop; a panel only builds its element, starts over for a new battle
// object (reset) and draws a snapshot (render, `fresh` right after a reset).
import type { Battle, BattleSnapshot, CombatantView } from '../../core/battle.ts';
import type { Lang } from '../../core/protocol.ts';
import type { BattleSessionApi } from '../battle/session-api.ts';
import type { Dom } from './dom.ts';
import { castFrom } from '../../core/cast.ts';
import { badgeFor, t, type TextKey } from './format.ts';
import type { SourceFile, YieldLine } from './source-lines.ts';

export interface Panel {
  readonly el: HTMLElement;
  reset(battle: Battle, snapshot: BattleSnapshot): void;
  render(snapshot: BattleSnapshot, fresh: boolean): void;
}

/** What panels share: the session, words, the status line, and the shown battle's names. */
export interface PanelContext {
  readonly session: BattleSessionApi;
  readonly lang: Lang;
  readonly dom: Dom;
  readonly T: (key: TextKey) => string;
  /** The status line under the controls. */
  say(message: string, error?: boolean): void;
  /** Asks for a redraw on the next animation frame. */
  invalidate(): void;
  /** id → display name, of the battle last reset. */
  readonly names: Map<string, string>;
  /** id → the kind whose source it runs ('classic' for every combatant of the classic rule). */
  readonly kindOf: Map<string, string>;
  sourceFor(kind: string): SourceFile | null;
  yieldLineFor(view: CombatantView, source: SourceFile): YieldLine | null;
  /** Opens the source viewer on a combatant, marking `line` (a fault's place) instead of its yield. */
  openSource(id: string, line?: number): void;
  /** Opens the playground's editor on a combatant's file (src/game/playground). */
  editSource(id: string): void;
  /** The trace line and message rows selected together (message log ↔ trace). */
  readonly selection: Selection;
}

/** What is selected: one trace line (a ledger index) and, when picked there, one message row. */
export interface Selected {
  readonly trace: number;
  readonly message: number | null;
}

export interface Selection {
  readonly current: Selected | null;
  set(next: Selected | null): void;
  /** Called on every change; returns the unsubscribe. */
  watch(fn: (s: Selected | null) => void): () => void;
}

export function selection(): Selection {
  let current: Selected | null = null;
  const watchers = new Set<(s: Selected | null) => void>();
  return {
    get current() {
      return current;
    },
    set(next) {
      current = next;
      for (const w of watchers) w(current);
    },
    watch(fn) {
      watchers.add(fn);
      return () => watchers.delete(fn);
    },
  };
}

export interface ContextOptions {
  readonly session: BattleSessionApi;
  readonly lang: Lang;
  readonly dom: Dom;
  readonly sourceFor: (kind: string) => SourceFile | null;
  readonly yieldLineFor: (view: CombatantView, source: SourceFile) => YieldLine | null;
  readonly say?: (message: string, error?: boolean) => void;
  readonly invalidate?: () => void;
  readonly openSource?: (id: string, line?: number) => void;
  readonly editSource?: (id: string) => void;
}

export function panelContext(o: ContextOptions): PanelContext {
  return {
    session: o.session,
    lang: o.lang,
    dom: o.dom,
    T: (key) => t(key, o.lang),
    say: o.say ?? (() => {}),
    invalidate: o.invalidate ?? (() => {}),
    names: new Map(),
    kindOf: new Map(),
    sourceFor: o.sourceFor,
    yieldLineFor: o.yieldLineFor,
    openSource: o.openSource ?? (() => {}),
    editSource: o.editSource ?? (() => {}),
    selection: selection(),
  };
}

/** Fills the context's names and kinds for a new battle object. */
export function learnCast(ctx: PanelContext, snap: BattleSnapshot): void {
  ctx.names.clear();
  for (const [id, name] of castFrom(snap.combatants).nameMap(ctx.lang)) ctx.names.set(id, name);
  ctx.kindOf.clear();
  for (const c of snap.combatants) ctx.kindOf.set(c.id, snap.rule === 'classic' ? 'classic' : c.kind);
}

export function badgeElement(ctx: PanelContext, state: CombatantView['state']): HTMLElement {
  const b = badgeFor(state, ctx.lang);
  const el = ctx.dom.h('span', `cq-badge ${b.className}`, `${b.glyph} ${b.word}`);
  el.title = b.title;
  return el;
}
