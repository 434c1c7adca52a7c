// The tinkering loop's last mile (the dev server's saves and the playground's Apply): when a combatant file is saved, the registry swaps
// its definition (src/game/hot-reload/combatant-registry.ts) and this replays the scene's battle with it,
// silently, then says what happened: in the overlay's status line (it hears the session's
// onReload) and, while the overlay is closed, as a notice in the game. A file that cannot be used
// is named in a notice that stays until the file loads again, with the line and column of a parse
// error, so a learner who looks away from the screen still finds it.
import * as Phaser from 'phaser';
import { failingFiles, onCombatantSwap } from './combatant-registry.ts';
import { gameState } from '../app/game-state.ts';
import { formatFailure, formatReload } from './reload-report.ts';
import { showLastingNotice, showNotices } from '../scenes/scene-kit.ts';
import type { BattleSession } from '../battle/session.ts';

/** The overlay marks its root `[data-overlay="debug"]` and sets `data-open` while its panel shows. */
function overlayOpen(): boolean {
  return typeof document !== 'undefined' && document.querySelector('[data-overlay="debug"][data-open="true"]') !== null;
}

/**
 * Replays `session` on every hot swap until the scene shuts down. In a build the only swaps are
 * the playground's Apply (src/game/playground), so nothing happens until it is used.
 */
export function attachHotSwap(scene: Phaser.Scene, session: BattleSession): void {
  let closeFailures: (() => void) | null = null;
  // The files failing now, in one lasting notice: shown again by each new battle until they load.
  const showFailures = () => {
    closeFailures?.();
    const lang = gameState().settings.lang;
    const lines = failingFiles().map((p) => formatFailure(p, lang));
    closeFailures = lines.length > 0 ? showLastingNotice(scene, lines) : null;
  };
  showFailures();
  const off = onCombatantSwap((swap) => {
    const report = session.reload(swap.roster, swap.files, swap.problems);
    const trouble = report.diverged !== null || report.problems.length > 0;
    (trouble ? console.warn : console.info)(`[coroutine-quest] ${formatReload(report, 'en')}`);
    if (!scene.scene.isActive()) return;
    if (report.problems.length > 0 || swap.recovered.length > 0) showFailures();
    if (report.problems.length === 0 && !overlayOpen()) {
      gameState().notices.add({ ja: formatReload(report, 'ja'), en: formatReload(report, 'en') });
      showNotices(scene);
    }
  });
  scene.events.once(Phaser.Scenes.Events.SHUTDOWN, off);
}
