// Small helpers every scene shares: readiness for the tests, re-layout on resize, notices.
import * as Phaser from 'phaser';
import { gameState } from '../app/game-state.ts';
import { hooks } from '../testing/test-api.ts';
import { markFirstFrame } from '../app/first-frame.ts';
import { COLORS, textStyle } from '../ui/theme.ts';
import { fontSize } from '../ui/layout.ts';

/** Marks `key` as the visible scene once a frame with it has been drawn. */
export function markReady(scene: Phaser.Scene, key: string): void {
  hooks.scene = key;
  hooks.lang = gameState().settings.lang;
  hooks.menu = () => null;
  hooks.messageWaiting = () => false;
  hooks.sendCommand = () => false;
  hooks.probes.clear();
  scene.game.events.once(Phaser.Core.Events.POST_RENDER, () => {
    hooks.ready = true;
    hooks.readyAt = performance.now();
    markFirstFrame();
  });
}

/** Calls `layout` now and on every resize until the scene shuts down. */
export function onResize(scene: Phaser.Scene, layout: (width: number, height: number) => void): void {
  const handler = (size: Phaser.Structs.Size) => layout(size.width, size.height);
  scene.scale.on(Phaser.Scale.Events.RESIZE, handler);
  scene.events.once(Phaser.Scenes.Events.SHUTDOWN, () => scene.scale.off(Phaser.Scale.Events.RESIZE, handler));
  layout(scene.scale.width, scene.scale.height);
}

/** Top of the notices: under the debug toggle and the speaker button (SPEAKER_TOP + 16 px icon × zoom in sound.ts). */
function noticeTop(width: number, height: number): number {
  return 44 + 16 * Math.max(2, Math.round(Math.min(width, height) / 320)) + 6;
}

/** Shows pending notices in the top-right corner for a few seconds; each notice is shown once. */
export function showNotices(scene: Phaser.Scene): void {
  const state = gameState();
  if (state.notices.length === 0) return;
  const lines = state.notices.splice(0);
  hooks.notices.push(...lines);
  const font = Math.max(12, Math.round(fontSize(scene.scale.width, scene.scale.height) * 0.7));
  const text = scene.add
    .text(scene.scale.width - 8, noticeTop(scene.scale.width, scene.scale.height), lines.join('\n'), {
      ...textStyle(font, COLORS.warn),
      backgroundColor: '#000000cc',
      padding: { x: 6, y: 4 },
      align: 'right',
      wordWrap: { width: Math.min(scene.scale.width - 16, font * 30), useAdvancedWrap: true },
    })
    .setOrigin(1, 0)
    .setDepth(1000);
  scene.time.delayedCall(6000, () => text.destroy());
}

/** A promise that resolves after `ms` of scene time. */
export function sleep(scene: Phaser.Scene, ms: number): Promise<void> {
  return new Promise((resolve) => scene.time.delayedCall(ms, () => resolve()));
}
