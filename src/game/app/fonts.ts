// The font subsets the game's text needs, requested once and as early as possible: main.ts starts
// this before Phaser boots, so the slices download while WebGL starts and the sprites load, and
// the Preloader only awaits what is (usually) already there.
import { glyphSample } from '../ui/i18n.ts';

let loading: Promise<unknown> | null = null;

/** Starts loading the DotGothic16 slices for every character the game can show; the same promise on every call. */
export function loadFonts(): Promise<unknown> {
  if (!loading) {
    try {
      // Never rejects: a font that fails to load leaves the monospace fallback; the game still plays.
      loading = document.fonts.load('16px "DotGothic16"', glyphSample()).catch(() => []);
    } catch {
      loading = Promise.resolve([]);
    }
  }
  return loading;
}
