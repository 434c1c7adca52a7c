// The editor's CodeMirror 6 configuration, kept to what editing one monster file needs: line
// numbers, TypeScript highlighting, undo/redo, bracket matching, the error gutter, and Ctrl/Cmd+Enter
// for Apply. Styles come from CodeMirror's constructed style sheets, which a strict CSP allows.
import { defaultKeymap, history, historyKeymap, indentWithTab, redo, undo } from '@codemirror/commands';
import { javascript } from '@codemirror/lang-javascript';
import { bracketMatching, defaultHighlightStyle, indentOnInput, syntaxHighlighting } from '@codemirror/language';
import { lintGutter, setDiagnostics, type Diagnostic } from '@codemirror/lint';
import { EditorState } from '@codemirror/state';
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
});

export function createEditorState(text: string, hooks: EditorHooks): EditorState {
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
