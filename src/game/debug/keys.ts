// The debugger's keys. While it is open, P N T B R run its controls (by physical key, so an IME
// or Shift does not change them); ` opens and closes it. Keys typed into its form controls are
// left alone. A pointer press outside the debugger gives the keyboard back to the game: a
// debugger control that kept the focus would otherwise swallow every arrow, Esc and Enter.
import { isTextInput } from '../ui/text-input.ts';
import { debugActionFor, type DebugAction } from './format.ts';

export interface KeyTargets {
  readonly host: HTMLElement;
  isOpen(): boolean;
  toggle(): void;
  /** Runs a control; false when it cannot run now. */
  run(action: DebugAction): boolean;
  /** Escape inside the debugger: true when it closed something (the source viewer). */
  escape(): boolean;
}

/** Installs the listeners; returns the function that removes them. */
export function installKeys(doc: Document, t: KeyTargets): () => void {
  const win = doc.defaultView ?? window;
  const plain = (e: KeyboardEvent) => !e.isComposing && !e.ctrlKey && !e.metaKey && !e.altKey;
  /** A key for the debugger itself: the toggle, or one of its controls while open. */
  const handle = (e: KeyboardEvent): boolean => {
    if (!plain(e) || isTextInput(e.target)) return false;
    if (e.key === '`') {
      t.toggle();
      return true;
    }
    const action = t.isOpen() && !e.repeat ? debugActionFor(e.code) : null;
    return action !== null && t.run(action);
  };
  // Every key event that starts inside the overlay stops at its root, so game hotkeys never
  // fire while a control of the overlay has focus.
  const inside = (e: KeyboardEvent) => {
    if (e.type === 'keydown') {
      if (e.key === 'Escape' && t.escape()) e.preventDefault();
      else if (handle(e)) e.preventDefault();
    }
    e.stopPropagation();
  };
  const types = ['keydown', 'keyup', 'keypress'] as const;
  for (const type of types) t.host.addEventListener(type, inside);
  const outside = (e: KeyboardEvent) => {
    if (handle(e)) e.preventDefault();
  };
  win.addEventListener('keydown', outside);
  const release = (e: Event) => {
    const active = doc.activeElement as HTMLElement | null;
    if (active && t.host.contains(active) && !t.host.contains(e.target as Node)) active.blur();
  };
  doc.addEventListener('pointerdown', release, true);
  return () => {
    for (const type of types) t.host.removeEventListener(type, inside);
    win.removeEventListener('keydown', outside);
    doc.removeEventListener('pointerdown', release, true);
  };
}
