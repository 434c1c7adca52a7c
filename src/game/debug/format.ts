// Pure helpers for the debug overlay: words, badges, value formatting, the stored toggle.
// No DOM here, so everything is unit-tested in Node.
import type { CombatantView } from '../../core/battle.ts';
import type { BattleEvent } from '../../core/events.ts';
import type { LedgerEntry, TaskState } from '../../core/task.ts';
import { traceLine } from '../../core/trace.ts';
import { show } from '../../core/validate.ts';

import type { Lang } from '../../core/protocol.ts';

export type { Lang };

export const TASK_STATES: readonly TaskState[] = ['created', 'suspended', 'running', 'closed', 'errored', 'cancelled'];

/**
 * The states the debugger can show. `running` is only true inside a resume, and the debugger only
 * draws between steps, so it never appears and the legend does not list it.
 */
export const SHOWN_STATES: readonly TaskState[] = TASK_STATES.filter((s) => s !== 'running');

/** The debugger's own controls, and the key each has while it is open (letters no game key uses). */
export type DebugAction = 'pause' | 'step' | 'stepTurn' | 'stepBack' | 'restart';

export const DEBUG_KEYS: Readonly<Record<DebugAction, string>> = { pause: 'P', step: 'N', stepTurn: 'T', stepBack: 'B', restart: 'R' };

/** `KeyP` → 'pause' (by physical key, so a Japanese IME or Shift does not change it). */
export function debugActionFor(code: string): DebugAction | null {
  for (const [action, key] of Object.entries(DEBUG_KEYS) as [DebugAction, string][]) if (code === `Key${key}`) return action;
  return null;
}

export interface Badge {
  /** The state's own word, always shown: never colour alone. */
  readonly word: TaskState;
  /** A glyph that also differs per state (for colour-blind readers and monochrome screenshots). */
  readonly glyph: string;
  /** CSS class carrying the colour: `cq-state-<word>`. */
  readonly className: string;
  /** The legend sentence, for a tooltip. */
  readonly title: string;
}

const GLYPH: Readonly<Record<TaskState, string>> = {
  created: '○',
  suspended: '‖',
  running: '▶',
  closed: '■',
  errored: '✖',
  cancelled: '⊘',
};

/** One line per state, in both languages (the overlay's legend). */
export const LEGEND: Readonly<Record<TaskState, Readonly<Record<Lang, string>>>> = {
  created: {
    en: 'made by calling the generator function; none of its code has run yet (waits for the first next())',
    ja: 'ジェネレータ関数を呼んで作られた。まだ1行も動いていない（最初の next() を待つ）',
  },
  suspended: {
    en: 'paused at a yield; next()/send(v) continues it from that very line',
    ja: 'yield で一時停止中。next()/send(v) でその行から続きを動かす',
  },
  running: {
    en: 'its code is executing right now, between a resume and its next yield',
    ja: 'いままさに実行中（再開されてから次の yield まで）',
  },
  closed: {
    en: 'finished with return (StopIteration); it can never be resumed again',
    ja: 'return で終わった（StopIteration）。もう二度と再開できない',
  },
  errored: {
    en: 'threw an exception or broke the protocol, so it was taken out',
    ja: '例外を投げたか約束を破ったので、戦いから外された',
  },
  cancelled: {
    en: 'closed from outside with return() (the battle ended or it fled); its finally ran',
    ja: '外から return() で閉じられた（戦闘終了や逃走）。finally は実行された',
  },
};

export function badgeFor(state: TaskState, lang: Lang): Badge {
  return { word: state, glyph: GLYPH[state], className: `cq-state-${state}`, title: LEGEND[state][lang] };
}

/** Alive means it can still be resumed. */
export function isAlive(state: TaskState): boolean {
  return state === 'created' || state === 'suspended' || state === 'running';
}

/** HP as the generator last yielded it: `{ hp }` in the game, a bare number in the classic counter. */
export function yieldedHp(view: Pick<CombatantView, 'lastYielded' | 'hp' | 'state'>): number | null {
  const y = view.lastYielded;
  if (typeof y === 'number' && Number.isFinite(y)) return y;
  if (typeof y === 'object' && y !== null && typeof (y as { hp?: unknown }).hp === 'number') return (y as { hp: number }).hp;
  return null;
}

/** `send(-9)`, `next()` or `—` (never resumed). */
export function formatSent(view: Pick<CombatantView, 'lastSent' | 'resumes'>): string {
  if (view.resumes === 0) return '—';
  return view.lastSent === undefined ? 'next()' : `send(${show(view.lastSent)})`;
}

export function formatYielded(view: Pick<CombatantView, 'lastYielded' | 'resumes'>): string {
  if (view.resumes === 0 || view.lastYielded === undefined) return '—';
  return `yield ${show(view.lastYielded)}`;
}

/** On exit: `return 0`, `error: …`, `return() (cancelled)`; null while it can still run. */
export function exitText(view: Pick<CombatantView, 'state' | 'returned' | 'error'>): string | null {
  switch (view.state) {
    case 'closed': return `return ${show(view.returned)}`;
    case 'errored': return `error: ${view.error ?? 'unknown'}`;
    case 'cancelled': return 'return() → closed (cancelled)';
    default: return null;
  }
}

/** What decides whether a card must be redrawn: everything on it changes only with these. */
export function cardKey(view: CombatantView): string {
  return `${view.state}|${view.resumes}|${view.hp}|${view.mp}|${view.fled ? 1 : 0}|${view.defending ? 1 : 0}|${view.error ?? ''}`;
}

/**
 * Coroutines whose first next() came in someone else's turn: the engine only started them so a
 * value could be sent next (JavaScript drops a value sent to an unstarted generator), so the action
 * that first yield asked for was thrown away. Returns a reader that scans only the events added
 * since its last call (one per battle): id → that action, as the card shows it.
 */
export function discardedStarts(): (events: readonly BattleEvent[]) => ReadonlyMap<string, string> {
  const out = new Map<string, string>();
  const started = new Set<string>();
  let turnOf: string | null = null;
  let seen = 0;
  return (events) => {
    for (; seen < events.length; seen++) {
      const e = events[seen]!;
      if (e.type === 'turnStart') turnOf = e.actor;
      if (e.type !== 'resume' || e.entry.op !== 'next' || started.has(e.entry.task)) continue;
      started.add(e.entry.task);
      const r = e.entry.result;
      const act = r.kind === 'yield' && typeof r.value === 'object' && r.value !== null ? (r.value as { act?: unknown }).act : undefined;
      if (e.entry.task !== turnOf && act !== undefined) out.set(e.entry.task, show(act));
    }
    return out;
  };
}

/** Where a fault points: `file.ts:12` named in its message, else the last yield it reached. */
export function faultPlace(view: Pick<CombatantView, 'state' | 'error' | 'at'>): { file: string; line: number } | null {
  if (view.state !== 'errored') return null;
  const m = /([\w-]+\.ts):(\d+)/.exec(view.error ?? '');
  if (m) return { file: m[1]!, line: Number(m[2]) };
  return view.at ? { file: view.at.file, line: view.at.line } : null;
}

/** The overlay's trace: exactly the CLI's `--trace` lines, names in the current language. */
export function traceLines(ledger: readonly LedgerEntry[], names: ReadonlyMap<string, string>): string[] {
  return ledger.map((e) => traceLine(e, names.get(e.task) ?? e.task));
}

export function formatSpeed(speed: number): string {
  return `${speed}×`;
}

// ---- the remembered toggle ----

export const STORAGE_KEY = 'cq.debug';

import type { StorageLike } from '../storage/browser-storage.ts';

export type { StorageLike };

/** Stored values are 'open' or 'closed'; anything else (corrupt, missing, unreadable) is closed. */
export function readStoredOpen(storage: StorageLike | null | undefined): boolean {
  try {
    return storage?.getItem(STORAGE_KEY) === 'open';
  } catch {
    return false; // storage can throw (privacy mode, sandboxed iframe)
  }
}

export function writeStoredOpen(storage: StorageLike | null | undefined, open: boolean): void {
  try {
    storage?.setItem(STORAGE_KEY, open ? 'open' : 'closed');
  } catch {
    /* not remembered; nothing else breaks */
  }
}

/** `?debug=1` opens, `?debug=0` closes, otherwise the remembered choice. */
export function initialOpen(search: string, storage: StorageLike | null | undefined): boolean {
  const flag = new URLSearchParams(search).get('debug');
  if (flag === '1' || flag === 'true') return true;
  if (flag === '0' || flag === 'false') return false;
  return readStoredOpen(storage);
}

// ---- words ----

export const TEXT = {
  title: { en: 'Coroutine debugger', ja: 'コルーチン デバッガ' },
  toggle: { en: 'debug', ja: 'デバッグ' },
  toggleHint: { en: 'Show or hide the coroutine debugger (` key)', ja: 'コルーチンデバッガの表示切替（` キー）' },
  expand: { en: 'more', ja: 'ひらく' },
  collapse: { en: 'less', ja: 'とじる' },
  pause: { en: 'Pause', ja: 'とめる' },
  resume: { en: 'Resume', ja: 'うごかす' },
  step: { en: 'Step', ja: '1ステップ' },
  stepHint: { en: 'exactly one resume (one ledger entry)', ja: 'ちょうど1回だけ再開する' },
  stepTurn: { en: 'Step turn', ja: '1ターン' },
  stepBack: { en: 'Step back', ja: '1つもどる' },
  stepBackHint: { en: 'rebuilds the battle by replaying the input log up to step n−1', ja: '入力ログを n−1 ステップまで再生し直して戦いを作り直す' },
  restart: { en: 'Restart (same seed)', ja: 'やりなおし（同じシード）' },
  speed: { en: 'Speed', ja: 'はやさ' },
  timeline: { en: 'Timeline', ja: 'タイムライン' },
  timelineLabel: { en: 'Step of the battle: drag, click or use the arrow keys', ja: '戦いのステップ: ドラッグ・クリック・矢印キーで移動' },
  timelineStep: { en: 'step', ja: 'ステップ' },
  timelinePreview: { en: 'recorded', ja: '記録' },
  markTurn: { en: 'turn', ja: 'ターン' },
  markDeath: { en: 'death', ja: 'たおれた' },
  markFault: { en: 'fault', ja: 'エラー' },
  markCommand: { en: 'command', ja: 'コマンド' },
  queue: { en: 'Run queue (front → back)', ja: '実行キュー（先頭 → 末尾）' },
  now: { en: 'whose turn', ja: 'いまのターン' },
  out: { en: 'left the queue', ja: 'キューから外れた' },
  cards: { en: 'Coroutines', ja: 'コルーチン' },
  trace: { en: 'Trace', ja: 'トレース' },
  all: { en: 'all coroutines', ja: 'すべて' },
  filter: { en: 'Show', ja: '表示' },
  copy: { en: 'Copy', ja: 'コピー' },
  copied: { en: 'Copied the trace.', ja: 'トレースをコピーしました。' },
  copyFailed: { en: 'Could not copy; select the text by hand.', ja: 'コピーできませんでした。手で選択してください。' },
  legend: { en: 'States', ja: '状態' },
  io: { en: 'Save and share', ja: '保存と共有' },
  exportLog: { en: 'Export input log (.json)', ja: '入力ログを書き出す（.json）' },
  exportTest: { en: 'Export Vitest test', ja: 'Vitest テストを書き出す' },
  importLog: { en: 'Import input log', ja: '入力ログを読み込む' },
  share: { en: 'Copy share link', ja: '共有リンクをコピー' },
  shared: { en: 'Share link copied.', ja: '共有リンクをコピーしました。' },
  imported: { en: 'Loaded the input log.', ja: '入力ログを読み込みました。' },
  hp: { en: 'HP (yielded)', ja: 'HP（yield した値）' },
  sent: { en: 'last sent', ja: '最後に送った値' },
  yielded: { en: 'last yielded', ja: '最後に yield した値' },
  resumes: { en: 'resumes', ja: '再開回数' },
  exit: { en: 'exit', ja: '終了' },
  where: { en: 'suspended at', ja: '停止位置' },
  notStarted: { en: 'not started: waiting before the first line', ja: '未開始：最初の行の前で待っている' },
  viewSource: { en: 'Source', ja: 'ソース' },
  editSource: { en: 'Edit', ja: 'へんしゅう' },
  close: { en: 'Close', ja: 'とじる' },
  waiting: { en: 'is waiting for a command: choose it in the command window.', ja: 'がコマンドを待っています。コマンドウィンドウで選んでください。' },
  over: { en: 'The battle is over', ja: '戦いは終わりました' },
  paused: { en: 'paused', ja: '一時停止中' },
  step_: { en: 'step', ja: 'ステップ' },
  turn_: { en: 'turn', ja: 'ターン' },
  noSource: { en: 'no source available', ja: 'ソースがありません' },
  discarded: {
    en: 'its first next() came in another\'s turn, only to start it: the action it yielded then was thrown away',
    ja: '最初の next() は相手のターンに、始めるためだけに呼ばれた。そのとき yield した行動は捨てられた',
  },
  faultAt: { en: 'fault at', ja: 'エラーの場所' },
  lastYield: { en: 'last yield', ja: '最後の yield' },
  tabCards: { en: 'Coroutines', ja: 'コルーチン' },
  tabTrace: { en: 'Trace + messages', ja: 'トレース + メッセージ' },
  messages: { en: 'Messages (select one: its trace line lights up)', ja: 'メッセージ（えらぶと トレースの行が光る）' },
  keys: { en: 'Keys (while the debugger is open)', ja: 'キー（デバッガを開いている間）' },
  keyToggle: { en: 'open / close the debugger', ja: 'デバッガを開く / 閉じる' },
} as const satisfies Record<string, Readonly<Record<Lang, string>>>;

export type TextKey = keyof typeof TEXT;

export function t(key: TextKey, lang: Lang): string {
  return TEXT[key][lang];
}
