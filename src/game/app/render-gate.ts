// Draw a frame only when it would differ from the one on screen. A turn-based game spends most
// frames waiting for a key with nothing moving; redrawing an identical 1280×720 frame then costs
// the whole fill and the canvas hand-off to the compositor, which under a software rasteriser
// (SwiftShader: headless Chromium, GPU-less machines) is tens of ms a frame. When no draw call is
// made, the browser keeps showing the last frame. "Would differ" is a hash, taken after every
// update, of what each active scene shows: every display-list object's transform, alpha,
// visibility, texture frame, tint, text and state (the battle field's render texture bumps its
// state when it redraws), Graphics commands, and each camera's scroll, zoom and running effects.
// A frame is drawn at least every FORCE_EVERY ticks anyway, so a change the hash misses shows late,
// not at all.
import type * as Phaser from 'phaser';

const FORCE_EVERY = 15;

type Obj = Phaser.GameObjects.GameObject & Record<string, unknown>;

function mix(h: number, v: number): number {
  return Math.imul(h ^ (v * 1000 | 0), 16777619) >>> 0;
}

function mixText(h: number, s: string): number {
  let out = mix(h, s.length);
  for (let i = 0; i < s.length; i++) out = mix(out, s.charCodeAt(i));
  return out;
}

const NUMBERS = ['x', 'y', 'alpha', 'scaleX', 'scaleY', 'rotation', 'depth', 'tintTopLeft', 'width', 'height', 'originX', 'originY', 'scrollFactorX'] as const;

function hashObject(h: number, o: Obj): number {
  h = mix(h, o.visible === false ? 0 : 1);
  if (o.visible === false) return h;
  for (const k of NUMBERS) if (typeof o[k] === 'number') h = mix(h, o[k] as number);
  if (typeof o.state === 'number') h = mix(h, o.state);
  const frame = o.frame as { name?: string | number; texture?: { key?: string } } | undefined;
  if (frame) h = mixText(mixText(h, String(frame.texture?.key ?? '')), String(frame.name ?? ''));
  if (typeof o.text === 'string') h = mixText(mixText(h, o.text), String((o.style as { color?: string; fontSize?: string } | undefined)?.color ?? '') + String((o.style as { fontSize?: string } | undefined)?.fontSize ?? ''));
  const crop = o.isCropped ? (o._crop as { cx?: number; cy?: number; cw?: number; ch?: number } | undefined) : undefined;
  if (crop) h = mix(mix(mix(mix(h, crop.cx ?? 0), crop.cy ?? 0), crop.cw ?? 0), crop.ch ?? 0);
  const commands = o.commandBuffer as unknown[] | undefined;
  if (Array.isArray(commands)) for (const c of commands) h = typeof c === 'number' ? mix(h, c) : mix(h, 7);
  const children = o.list as Obj[] | undefined;
  if (Array.isArray(children)) for (const c of children) h = hashObject(h, c);
  return h;
}

function hashGame(game: Phaser.Game): number {
  let h = 2166136261;
  for (const scene of game.scene.getScenes(true)) {
    h = mixText(h, scene.sys.settings.key);
    if (!scene.sys.settings.visible) continue;
    for (const cam of scene.cameras.cameras) {
      const c = cam as unknown as { shakeEffect?: { isRunning: boolean }; flashEffect?: { isRunning: boolean }; fadeEffect?: { isRunning: boolean; alpha?: number } };
      h = mix(mix(mix(mix(h, cam.scrollX), cam.scrollY), cam.zoom), cam.width * 10000 + cam.height);
      // A running shake, flash or fade changes the picture every frame.
      if (c.shakeEffect?.isRunning || c.flashEffect?.isRunning || c.fadeEffect?.isRunning) h = mix(h, performance.now());
      h = mix(h, c.fadeEffect?.alpha ?? 0);
    }
    for (const o of scene.sys.displayList.list as Obj[]) h = hashObject(h, o);
  }
  return h;
}

/** Installs the gate on `game` (before it boots). Frames drawn show as WebGL draw calls (the bench and render.test.ts count them). */
export function gateRendering(game: Phaser.Game): void {
  let last = -1;
  let sinceDraw = 0;
  let skip = false;
  game.events.on('poststep', () => {
    const h = hashGame(game);
    skip = h === last && sinceDraw < FORCE_EVERY && game.scale.width > 0;
    last = h;
    sinceDraw = skip ? sinceDraw + 1 : 0;
  });
  const install = () => {
    const renderer = game.renderer as Phaser.Renderer.WebGL.WebGLRenderer;
    const scenes = game.scene;
    const preRender = renderer.preRender.bind(renderer);
    const postRender = renderer.postRender.bind(renderer);
    const render = scenes.render.bind(scenes);
    renderer.preRender = () => {
      if (!skip) preRender();
    };
    renderer.postRender = () => {
      if (!skip) postRender();
    };
    scenes.render = (r: Phaser.Renderer.Canvas.CanvasRenderer | Phaser.Renderer.WebGL.WebGLRenderer) => {
      if (!skip) render(r);
      else (scenes as { isProcessing: boolean }).isProcessing = false;
    };
  };
  // Phaser boots synchronously when the page has already loaded, asynchronously otherwise.
  if (game.isBooted) install();
  else game.events.once('boot', install);
}
