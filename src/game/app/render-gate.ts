// Draw a frame only when it would differ from the one on screen; update every frame regardless.
// Why: under a software rasteriser (SwiftShader: headless Chromium, GPU-less machines) the fill of
// a 1280×720 frame costs tens of ms (measured: each full-screen quad halves a bare canvas's 60 fps
// on this shared 2-core machine), so redrawing an identical frame while the game waits for a key
// made the idle battle miss every second or third vsync. When no draw call is made the browser
// keeps showing the last frame. Only the renderer's work is skipped (its clear, the scenes'
// cameras, its present): Phaser's step still runs every tick, so input, tweens, timers and the
// battle itself advance as before.
//
// "Would differ" is a hash, taken at POST_STEP (after every scene's update), of what each visible
// scene shows: each display-list object's transform, alpha, visibility, texture frame, tint, crop,
// text and state (the battle field's render texture bumps its state when it redraws), Graphics
// commands, each camera's view and running effects, and a count of texture uploads (a Text that
// re-rendered). A change made after POST_STEP (a polled pointer-over in PRE_RENDER) shows on the
// next tick. A frame is drawn at least every FORCE_EVERY ticks anyway, so anything the hash could
// miss shows late, never not at all.
import type * as Phaser from 'phaser';

const FORCE_EVERY = 30;

type Obj = Phaser.GameObjects.GameObject & Record<string, unknown>;

function mix(h: number, v: number): number {
  return Math.imul(h ^ (v * 1000 | 0), 16777619) >>> 0;
}

function mixText(h: number, s: string): number {
  let out = mix(h, s.length);
  for (let i = 0; i < s.length; i++) out = mix(out, s.charCodeAt(i));
  return out;
}

const NUMBERS = [
  'x', 'y', 'alpha', 'scaleX', 'scaleY', 'rotation', 'depth', 'width', 'height', 'originX', 'originY',
  'scrollFactorX', 'scrollFactorY', 'tint', 'tintTopLeft', 'tintTopRight', 'tintBottomLeft', 'tintBottomRight', 'tintMode', 'blendMode',
] as const;

function hashObject(h: number, o: Obj): number {
  h = mix(h, o.visible === false ? 0 : 1);
  if (o.visible === false) return h;
  for (const k of NUMBERS) if (typeof o[k] === 'number') h = mix(h, o[k] as number);
  if (o.flipX === true) h = mix(h, 3);
  if (o.flipY === true) h = mix(h, 5);
  if (typeof o.state === 'number') h = mix(h, o.state);
  const frame = o.frame as { name?: string | number; texture?: { key?: string } } | undefined;
  if (frame) h = mixText(mixText(h, String(frame.texture?.key ?? '')), String(frame.name ?? ''));
  if (typeof o.text === 'string') h = mixText(h, o.text);
  const crop = o.isCropped ? (o._crop as { cx?: number; cy?: number; cw?: number; ch?: number } | undefined) : undefined;
  if (crop) h = mix(mix(mix(mix(h, crop.cx ?? 0), crop.cy ?? 0), crop.cw ?? 0), crop.ch ?? 0);
  const commands = o.commandBuffer as unknown[] | undefined;
  if (Array.isArray(commands)) for (const c of commands) h = typeof c === 'number' ? mix(h, c) : mix(h, 7);
  const children = o.list as Obj[] | undefined;
  if (Array.isArray(children)) for (const c of children) h = hashObject(h, c);
  return h;
}

interface CameraEffects {
  shakeEffect?: { isRunning: boolean };
  flashEffect?: { isRunning: boolean };
  fadeEffect?: { isRunning: boolean; alpha?: number };
}

function hashGame(game: Phaser.Game, uploads: number): number | null {
  let h = mix(2166136261, uploads);
  for (const scene of game.scene.getScenes(true)) {
    h = mixText(h, scene.sys.settings.key);
    if (!scene.sys.settings.visible) continue;
    for (const cam of scene.cameras.cameras) {
      const c = cam as unknown as CameraEffects;
      // A running shake, flash or fade changes the picture every frame: no hash can say it did not.
      if (c.shakeEffect?.isRunning || c.flashEffect?.isRunning || c.fadeEffect?.isRunning) return null;
      h = mix(mix(mix(mix(mix(h, cam.scrollX), cam.scrollY), cam.zoom), cam.x * 10000 + cam.y), cam.width * 10000 + cam.height);
      h = mix(mix(mix(mix(h, c.fadeEffect?.alpha ?? 0), cam.alpha), cam.visible ? 1 : 0), cam.backgroundColor.color32);
    }
    for (const o of scene.sys.displayList.list as Obj[]) h = hashObject(h, o);
  }
  return h;
}

/** Installs the gate on `game` (before it boots or after). Frames drawn show as WebGL draw calls (the bench and render.test.ts count them). */
export function gateRendering(game: Phaser.Game): void {
  let last: number | null = null;
  let sinceDraw = 0;
  let skip = false;
  let uploads = 0;
  game.events.on('poststep', () => {
    const h = hashGame(game, uploads);
    skip = h !== null && h === last && sinceDraw < FORCE_EVERY && game.scale.width > 0;
    last = h;
    sinceDraw = skip ? sinceDraw + 1 : 0;
  });
  const install = () => {
    const renderer = game.renderer as Phaser.Renderer.WebGL.WebGLRenderer;
    // No WebGL (the Canvas renderer): nothing to gate.
    if (typeof (renderer as { canvasToTexture?: unknown }).canvasToTexture !== 'function') return;
    const scenes = game.scene;
    const preRender = renderer.preRender.bind(renderer);
    const postRender = renderer.postRender.bind(renderer);
    const render = scenes.render.bind(scenes);
    const canvasToTexture = renderer.canvasToTexture.bind(renderer);
    const updateCanvasTexture = renderer.updateCanvasTexture.bind(renderer);
    // A Text (canvasToTexture) or a canvas texture (CanvasTexture.refresh: updateCanvasTexture)
    // uploaded again has a new picture under the same key: a change the hash must see.
    renderer.canvasToTexture = (...args: Parameters<typeof canvasToTexture>) => {
      uploads++;
      return canvasToTexture(...args);
    };
    renderer.updateCanvasTexture = (...args: Parameters<typeof updateCanvasTexture>) => {
      uploads++;
      return updateCanvasTexture(...args);
    };
    renderer.preRender = () => {
      if (!skip) preRender();
    };
    renderer.postRender = () => {
      if (!skip) postRender();
    };
    scenes.render = (r: Phaser.Renderer.Canvas.CanvasRenderer | Phaser.Renderer.WebGL.WebGLRenderer) => {
      if (!skip) render(r);
      // What render() would have done at its end, so the scene manager's queue keeps working.
      else (scenes as { isProcessing: boolean }).isProcessing = false;
    };
  };
  // Phaser boots synchronously when the page has already loaded, asynchronously otherwise.
  if (game.isBooted) install();
  else game.events.once('boot', install);
}
