// A chapter's challenge: its code in the playground's editor (editor-setup.ts, fetched at the
// first Edit), Check (runs it in the sandbox and reads what it yields), hints one at a time,
// Reset to the starting code, and Show a solution. What the learner types is kept by the caller.
import type { QuickJSWASMModule } from 'quickjs-emscripten-core';
import type { Lang } from '../../core/protocol.ts';
import type { ChapterId } from '../../lessons/checks.ts';
import { CHAPTER_TEXTS } from './chapter-texts.ts';
import { challengeFiles } from './chapters.ts';
import { domMaker, learnButton } from './learn-panel.ts';
import { LEARN_WORDS } from './learn-texts.ts';

export interface ChallengeOptions {
  readonly host: HTMLElement;
  readonly lang: Lang;
  readonly id: ChapterId;
  /** The learner's code from last time, or null for the starting code. */
  readonly saved: string | null;
  readonly quickjs: () => Promise<QuickJSWASMModule>;
  readonly onCode: (text: string | null) => void;
  readonly onSolved: () => void;
}

type Setup = typeof import('../playground/editor-setup.ts');

export function createChallenge(o: ChallengeOptions): { destroy(): void } {
  const W = LEARN_WORDS[o.lang];
  const text = CHAPTER_TEXTS[o.id];
  const files = challengeFiles(o.id);
  const h = domMaker(o.host.ownerDocument);
  let code = o.saved ?? files.start;
  let hints = 0;
  let gone = false;
  let editor: { view: InstanceType<Setup['EditorView']>; setup: Setup } | null = null;

  const head = h('h3', '', `${W.challenge}: ${text.challenge[o.lang]}`);
  const preview = h('pre', 'cq-learn-preview', code);
  preview.tabIndex = 0; // it scrolls
  const editorHost = h('div', 'cq-learn-editor');
  editorHost.hidden = true;
  const hintList = h('ol', 'cq-learn-hints');
  const result = h('p', 'cq-learn-result');
  result.setAttribute('role', 'status');
  const calls = h('ol', 'cq-learn-calls');
  calls.setAttribute('aria-label', W.trace);

  const setCode = (next: string, stored: string | null) => {
    code = next;
    preview.textContent = next;
    if (editor) editor.view.dispatch({ changes: { from: 0, to: editor.view.state.doc.length, insert: next } });
    o.onCode(stored);
  };

  const openEditor = async () => {
    if (editor) return editor;
    result.textContent = W.loading;
    const setup = await import('../playground/editor-setup.ts');
    if (gone) return null;
    const state = setup.createEditorState(code, { apply: () => void check(), changed: (t) => { code = t; preview.textContent = t; o.onCode(t); } }, o.lang);
    // As in the playground: CodeMirror's styles go into a shadow root's adopted style sheets, which
    // the page's CSP allows (it refuses the <style> elements CodeMirror would add to the document).
    const shadow = editorHost.attachShadow({ mode: 'open' });
    const view = new setup.EditorView({ state, root: shadow, parent: shadow });
    view.contentDOM.setAttribute('aria-label', W.editorLabel);
    editorHost.hidden = false;
    preview.hidden = true;
    editor = { view, setup };
    result.textContent = '';
    return editor;
  };

  const check = async () => {
    result.textContent = W.checking;
    result.dataset.result = 'running';
    let outcome: import('./challenge-run.ts').ChallengeResult;
    try {
      const [{ runChallenge }, quickjs] = await Promise.all([import('./challenge-run.ts'), o.quickjs()]);
      if (gone) return;
      outcome = await runChallenge(quickjs, o.id, code);
    } catch (error) {
      // The sandbox's chunk or its WebAssembly did not load: say so, the page goes on.
      const message = error instanceof Error ? error.message : String(error);
      outcome = { ok: false, calls: [], ja: `チェック できません: ${message}`, en: `Could not check: ${message}`, place: null };
    }
    if (gone) return;
    result.textContent = outcome[o.lang];
    result.dataset.result = outcome.ok ? 'ok' : 'wrong';
    calls.replaceChildren(...outcome.calls.slice(-12).map((c) => h('li', '', c)));
    if (editor) editor.setup.showError(editor.view, outcome.place, outcome[o.lang]);
    if (outcome.ok) o.onSolved();
  };

  const tools = h('div', 'cq-learn-tools');
  tools.append(
    learnButton(h, W.edit, 'edit', () => void openEditor().then((e) => e?.view.focus())),
    learnButton(h, W.check, 'check', () => void check()),
    learnButton(h, W.hint, 'hint', () => {
      if (hints >= text.hints.length) return;
      hintList.append(h('li', '', text.hints[hints]![o.lang]));
      hints++;
    }),
    learnButton(h, W.reset, 'reset', () => setCode(files.start, null)),
    learnButton(h, W.solution, 'solution', () => setCode(files.solution, files.solution)),
  );
  o.host.replaceChildren(head, tools, preview, editorHost, hintList, result, calls);
  return {
    destroy() {
      gone = true;
      editor?.view.destroy();
      o.host.replaceChildren();
    },
  };
}
