// The shared shape of the quiet screens (Interlude, Result): a framed block of lines and a menu.
import * as Phaser from 'phaser';
import { screenColumn, type Rect } from '../ui/layout.ts';
import type { Controls } from '../ui/controls.ts';
import { addFrame } from '../ui/frame.ts';
import { Menu, TOUCH_MIN, isPhone, type MenuItem } from '../ui/menu.ts';
import { COLORS, textStyle } from '../ui/theme.ts';
import type { Probe } from '../app/shown-state.ts';
import { textProbe } from './scene-kit.ts';

export interface Line {
  readonly text: string;
  readonly color?: string;
  readonly big?: boolean;
}

/** A choice, and what it does (shown under the menu while the cursor is on it). */
export type ScreenItem<T> = MenuItem<T> & { readonly hint?: string };

/** The screen's menu, and its texts for the test API: `line-0`… top to bottom, and `hint`. */
export interface Screen<T> {
  readonly menu: Menu<T>;
  readonly probes: ReadonlyMap<string, () => Probe | null>;
  /** Its lines as words (the screen-reader mirror reads them). */
  readonly text: () => readonly string[];
  /** Where the menu is, under the lines: a second menu (the Interlude's shop) opens there, never over them. */
  readonly menuRect: Rect;
  /** Hides or shows the hint under the menu (the shop hides it while open). */
  readonly showHint: (visible: boolean) => void;
}

/** How a quiet screen fits: `reserveRows` keeps room under the lines for a taller second menu (the shop). */
export interface ScreenOptions {
  readonly reserveRows?: number;
}

/** Where the speaker button ends (scene-audio.ts: SPEAKER_TOP 44 + its 12 px icon × zoom): a box it would cover starts below. */
function clearOfSpeaker(width: number, height: number, boxRight: number): number {
  const zoom = Math.max(2, Math.round(Math.min(width, height) / 320));
  return boxRight > width - 6 - 12 * zoom ? 44 + 12 * zoom + 4 : 0;
}

export function buildScreen<T>(scene: Phaser.Scene, controls: Controls, lines: readonly Line[], items: readonly ScreenItem<T>[], id: string, options: ScreenOptions = {}): Screen<T> {
  const { width, height } = scene.scale;
  const col = screenColumn(width, height);
  const rowH = isPhone(width, height) ? Math.max(col.line, TOUCH_MIN) : col.line;
  const menuH = items.length * rowH + col.pad * 3;
  const hasHints = items.some((i) => i.hint);
  const hintSize = Math.max(12, Math.round(col.font * 0.8));
  const hintH = hasHints ? Math.round(hintSize * 1.5) * 2 + col.pad : 0;
  const under = Math.max(menuH + hintH, (options.reserveRows ?? 0) * rowH + col.pad * 3);
  const minTop = Math.max(col.pad, clearOfSpeaker(width, height, col.x + col.w));
  // Each line as drawn (a long one wraps); a screen with many lines gets a smaller font, never below 12.
  const texts = lines.map((l) => scene.add.text(width / 2, 0, l.text, { ...textStyle(col.font, l.color ?? COLORS.text), align: 'center', wordWrap: { width: col.w - col.pad * 4, useAdvancedWrap: true } }).setOrigin(0.5, 0.5));
  let font = col.font;
  let heights: number[] = [];
  for (;;) {
    const line = Math.round(font * 1.6);
    texts.forEach((t, i) => t.setFontSize(lines[i]!.big ? Math.round(font * 1.5) : font));
    heights = texts.map((t, i) => Math.max(lines[i]!.big ? line * 1.6 : line, t.height + Math.round(font * 0.3)));
    const boxH = heights.reduce((a, b) => a + b, 0) + col.pad * 4;
    if (font <= 12 || minTop + boxH + col.pad + under <= height - col.pad) break;
    font -= 1;
  }
  const boxH = heights.reduce((a, b) => a + b, 0) + col.pad * 4;
  const top = Math.max(minTop, Math.round((height - boxH - under - col.pad) / 2));
  const frame = addFrame(scene, { x: col.x, y: top, w: col.w, h: boxH }, col.font);
  let y = top + col.pad * 2;
  const probes = new Map<string, () => Probe | null>();
  texts.forEach((text, i) => {
    text.setY(y + heights[i]! / 2);
    // Drawn over the window's frame, which was added after the texts were measured.
    text.setDepth(1);
    probes.set(`line-${i}`, textProbe(text));
    y += heights[i]!;
  });
  frame.setDepth(0);
  // Rebuilding is cheapest on resize: these screens keep no state of their own.
  let timer: Phaser.Time.TimerEvent | null = null;
  const resize = () => {
    timer?.remove();
    timer = scene.time.delayedCall(120, () => scene.scene.restart());
  };
  scene.scale.on(Phaser.Scale.Events.RESIZE, resize);
  scene.events.once(Phaser.Scenes.Events.SHUTDOWN, () => scene.scale.off(Phaser.Scale.Events.RESIZE, resize));
  const menuRect = { x: col.x, y: top + boxH + col.pad, w: col.w, h: menuH };
  const menu = new Menu(scene, controls, items, { rect: menuRect, font: col.font, id });
  let hint: Phaser.GameObjects.Text | null = null;
  if (hasHints) {
    hint = scene.add.text(width / 2, top + boxH + col.pad + menuH + col.pad, '', {
      ...textStyle(hintSize, COLORS.info), align: 'center', wordWrap: { width: col.w - col.pad * 2, useAdvancedWrap: true },
    }).setOrigin(0.5, 0);
    const shownHint = hint;
    menu.onMove = (item) => shownHint.setText((item as ScreenItem<T>).hint ?? '');
    probes.set('hint', textProbe(shownHint));
  }
  return { menu, probes, text: () => lines.map((l) => l.text), menuRect, showHint: (visible) => hint?.setVisible(visible) };
}
