// The overlay's DOM helpers: elements made in the overlay's own document, and lists kept in order
// with as few node moves as possible.

export interface Dom {
  readonly doc: Document;
  h<K extends keyof HTMLElementTagNameMap>(tag: K, cls?: string, text?: string): HTMLElementTagNameMap[K];
  button(label: string, onClick: () => void, title?: string): HTMLButtonElement;
}

export function domFor(doc: Document): Dom {
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
    b.addEventListener('click', (e) => {
      onClick();
      // A mouse click or tap (detail > 0) hands the keys back to the game at once, so Enter and the
      // arrows do not land on this button; a keyboard press (detail 0) keeps its focus.
      if (e.detail > 0) b.blur();
    });
    return b;
  };
  return { doc, h, button };
}

/** Puts `wanted` in `list` in order, moving as few nodes as possible (a rotation moves one). */
export function reconcile(list: HTMLElement, wanted: readonly HTMLElement[]): void {
  const keep = new Set(wanted);
  for (const child of [...list.children]) if (!keep.has(child as HTMLElement)) child.remove();
  let next: Element | null = null;
  for (let i = wanted.length - 1; i >= 0; i--) {
    const el = wanted[i]!;
    if (el.parentElement !== list || el.nextElementSibling !== next) list.insertBefore(el, next);
    next = el;
  }
}

/** Restarts the CSS animation `cls` on `el`. */
export function animate(el: HTMLElement, cls: string): void {
  el.classList.remove('cq-pop', 'cq-append', 'cq-leave');
  void el.offsetWidth;
  el.classList.add(cls);
}
