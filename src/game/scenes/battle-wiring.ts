// What every battle scene (Battle, Classic) does around its view, written once: the debug overlay,
// hot swap, a click that advances the text, and tidying up when the scene ends.
import * as Phaser from 'phaser';
import type { Lang } from '../../core/protocol.ts';
import type { BattleSession } from '../battle/session.ts';
import type { BattleView } from '../battle/view.ts';
import { mountDebugOverlay } from '../debug/lazy-overlay.ts';
import { attachHotSwap } from '../hot-reload/hot-swap.ts';
import { activeMenu } from '../ui/menu.ts';
import { shown } from '../app/shown-state.ts';

export interface WiringOptions {
  /** Open the debugger at once (a shared link or an inspected log: the debugger is the point). */
  readonly openOverlay?: boolean;
  /** Runs first on shutdown, before the overlay, the view and the session are closed. */
  readonly onEnd?: () => void;
}

export function wireBattleScene(scene: Phaser.Scene, session: BattleSession, view: BattleView, lang: Lang, { openOverlay = false, onEnd }: WiringOptions = {}): void {
  const unmountOverlay = mountDebugOverlay(session, lang, { open: openOverlay });
  // A debugger step shows its result at once: the screen never lags behind the debugger.
  session.subscribe({ onSnap: () => view.snapToCore() });
  shown.screen = () => view.screen();
  attachHotSwap(scene, session); // dev: a saved combatant file replays this battle with the new code
  // A click or tap outside a menu advances the message window.
  scene.input.on(Phaser.Input.Events.POINTER_DOWN, () => {
    if (!activeMenu()) view.box.poke();
  });
  scene.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
    onEnd?.();
    shown.screen = null;
    unmountOverlay();
    view.destroy();
    session.dispose();
  });
}
