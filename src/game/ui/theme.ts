// Colours and text styles shared by every window, so the whole game reads as one DQ-style UI.
import type * as Phaser from 'phaser';

export const FONT_FAMILY = '"DotGothic16", monospace';

export const COLORS = {
  text: '#ffffff',
  dim: '#7a7a8c',
  accent: '#ffd84a',
  warn: '#ffb347',
  danger: '#ff5a5a',
  heal: '#7dff8a',
  info: '#8fd3ff',
} as const;

export function textStyle(font: number, color: string = COLORS.text): Phaser.Types.GameObjects.Text.TextStyle {
  return { fontFamily: FONT_FAMILY, fontSize: `${font}px`, color };
}

/** Pixel frames look right only at whole-number zoom. */
export function frameZoom(font: number): number {
  return font >= 20 ? 2 : 1;
}
