// Small helpers every scene shares: what it shows (app/shown-state.ts), re-layout on resize, notices.
import * as Phaser from 'phaser';
import { gameState } from '../app/game-state.ts';
import { NOTHING_SHOWN, shown, type Probe, type SceneShown } from '../app/shown-state.ts';
import { markFirstFrame } from '../app/first-frame.ts';
import { NOTICE_MS, showNoticeText } from '../ui/notice-layer.ts';
import type { Rect } from '../ui/layout.ts';
import { fontSize } from '../ui/layout.ts';

/**
 * Publishes `key` as the visible scene with what it shows (nothing left over from the last one),
 * and marks it ready once a frame with it has been drawn. Call it once, when create() is done.
 */
export function showScene(scene: Phaser.Scene, key: string, parts: Partial<SceneShown> = {}): void {
  shown.scene = key;
  shown.lang = gameState().settings.lang;
  const mine: SceneShown = { ...NOTHING_SHOWN, ...parts };
  shown.current = mine;
  shown.noticeProbes = [];
  scene.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
    if (shown.current === mine) shown.current = NOTHING_SHOWN;
  });
  scene.game.events.once(Phaser.Core.Events.POST_RENDER, () => {
    shown.ready = true;
    shown.readyAt = performance.now();
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

/** Top of the notices: under the debug toggle and the speaker button (SPEAKER_TOP + 16 px icon × zoom in scene-audio.ts). */
function noticeTop(width: number, height: number): number {
  return 44 + 16 * Math.max(2, Math.round(Math.min(width, height) / 320)) + 6;
}

/** A text object as the test API reports it: where it is (CSS px), what it says and its font size. */
export function textProbe(text: Phaser.GameObjects.Text): () => Probe {
  return () => {
    const b = text.getBounds();
    return { x: b.x, y: b.y, w: b.width, h: b.height, text: text.text, font: Number.parseInt(String(text.style.fontSize), 10) };
  };
}

/** Canvas objects a scene's notices must not cover (the logo, the subtitle), as CSS px rectangles. */
export function rectsOf(...objects: readonly { getBounds(): Phaser.Geom.Rectangle }[]): () => Rect[] {
  return () => objects.map((o) => {
    const b = o.getBounds();
    return { x: b.x, y: b.y, w: b.width, h: b.height };
  });
}

/**
 * Shows pending notices, in the player's language, top-right for a few seconds; each is shown
 * once, and goes with the scene. `avoid`: what on this screen they must not cover.
 */
export function showNotices(scene: Phaser.Scene, avoid: () => readonly Rect[] = () => []): void {
  const state = gameState();
  if (state.notices.size === 0) return;
  placeNotice(scene, state.notices.take(state.settings.lang), avoid, NOTICE_MS);
}

/**
 * A notice that stays until the returned function is called (or the scene goes): for a state that
 * lasts, such as a combatant file that does not load, so it cannot scroll away unread.
 */
export function showLastingNotice(scene: Phaser.Scene, lines: readonly string[]): () => void {
  const text = placeNotice(scene, lines, () => [], null);
  return () => text.destroy();
}

function placeNotice(scene: Phaser.Scene, lines: readonly string[], avoid: () => readonly Rect[], ms: number | null): Phaser.GameObjects.Text {
  shown.notices.push(...lines);
  const { width, height } = scene.scale;
  const font = Math.max(12, Math.round(fontSize(width, height) * 0.7));
  const text = showNoticeText(scene, lines, { top: noticeTop(width, height), font, avoid }, ms);
  // Where each notice is, for the tests that check what it must not cover.
  shown.noticeProbes.push(() => {
    if (!text.active) return null;
    const b = text.getBounds();
    return { x: b.x, y: b.y, w: b.width, h: b.height, text: text.text, font };
  });
  return text;
}

/** A promise that resolves after `ms` of scene time. */
export function sleep(scene: Phaser.Scene, ms: number): Promise<void> {
  return new Promise((resolve) => scene.time.delayedCall(ms, () => resolve()));
}
