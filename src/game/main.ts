// The game config, nothing else: every screen is a scene in ./scenes (listed in scenes/all.ts).
import * as Phaser from 'phaser';
import { SCENES } from './scenes/all.ts';
import { gateRendering } from './app/render-gate.ts';

export function createGame(parent: string): Phaser.Game {
  const game = new Phaser.Game({
    type: Phaser.AUTO,
    parent,
    pixelArt: true,
    roundPixels: true,
    // One texture per draw batch. Phaser's multi-texture batch shader picks its sampler with an
    // if/else chain on a per-vertex texture id; a software rasteriser (SwiftShader: headless
    // Chromium, GPU-less machines) runs every branch for every pixel, so a batch holding N
    // textures samples N of them per pixel: the full-field backdrop alone cost several times its
    // area. Profiled (CDP trace: the time is in the GPU process's ContextVk::finish before the
    // canvas readback, not in JS): battle idle ~1.5× (20 → 30 fps), title 30 → 60. This game draws a few
    // dozen quads (a few hundred under ?stress), so the extra draw calls cost nothing on real GPUs.
    maxTextures: 1,
    backgroundColor: '#000000',
    // RESIZE: the canvas is the viewport, and each scene lays itself out for portrait or
    // landscape, instead of one letterboxed 16:9 frame that would shrink text on a phone.
    scale: { mode: Phaser.Scale.RESIZE, width: '100%', height: '100%' },
    input: { activePointers: 2 },
    // Sound is Howler's (src/game/audio/scene-audio.ts): Phaser must not open a second AudioContext.
    audio: { noAudio: true },
    scene: SCENES,
  });
  // Unchanged frames are not redrawn; every frame is still updated (app/render-gate.ts).
  gateRendering(game);
  return game;
}
