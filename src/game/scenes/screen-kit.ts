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

export function buildScreen<T>(scene: Phaser.Scene, controls: Controls, lines: readonly Line[], items: readonly ScreenItem<T>[], id: string): Screen<T> {
  const { width, height } = scene.scale;
  const col = screenColumn(width, height);
  const heights = lines.map((l) => (l.big ? col.line * 1.6 : col.line));
  const boxH = heights.reduce((a, b) => a + b, 0) + col.pad * 4;
  const rowH = isPhone(width, height) ? Math.max(col.line, TOUCH_MIN) : col.line;
  const menuH = items.length * rowH + col.pad * 3;
  const hasHints = items.some((i) => i.hint);
  const hintSize = Math.max(12, Math.round(col.font * 0.8));
  const hintH = hasHints ? Math.round(hintSize * 1.5) * 2 + col.pad : 0;
  const top = Math.max(col.pad, Math.round((height - boxH - menuH - hintH - col.pad) / 2));
  addFrame(scene, { x: col.x, y: top, w: col.w, h: boxH }, col.font);
  let y = top + col.pad * 2;
  const probes = new Map<string, () => Probe | null>();
  lines.forEach((l, i) => {
    const size = l.big ? Math.round(col.font * 1.5) : col.font;
    const text = scene.add.text(width / 2, y + heights[i]! / 2, l.text, { ...textStyle(size, l.color ?? COLORS.text), align: 'center', wordWrap: { width: col.w - col.pad * 4, useAdvancedWrap: true } }).setOrigin(0.5, 0.5);
    probes.set(`line-${i}`, textProbe(text));
    y += heights[i]!;
  });
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
