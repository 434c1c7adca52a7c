// The source viewer: a combatant's generator file with the line it is suspended at marked. It
// takes the place of the panel's body while open; Escape or Close brings the body back.
import './source.css';
import type { Panel, PanelContext } from '../panel.ts';

export interface SourceViewer extends Panel {
  /** `at`: the line to mark (a fault's place); by default the line it is suspended at. */
  open(id: string, at?: number): void;
  close(): void;
  readonly isOpen: boolean;
}

/** `showBody(false)` hides the rest of the panel while the viewer is open. */
export function sourceViewer(ctx: PanelContext, showBody: (visible: boolean) => void): SourceViewer {
  const { h, button, doc } = ctx.dom;
  const el = h('div', 'cq-source');
  el.hidden = true;
  el.setAttribute('role', 'dialog');
  const head = h('div', 'cq-source-head');
  const title = h('strong');
  const closeButton = button(ctx.T('close'), () => close());
  let shown = '';
  const editButton = button(ctx.T('editSource'), () => ctx.editSource(shown));
  editButton.dataset.action = 'edit';
  head.append(title, editButton, closeButton);
  const note = h('p', 'cq-note');
  const code = h('ol', 'cq-source-code');
  el.append(head, note, code);

  function close(): void {
    el.hidden = true;
    showBody(true);
  }

  function open(id: string, at?: number): void {
    const view = ctx.session.snapshot().combatants.find((c) => c.id === id);
    const source = ctx.sourceFor(ctx.kindOf.get(id) ?? view?.kind ?? '');
    if (!view || !source) return;
    shown = id;
    const line = at !== undefined ? { line: at } : view.state === 'suspended' ? ctx.yieldLineFor(view, source) : null;
    title.textContent = `${ctx.names.get(id) ?? id} — ${source.file}${line ? `:${line.line}` : ''}`;
    note.textContent = '';
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
    code.replaceChildren(frag);
    el.hidden = false;
    showBody(false);
    closeButton.focus();
    (mark as HTMLElement | null)?.scrollIntoView?.({ block: 'center' });
  }

  return {
    el,
    reset() {},
    render() {},
    open,
    close,
    get isOpen() {
      return !el.hidden;
    },
  };
}
