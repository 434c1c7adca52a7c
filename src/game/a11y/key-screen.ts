// Settings → Keys: one line per action with its keys; choose one, press the new key, and it is
// that action's key from then on (saved at once, key-bindings.ts). Esc while waiting keeps the
// old key. The prompt and every refusal are notices, so the screen-reader mirror reads them too.
// Storage and notices are the game's own (app/game-state.ts); the screen only draws and asks.
import type * as Phaser from 'phaser';
import { gameState } from '../app/game-state.ts';
import { shown } from '../app/shown-state.ts';
import { showNotices } from '../scenes/scene-kit.ts';
import type { Rect } from '../ui/layout.ts';
import type { Controls } from '../ui/controls.ts';
import { screenColumn } from '../ui/layout.ts';
import { Menu, TOUCH_MIN, isPhone } from '../ui/menu.ts';
import { UI } from '../ui/i18n.ts';
import { ACTIONS, bindingsFor, keyName, remap, saveCustomKeys, type Action, type CustomKeys } from './key-bindings.ts';
import { A11Y_WORDS } from './words.ts';

type Pick = Action | 'reset' | 'back';

/** Runs the key screen until the player goes back. `minTop`: where the screen's windows may start. */
export async function keySettings(scene: Phaser.Scene, controls: Controls, minTop: number): Promise<void> {
  const state = gameState();
  let cursor = 0;
  /** The screen's window; `asking` shows that action's keys as "?" while its new key is awaited. */
  const open = (asking: Action | null) => {
    const lang = state.settings.lang;
    const w = A11Y_WORDS[lang];
    const { width, height } = scene.scale;
    const col = screenColumn(width, height);
    const keys = (a: Action) => (a === asking ? '?' : state.keys.bindings[a].slice(0, 3).map(keyName).join(' / '));
    const items: { label: string; value: Pick }[] = [
      ...ACTIONS.map((a) => ({ label: `${w.actions[a]}: ${keys(a)}`, value: a })),
      { label: w.resetKeys, value: 'reset' },
      { label: UI[lang].back, value: 'back' },
    ];
    const rowH = isPhone(width, height) ? Math.max(col.line, TOUCH_MIN) : col.line;
    const h = Math.min(height - col.pad * 2, rowH * items.length + 32);
    const top = Math.min(Math.max(minTop, Math.round((height - h) / 2)), height - col.pad - h);
    const rect = { x: col.x, y: Math.max(col.pad, top), w: col.w, h };
    const menu = new Menu(scene, controls, items, { rect, font: col.font, cancelable: true, id: 'keys', title: w.keysItem, initial: cursor });
    return { menu, items, rect, w };
  };
  for (;;) {
    const { menu, items, w } = open(null);
    const pick = await menu.choose();
    menu.destroy();
    if (pick === null || pick === 'back' || !scene.sys.isActive()) return;
    cursor = Math.max(0, items.findIndex((i) => i.value === pick));
    if (pick === 'reset') {
      store({});
      continue;
    }
    // The window stays, with "?" for the keys being chosen; the prompt is a notice beside it.
    const asking = open(pick);
    asking.menu.setVisible(true);
    state.notices.add(w.pressKey(w.actions[pick]));
    showNotices(scene, () => [asking.rect, ...clearOf()]);
    const code = await captureKey(scene);
    asking.menu.destroy();
    if (code === null) continue;
    const r = remap(state.keys.custom, pick, code);
    if (r.ok) store(r.custom);
    else {
      state.notices.add(r.why === 'reserved' ? w.reserved(keyName(code)) : w.lastKey(w.actions[r.other ?? pick]));
      showNotices(scene, () => clearOf());
    }
  }

  function store(custom: CustomKeys): void {
    state.keys = { custom, bindings: bindingsFor(custom) };
    if (!saveCustomKeys(state.storage, custom)) {
      state.notices.add({ ja: A11Y_WORDS.ja.keysSaveFailed, en: A11Y_WORDS.en.keysSaveFailed }, 'keys-save-failed');
      showNotices(scene);
    }
  }
}

/** What a notice here must not cover: the title's logo lines, as the scene publishes them. */
function clearOf(): Rect[] {
  return ['logo', 'subtitle', 'tagline'].flatMap((name) => {
    const p = shown.current.probes.get(name)?.();
    return p ? [{ x: p.x, y: p.y, w: p.w, h: p.h }] : [];
  });
}

/**
 * The next key pressed, by code (null: Esc, or the scene ended). It is taken before anything else
 * hears it (a window capture listener), so it neither moves a menu nor mutes the sound.
 */
function captureKey(scene: Phaser.Scene): Promise<string | null> {
  return new Promise((resolve) => {
    const done = (code: string | null) => {
      window.removeEventListener('keydown', onKey, true);
      resolve(code);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.repeat || e.isComposing) return;
      e.preventDefault();
      e.stopImmediatePropagation();
      done(e.code === 'Escape' ? null : e.code);
    };
    window.addEventListener('keydown', onKey, true);
    scene.events.once('shutdown', () => done(null));
  });
}
