// The tinkering loop's last mile (dev only): when a combatant file is saved, the registry swaps
// its definition (src/game/hot-reload/combatant-registry.ts) and this replays the scene's battle with it,
// silently, then says what happened: in the overlay's status line (it hears the session's
// onReload) and, while the overlay is closed, as a notice in the game. Errors are always shown.
import * as Phaser from 'phaser';
import { onCombatantSwap } from './combatant-registry.ts';
import { gameState } from '../app/game-state.ts';
import { formatReload } from './reload-report.ts';
import { showNotices } from '../scenes/scene-kit.ts';
import type { BattleSession } from '../battle/session.ts';

/** The overlay marks its root `[data-overlay="debug"]` and sets `data-open` while its panel shows. */
function overlayOpen(): boolean {
  return typeof document !== 'undefined' && document.querySelector('[data-overlay="debug"][data-open="true"]') !== null;
}

/** Replays `session` on every hot swap until the scene shuts down. Does nothing in a build. */
export function attachHotSwap(scene: Phaser.Scene, session: BattleSession): void {
  if (!import.meta.hot) return;
  const off = onCombatantSwap((swap) => {
    const report = session.reload(swap.roster, swap.files, swap.problems);
    const trouble = report.diverged !== null || report.problems.length > 0;
    (trouble ? console.warn : console.info)(`[coroutine-quest] ${formatReload(report, 'en')}`);
    if (!overlayOpen() || report.problems.length > 0) {
      gameState().notices.add({ ja: formatReload(report, 'ja'), en: formatReload(report, 'en') });
      if (scene.scene.isActive()) showNotices(scene);
    }
  });
  scene.events.once(Phaser.Scenes.Events.SHUTDOWN, off);
}
