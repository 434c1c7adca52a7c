// Mounts the debug overlay (overlay.ts) lazily: its code and CSS are a chunk of their own, fetched
// when it is first opened. Any error inside the overlay is caught here so it can never take the
// game down.
import type { Lang } from '../../core/protocol.ts';
import type { BattleSessionApi } from '../battle/session-api.ts';
import { initialOpen, t, writeStoredOpen } from './format.ts';
import { browserStorage } from '../storage/browser-storage.ts';
import { isTextInput } from '../ui/text-input.ts';

type Unmount = (() => void) | { destroy(): void } | void;
type OverlayModule = { mountOverlay?: (session: BattleSessionApi, options: { lang: Lang; search?: string }) => Unmount | Promise<Unmount> };

const load = (): Promise<OverlayModule> => import('./overlay.ts');

/**
 * Mounts the overlay; returns a function that unmounts it (safe to call whatever happened).
 * While it is closed (no ?debug=1, not left open last time) only a small toggle button is shown,
 * and the overlay's code and CSS are fetched when that button or the ` key first opens it, so a
 * player who never opens it never downloads it, and the first battle frame never waits for it.
 * `open`: open it now, whatever the URL and the stored choice say.
 */
export function mountDebugOverlay(session: BattleSessionApi, lang: Lang, { open = false } = {}): () => void {
  let unmount: Unmount;
  let gone = false;
  let removeToggle: (() => void) | null = null;
  const safely = (f: () => void) => {
    try {
      f();
    } catch (err) {
      console.warn('[coroutine-quest] debug overlay failed:', err);
    }
  };
  const mount = (search?: string) => {
    removeToggle?.();
    removeToggle = null;
    load()
      .then(async (mod) => {
        if (gone || typeof mod.mountOverlay !== 'function') return;
        unmount = await mod.mountOverlay(session, search === undefined ? { lang } : { lang, search });
        if (gone) safely(() => release(unmount));
      })
      .catch((err: unknown) => console.warn('[coroutine-quest] debug overlay failed to load:', err));
  };
  if (open) mount('?debug=1'); // a shared link or an inspected log: the debugger is the point
  else if (initialOpen(window.location.search, browserStorage())) mount();
  else {
    removeToggle = lightToggle(lang, () => {
      writeStoredOpen(browserStorage(), true);
      mount('?debug=1'); // opened by the player: open, whatever the URL said
    });
  }
  return () => {
    gone = true;
    removeToggle?.();
    removeToggle = null;
    safely(() => release(unmount));
  };
}

/**
 * The overlay's toggle button (same place, class and label) and its ` key, without the overlay:
 * a few lines of DOM instead of its ~15 KB of JS and CSS. Styled through element.style, which a
 * strict CSP allows, because overlay.css is not loaded yet. Returns a function that removes both.
 */
function lightToggle(lang: Lang, open: () => void): () => void {
  const host = document.createElement('div');
  host.className = 'cq-debug';
  host.dataset.overlay = 'debug';
  host.dataset.open = 'false';
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'cq-btn cq-debug-toggle';
  button.textContent = `\` ${t('toggle', lang)}`;
  button.title = t('toggleHint', lang);
  button.setAttribute('aria-expanded', 'false');
  Object.assign(button.style, {
    position: 'fixed', top: '4px', right: '4px', zIndex: '1001', minHeight: '28px', padding: '2px 8px',
    // The bundled DotGothic16 before the generic family, as in overlay.css: without it デバッグ is tofu
    // on a machine with no Japanese system font until the overlay's own CSS is loaded.
    font: "12px/1.4 system-ui, -apple-system, 'Segoe UI', 'Hiragino Sans', 'Noto Sans JP', 'DotGothic16', sans-serif", opacity: '0.85', color: '#f2f2f2',
    background: '#1d2150', border: '1px solid #6d74a8', borderRadius: '4px', cursor: 'pointer',
  });
  button.addEventListener('click', () => open());
  host.append(button);
  document.body.append(host);
  const onKey = (e: KeyboardEvent) => {
    if (e.key !== '`' || e.isComposing || e.ctrlKey || e.metaKey || e.altKey || isTextInput(e.target)) return;
    e.preventDefault();
    open();
  };
  window.addEventListener('keydown', onKey);
  return () => {
    window.removeEventListener('keydown', onKey);
    host.remove();
  };
}

function release(unmount: Unmount): void {
  if (typeof unmount === 'function') unmount();
  else if (unmount && typeof unmount.destroy === 'function') unmount.destroy();
}
