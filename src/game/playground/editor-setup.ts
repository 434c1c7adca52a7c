// The editor's CodeMirror 6 configuration, kept to what editing one monster file needs: line
// numbers, TypeScript highlighting, undo/redo, bracket matching, the error gutter, and Ctrl/Cmd+Enter
// for Apply, the kit's hints (kit-hints.ts). Styles come from CodeMirror's constructed style
// sheets, which a strict CSP allows.
import { defaultKeymap, history, historyKeymap, indentWithTab, redo, undo } from '@codemirror/commands';
import { javascript } from '@codemirror/lang-javascript';
import { bracketMatching, defaultHighlightStyle, indentOnInput, syntaxHighlighting } from '@codemirror/language';
import { lintGutter, setDiagnostics, type Diagnostic } from '@codemirror/lint';
import { EditorState } from '@codemirror/state';
import type { Lang } from '../../core/protocol.ts';
import { kitHints } from './kit-hints.ts';
import { EditorView, drawSelection, highlightActiveLine, highlightActiveLineGutter, keymap, lineNumbers } from '@codemirror/view';

export { redo, undo };

export interface EditorHooks {
  /** Ctrl/Cmd+Enter. */
  apply(): void;
  /** Every change of the text (to keep it and to clear an old error). */
  changed(text: string): void;
}

const theme = EditorView.theme({
  '&': { height: '100%', fontSize: '13px', background: '#fbfbf7', color: '#1b1b1b' },
  // The bundled DotGothic16 after the monospace faces: without it スライム is tofu on a machine with no Japanese font.
  '.cm-scroller': { fontFamily: "ui-monospace, 'SFMono-Regular', Menlo, Consolas, 'DejaVu Sans Mono', 'Noto Sans Mono CJK JP', 'DotGothic16', monospace", lineHeight: '1.45' },
  '.cm-gutters': { background: '#efeee6', borderRight: '1px solid #cfcdbf' },
  '.cq-kit-hint': { padding: '4px 8px', maxWidth: '420px', fontSize: '12px', lineHeight: '1.4' },
  '.cq-kit-hint code': { display: 'block', marginBottom: '2px', color: '#1d4f91', whiteSpace: 'pre-wrap' },
});

/**
 * Typing over a selection (after Ctrl+A, say) is done here instead of by Chrome's own editing,
 * which would keep the replaced text's highlighting as a style attribute that the page's CSP
 * refuses (a console error each time). Typing with no selection stays native (IME included).
 */
const replaceSelectionTyping = EditorView.domEventHandlers({
  beforeinput(e, view) {
    if (e.inputType !== 'insertText' || e.data === null || view.composing || view.state.selection.main.empty) return false;
    e.preventDefault();
    view.dispatch(view.state.replaceSelection(e.data), { userEvent: 'input.type', scrollIntoView: true });
    return true;
  },
});

export function createEditorState(text: string, hooks: EditorHooks, lang: Lang): EditorState {
  return EditorState.create({
    doc: text,
    extensions: [
      lineNumbers(),
      highlightActiveLineGutter(),
      lintGutter(),
      history(),
      drawSelection(),
      indentOnInput(),
      bracketMatching(),
      highlightActiveLine(),
      syntaxHighlighting(defaultHighlightStyle, { fallback: true }),
      javascript({ typescript: true }),
      kitHints(lang),
      replaceSelectionTyping,
      keymap.of([{ key: 'Mod-Enter', run: () => (hooks.apply(), true) }, indentWithTab, ...defaultKeymap, ...historyKeymap]),
      EditorView.updateListener.of((u) => {
        if (u.docChanged) hooks.changed(u.state.doc.toString());
      }),
      EditorView.contentAttributes.of({ 'aria-label': 'monster source', spellcheck: 'false', autocapitalize: 'off' }),
      theme,
    ],
  });
}

/** Marks one error (1-based line and column) in the gutter and under the text; null clears it. */
export function showError(view: EditorView, place: { line: number; column: number } | null, message: string): void {
  const diagnostics: Diagnostic[] = [];
  if (place) {
    const doc = view.state.doc;
    const line = doc.line(Math.min(Math.max(1, place.line), doc.lines));
    const from = Math.min(line.from + Math.max(0, place.column - 1), line.to);
    diagnostics.push({ from, to: Math.max(from, Math.min(line.to, from + 1)), severity: 'error', message });
  }
  view.dispatch(setDiagnostics(view.state, diagnostics));
}

export { EditorView };
