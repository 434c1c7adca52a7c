// A Dragon Quest window: the ui-frame 9-slice (8px corners) drawn at a whole-number zoom.
import type * as Phaser from 'phaser';
import type { Rect } from './layout.ts';
import { frameZoom } from './theme.ts';

export function addFrame(scene: Phaser.Scene, rect: Rect, font: number): Phaser.GameObjects.NineSlice {
  const frame = scene.add.nineslice(0, 0, 'ui-frame', undefined, 24, 24, 8, 8, 8, 8).setOrigin(0, 0);
  placeFrame(frame, rect, font);
  return frame;
}

export function placeFrame(frame: Phaser.GameObjects.NineSlice, rect: Rect, font: number): void {
  const z = frameZoom(font);
  frame.setScale(z);
  frame.setPosition(Math.round(rect.x), Math.round(rect.y));
  frame.setSize(Math.max(24, Math.round(rect.w / z)), Math.max(24, Math.round(rect.h / z)));
}
