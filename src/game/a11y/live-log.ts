// The battle window's lines as an ARIA live log: one <p> per whole message, appended when the
// window starts showing it (window.__game.messages), so a screen reader announces each message
// once and never a half-typed line. A new battle (a new messages array) starts a new log.

/** Lines kept in the page; older ones are dropped (the game's own message history has them all). */
export const LIVE_LOG_LIMIT = 60;

export class LiveLog {
  readonly el: HTMLElement;
  private source: readonly string[] | null = null;
  private count = 0;

  constructor(private readonly doc: Document, label: string) {
    this.el = doc.createElement('div');
    this.el.className = 'cq-a11y-log';
    this.el.setAttribute('role', 'log');
    this.el.setAttribute('aria-live', 'polite');
    this.el.setAttribute('aria-relevant', 'additions');
    this.el.setAttribute('aria-label', label);
  }

  setLabel(label: string): void {
    this.el.setAttribute('aria-label', label);
  }

  /** Appends the lines of `messages` not shown yet. */
  sync(messages: readonly string[]): void {
    if (messages !== this.source) {
      this.source = messages;
      this.count = 0;
      this.el.replaceChildren();
    }
    // A step back shortens the history: carry on from where it now ends.
    if (messages.length < this.count) this.count = messages.length;
    if (messages.length === this.count) return;
    const frag = this.doc.createDocumentFragment();
    for (const line of messages.slice(this.count)) {
      const p = this.doc.createElement('p');
      p.textContent = line;
      frag.append(p);
    }
    this.count = messages.length;
    this.el.append(frag);
    let extra = this.el.childElementCount - LIVE_LOG_LIMIT;
    while (extra-- > 0) this.el.firstElementChild?.remove();
  }

  /** The lines in the log, oldest first (what a screen reader has been told). */
  lines(): string[] {
    return [...this.el.children].map((p) => p.textContent ?? '');
  }
}
