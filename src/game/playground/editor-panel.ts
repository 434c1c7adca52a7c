// The playground's editor (a lazy chunk: CodeMirror and this file are fetched by the first Edit).
// A dialog beside the debugger with one monster file: Apply (Ctrl/Cmd+Enter) compiles it in the
// page and swaps it into the battle, which replays to the same step and says what changed; an
// error (or a runtime fault of the open file, fault-mark.ts) is marked at its line in the gutter
// and the old code goes on. Code from a share link run with consent opens and shares like an
// edit (linked-code.ts). Keys typed here stay here.
import './editor.css';
import type { Lang } from '../../core/protocol.ts';
import type { BattleSessionApi } from '../battle/session-api.ts';
import { browserStorage } from '../storage/browser-storage.ts';
import { readEdits, writeEdits } from '../storage/playground-edits.ts';
import { formatReload } from '../hot-reload/reload-report.ts';
import { sessionLogFile } from '../debug/log-actions.ts';
import { encodeLogLink } from '../debug/log-link.ts';
import type { Applier } from './apply-edit.ts';
import { MAX_LINK_CHARS, shareHash } from './code-link.ts';
import { createEditorState, EditorView, redo, showError, undo } from './editor-setup.ts';
import { faultMark } from './fault-mark.ts';
import { forgetLinkedCode, linkedCode } from './linked-code.ts';
import { say, type PlaygroundText } from './texts.ts';

export interface PlaygroundOptions {
  readonly session: BattleSessionApi;
  readonly lang: Lang;
  /** Where the dialog goes: inside the debugger's root, whose key rules then apply to it too. */
  readonly host: HTMLElement;
  /** A combatant file's shipped text by kind (`_template` for the template), or null. */
  readonly sourceOf: (kind: string) => string | null;
}

export interface Playground {
  /** Opens the editor on a kind's file (its own edit, if it has one). */
  open(kind: string): void;
  close(): void;
  destroy(): void;
  readonly el: HTMLElement;
}

const FILE_NAME = /^[a-z0-9][a-z0-9-]*\.ts$/;

export function createPlayground(o: PlaygroundOptions): Playground {
  const T = (key: PlaygroundText) => say(key, o.lang);
  const doc = o.host.ownerDocument;
  const h = <K extends keyof HTMLElementTagNameMap>(tag: K, cls: string, text?: string) => {
    const el = doc.createElement(tag);
    el.className = cls;
    if (text !== undefined) el.textContent = text;
    return el;
  };
  const button = (key: PlaygroundText, run: () => void, hint?: PlaygroundText) => {
    const b = h('button', 'cq-btn cq-play-btn', T(key));
    b.type = 'button';
    b.dataset.action = key;
    if (hint) b.title = T(hint);
    b.addEventListener('click', run);
    return b;
  };

  const el = h('div', 'cq-play');
  el.dataset.playground = 'editor';
  el.setAttribute('role', 'dialog');
  el.setAttribute('lang', o.lang);
  el.hidden = true;
  const title = h('strong', 'cq-play-title');
  const fileInput = h('input', 'cq-play-file');
  fileInput.setAttribute('aria-label', T('fileLabel'));
  fileInput.spellcheck = false;
  const head = h('div', 'cq-play-head');
  const tools = h('div', 'cq-play-tools');
  tools.append(
    button('apply', () => void applyNow(), 'applyHint'),
    button('undo', () => undo(view)),
    button('redo', () => redo(view)),
    button('reset', () => resetNow(), 'resetHint'),
    button('newMonster', () => open('_template'), 'newHint'),
    button('download', () => download(), 'downloadHint'),
    button('share', () => void share(), 'shareHint'),
    button('close', () => close()),
  );
  head.append(title, fileInput, tools);
  const code = h('div', 'cq-play-code');
  const shareOut = h('input', 'cq-play-share');
  shareOut.readOnly = true;
  shareOut.hidden = true;
  shareOut.setAttribute('aria-label', T('share'));
  shareOut.addEventListener('focus', () => shareOut.select());
  const status = h('p', 'cq-play-status');
  status.setAttribute('role', 'status');
  el.append(head, code, shareOut, status);
  // Every key typed in here is the editor's: none reaches the game or the debugger's hotkeys.
  for (const type of ['keydown', 'keyup', 'keypress'] as const) {
    el.addEventListener(type, (e) => {
      // Esc that the editor used (closing the hint list) does not close the playground.
      if (type === 'keydown' && (e as KeyboardEvent).key === 'Escape' && !e.defaultPrevented) close();
      e.stopPropagation();
    });
  }
  o.host.append(el);

  /** The text of every file edited since the page loaded, by file name. */
  const edits = new Map<string, string>();
  /** The text of every file applied and not reset: what the battle runs, and what Share carries. */
  const applied = new Map<string, string>(Object.entries(readEdits(browserStorage()).files));
  for (const [f, t] of applied) edits.set(f, t);
  const keep = () => {
    if (!writeEdits(browserStorage(), Object.fromEntries(applied))) report(T('notKept'), 'error');
  };
  let file = '';
  let applier: Promise<Applier> | null = null;
  // CodeMirror's styles go into the shadow root's adopted style sheets: a strict CSP refuses the
  // <style> elements it would add to the document.
  const shadow = code.attachShadow({ mode: 'open' });
  const view = new EditorView({ root: shadow, parent: shadow });

  let marked = false;
  const mark = (place: { line: number; column: number } | null, message: string) => {
    marked = place !== null;
    showError(view, place, message);
  };
  const report = (text: string, state: 'applied' | 'error' | 'info') => {
    status.textContent = text;
    status.dataset.state = state;
    status.setAttribute('role', state === 'error' ? 'alert' : 'status');
  };
  /** A runtime fault of the open file in the battle: marked at its line (after the replay too). */
  const markFault = () => {
    const fault = el.hidden || file === '' ? null : faultMark(o.session.snapshot().combatants, currentFile());
    if (fault) mark(fault, fault.message);
  };
  const off = o.session.subscribe({
    onReload: (r) => {
      if (el.hidden) return;
      report(formatReload(r, o.lang), r.problems.length > 0 ? 'error' : 'applied');
      markFault();
    },
    onEvent: (e) => {
      if (e.type === 'fault') queueMicrotask(markFault);
    },
  });

  function open(kind: string): void {
    const isNew = kind === '_template';
    const shipped = o.sourceOf(kind);
    if (shipped === null) return;
    file = isNew ? 'my-monster.ts' : `${kind}.ts`;
    fileInput.value = file;
    fileInput.hidden = !isNew;
    title.textContent = `${T('title')} — ${isNew ? '' : file}`;
    const text = (isNew ? null : edits.get(file) ?? linkedCode().get(file)) ?? shipped;
    view.setState(createEditorState(text, {
      apply: () => void applyNow(),
      changed: (t) => {
        edits.set(currentFile(), t);
        // An edit makes the marked error old; cleared after this update (no dispatch inside one).
        if (marked) queueMicrotask(() => mark(null, ''));
      },
    }, o.lang));
    report('', 'info');
    el.hidden = false;
    view.focus();
    markFault();
  }

  const currentFile = () => (fileInput.hidden ? file : fileInput.value.trim());

  async function applyNow(): Promise<void> {
    const name = currentFile();
    if (!FILE_NAME.test(name)) {
      report(T('badFile'), 'error');
      return;
    }
    if (applier === null) report(T('loading'), 'info');
    applier ??= import('./apply-edit.ts').then((m) => m.createApplier());
    const app = await applier;
    // From here to the report (the bench reads it): compile, sandbox, swap, replay.
    const started = performance.now();
    const text = view.state.doc.toString();
    edits.set(name, text);
    const before = o.session.lastReload ?? null;
    const outcome = app.apply(text, name);
    if (!outcome.ok) {
      mark(outcome.place ?? { line: 1, column: 1 }, outcome.message);
      report(`${outcome.message}\n${T('failed')}`, 'error');
      status.dataset.applyMs = String(Math.round(performance.now() - started));
      return;
    }
    mark(null, '');
    applied.set(name, text);
    keep();
    // The scene's hot swap replayed the battle and onReload said so; without a battle scene, say it here.
    if ((o.session.lastReload ?? null) === before) report(T('notInBattle'), 'applied');
    status.dataset.applyMs = String(Math.round(performance.now() - started));
  }

  function resetNow(): void {
    const name = currentFile();
    const shipped = o.sourceOf(name.replace(/\.ts$/, ''));
    if (shipped === null) return;
    view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: shipped } });
    edits.delete(name);
    applied.delete(name);
    forgetLinkedCode(name);
    keep();
    // Edits kept from an earlier page load run without this editor's applier: make one to undo them.
    applier ??= import('./apply-edit.ts').then((m) => m.createApplier());
    void applier.then((app) => {
      app.reset(name);
      report(T('resetDone'), 'applied');
    });
  }

  /** The text as a file named like the monster, ending in one newline: it can go into src/combatants unchanged. */
  function download(): void {
    const name = currentFile();
    if (!FILE_NAME.test(name)) return report(T('badFile'), 'error');
    const url = URL.createObjectURL(new Blob([`${view.state.doc.toString().trimEnd()}\n`], { type: 'text/typescript' }));
    const a = h('a', 'cq-play-download');
    a.href = url;
    a.download = name;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    report(`${name}: ${T('downloaded')}`, 'info');
  }

  /** One link: the battle's log (seed and input) and the applied files that differ from the shipped ones. */
  async function share(): Promise<void> {
    const log = encodeLogLink(sessionLogFile(o.session));
    if (!log.ok) return report(log.problem.message[o.lang], 'error');
    // The link's code that runs here goes on, unless an own edit of the same file replaced it.
    const running = new Map([...linkedCode(), ...applied]);
    const files = Object.fromEntries([...running].filter(([f, t]) => t !== o.sourceOf(f.replace(/\.ts$/, ''))));
    const made = shareHash(log.hash, files);
    if (!made.ok) return report(made.message[o.lang], 'error');
    const url = new URL((doc.defaultView ?? window).location.href);
    url.hash = made.hash;
    shareOut.value = url.toString();
    shareOut.hidden = false;
    const copied = await navigator.clipboard?.writeText(shareOut.value).then(() => true, () => false);
    const size = `${made.hash.length - 1} / ${MAX_LINK_CHARS}`;
    report(`${T(copied ? 'shared' : 'sharedNotCopied')}: ${Object.keys(files).length} ${T('sharedFiles')}, ${size} ${T('sharedChars')}`, 'applied');
  }

  function close(): void {
    el.hidden = true;
  }

  return {
    el,
    open,
    close,
    destroy() {
      off();
      view.destroy();
      el.remove();
    },
  };
}
