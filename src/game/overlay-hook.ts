// Mounts the debug overlay (src/game/debug/overlay.ts, built by its own engineer) if it exists.
// import.meta.glob finds nothing, rather than failing the build, while the file is absent; and
// any error inside the overlay is caught here so it can never take the game down.
import type { Lang } from '../core/protocol.ts';
import type { BattleSessionApi } from './session-api.ts';

type Unmount = (() => void) | { destroy(): void } | void;
type OverlayModule = { mountOverlay?: (session: BattleSessionApi, options: { lang: Lang }) => Unmount | Promise<Unmount> };

const modules = import.meta.glob<OverlayModule>('./debug/overlay.ts');

/** Mounts the overlay; returns a function that unmounts it (safe to call whatever happened). */
export function mountDebugOverlay(session: BattleSessionApi, lang: Lang): () => void {
  const load = Object.values(modules)[0];
  if (!load) return () => {};
  let unmount: Unmount;
  let gone = false;
  const safely = (f: () => void) => {
    try {
      f();
    } catch (err) {
      console.warn('[coroutine-quest] debug overlay failed:', err);
    }
  };
  load()
    .then(async (mod) => {
      if (gone || typeof mod.mountOverlay !== 'function') return;
      unmount = await mod.mountOverlay(session, { lang });
      if (gone) safely(() => release(unmount));
    })
    .catch((err: unknown) => console.warn('[coroutine-quest] debug overlay failed to load:', err));
  return () => {
    gone = true;
    safely(() => release(unmount));
  };
}

function release(unmount: Unmount): void {
  if (typeof unmount === 'function') unmount();
  else if (unmount && typeof unmount.destroy === 'function') unmount.destroy();
}
