// Which physical key does what, and the player's own choices on top of the defaults. Pure data
// and functions (no DOM, no Phaser): Controls asks `actionFor` on every key, Settings' key screen
// calls `remap`, and the choices live in Web Storage under their own key through stored-json.ts,
// so a corrupt value is thrown away (with a notice) without touching the other settings.
import type { StorageLike } from '../storage/browser-storage.ts';
import { readStoredJson, writeStoredJson } from '../storage/stored-json.ts';

/** The game's logical keys: the six every menu knows, and `status` (read HP and MP aloud). */
export type Action = 'up' | 'down' | 'left' | 'right' | 'confirm' | 'cancel' | 'status';

export const ACTIONS: readonly Action[] = ['up', 'down', 'left', 'right', 'confirm', 'cancel', 'status'];

/** Each action's keys by `KeyboardEvent.code` (the physical key, so an IME or a layout does not change it). */
export type Bindings = Readonly<Record<Action, readonly string[]>>;

export const DEFAULT_BINDINGS: Bindings = {
  up: ['ArrowUp', 'KeyW'],
  down: ['ArrowDown', 'KeyS'],
  left: ['ArrowLeft', 'KeyA'],
  right: ['ArrowRight', 'KeyD'],
  confirm: ['Enter', 'NumpadEnter', 'Space', 'KeyZ'],
  cancel: ['Escape', 'KeyX', 'Backspace'],
  status: ['KeyH'],
};

/** The player's key for an action (at most one each), as stored. */
export type CustomKeys = Readonly<Partial<Record<Action, string>>>;

/**
 * Keys a player cannot take for a game action: the debugger's toggle and controls (` P N T B R),
 * mute (M), fast-forward (Shift), focus moves (Tab), modifiers and the browser's own F-keys.
 * Escape stays what it is, because it is how a key capture is cancelled.
 */
export function isReserved(code: string): boolean {
  return /^(Backquote|KeyP|KeyN|KeyT|KeyB|KeyR|KeyM|Tab|Escape|CapsLock|ContextMenu|(Shift|Control|Alt|Meta|OS)(Left|Right)?|F\d{1,2})$/.test(code);
}

const CODE = /^[A-Za-z][A-Za-z0-9]{0,23}$/;

/** The defaults with the player's keys applied: each custom key goes first in its action and leaves every other action. */
export function bindingsFor(custom: CustomKeys): Bindings {
  const out = Object.fromEntries(ACTIONS.map((a) => [a, [...DEFAULT_BINDINGS[a]]])) as Record<Action, string[]>;
  for (const action of ACTIONS) {
    const code = custom[action];
    if (code === undefined) continue;
    for (const other of ACTIONS) out[other] = out[other].filter((c) => c !== code);
    out[action].unshift(code);
  }
  return out;
}

export function actionFor(bindings: Bindings, code: string): Action | null {
  for (const action of ACTIONS) if (bindings[action].includes(code)) return action;
  return null;
}

export type RemapResult =
  | { readonly ok: true; readonly custom: CustomKeys }
  | { readonly ok: false; readonly why: 'reserved' | 'last-key'; readonly other?: Action };

/**
 * `action` gets `code` as its own key (replacing its previous custom key). Refused when the key is
 * reserved, or when taking it would leave another action with no key at all.
 */
export function remap(custom: CustomKeys, action: Action, code: string): RemapResult {
  if (isReserved(code) || !CODE.test(code)) return { ok: false, why: 'reserved' };
  const next: Partial<Record<Action, string>> = { ...custom, [action]: code };
  for (const other of ACTIONS) if (other !== action && next[other] === code) delete next[other];
  const bound = bindingsFor(next);
  const empty = ACTIONS.find((a) => bound[a].length === 0);
  if (empty) return { ok: false, why: 'last-key', other: empty };
  return { ok: true, custom: next };
}

// ---- storage ----

export const KEYS_STORAGE_KEY = 'coroutine-quest.keys';
const MAX_LENGTH = 512;

export interface LoadedKeys {
  readonly custom: CustomKeys;
  /** Something was stored but could not be used: the defaults stand and the player is told. */
  readonly discarded: boolean;
}

/** Reads the player's keys; anything unusable (corrupt JSON, an unknown action, a reserved or doubled key) falls back to the defaults. */
export function loadCustomKeys(storage: StorageLike | null): LoadedKeys {
  const read = readStoredJson(storage, KEYS_STORAGE_KEY, MAX_LENGTH);
  if (read.kind === 'missing' || read.kind === 'unreadable') return { custom: {}, discarded: false };
  if (read.kind === 'bad') return { custom: {}, discarded: true };
  const json = read.json;
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return { custom: {}, discarded: true };
  let custom: CustomKeys = {};
  for (const [action, code] of Object.entries(json as Record<string, unknown>)) {
    if (!(ACTIONS as readonly string[]).includes(action) || typeof code !== 'string') return { custom: {}, discarded: true };
    const r = remap(custom, action as Action, code);
    if (!r.ok || Object.values(custom).includes(code)) return { custom: {}, discarded: true };
    custom = r.custom;
  }
  return { custom, discarded: false };
}

/** false when the store refused (full, blocked, absent). */
export function saveCustomKeys(storage: StorageLike | null, custom: CustomKeys): boolean {
  return writeStoredJson(storage, KEYS_STORAGE_KEY, Object.keys(custom).length === 0 ? null : custom);
}

/** `KeyW` → `W`, `ArrowUp` → `Up`, `Digit1` → `1`: short ASCII names the pixel font always has. */
export function keyName(code: string): string {
  const m = /^(?:Key|Digit|Arrow)(.+)$/.exec(code);
  if (m) return m[1]!;
  const short: Record<string, string> = { Escape: 'Esc', Backspace: 'BS', Space: 'Space' };
  return short[code] ?? code.replace(/^Numpad/, 'Num');
}
