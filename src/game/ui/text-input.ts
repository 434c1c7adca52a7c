// Keys typed into a text field belong to the field: the game's hotkeys (M, `) ignore them.

/** True for a textarea, a contenteditable element, or an input that takes typed text. */
export function isTextInput(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el || typeof el.tagName !== 'string') return false;
  if (el.tagName === 'TEXTAREA' || el.isContentEditable) return true;
  return el.tagName === 'INPUT' && !/^(button|checkbox|radio|file|range|submit|reset)$/.test((el as HTMLInputElement).type);
}
