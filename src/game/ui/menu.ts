// A DQ command window: a grid of items with a blinking cursor. Keys, mouse and touch all end in
// the same `pick`, and `choose()` hands the result back as a promise for the async battle loop.
import type * as Phaser from 'phaser';
import type { Rect } from './layout.ts';
import type { Controls, Key } from './controls.ts';
import { addFrame, placeFrame } from './frame.ts';
import { COLORS, frameZoom, textStyle } from './theme.ts';

export interface MenuItem<T> {
  readonly label: string;
  readonly value: T;
  readonly enabled?: boolean;
  /** Why a greyed item cannot be chosen, shown when it is (「MPが たりない!」). */
  readonly why?: string;
}

/** Apple's and Google's smallest comfortable touch target, in CSS px; phones get at least this. */
export const TOUCH_MIN = 44;

/** A phone-sized screen: its menus' rows are at least TOUCH_MIN tall. */
export function isPhone(width: number, height: number): boolean {
  return Math.min(width, height) <= 500;
}

export interface MenuOptions {
  readonly rect: Rect;
  readonly font: number;
  readonly columns?: number;
  readonly cancelable?: boolean;
  /** A short heading drawn in the top border (DQ puts the window's name there). */
  readonly title?: string;
  readonly id?: string;
  /** The item the cursor starts on (if enabled); default the first enabled item. */
  readonly initial?: number;
}

/** What the test API reports about the open menu: labels and where to click them, in CSS px. */
export interface MenuInfo {
  readonly id: string;
  readonly cursor: number;
  readonly items: readonly { label: string; enabled: boolean; x: number; y: number; w: number; h: number }[];
  /** The line shown after a greyed item was chosen (why it cannot be), or null. */
  readonly note: string | null;
}

const open: Menu<unknown>[] = [];

export type MenuSound = 'move' | 'confirm' | 'cancel';

/** What every new menu's onSound starts as (the game sets it to its audio player's menu sounds). */
export const menuSounds: { play: ((kind: MenuSound) => void) | null } = { play: null };

/** The menu that currently has the keys, if any. */
export function activeMenu(): Menu<unknown> | null {
  return open[open.length - 1] ?? null;
}

export class Menu<T> {
  private readonly frame: Phaser.GameObjects.NineSlice;
  private readonly heading: Phaser.GameObjects.Text | null;
  private readonly noteText: Phaser.GameObjects.Text;
  private readonly scene: Phaser.Scene;
  private readonly texts: Phaser.GameObjects.Text[];
  private readonly zones: Phaser.GameObjects.Zone[];
  private readonly cursor: Phaser.GameObjects.Image;
  private readonly blink: Phaser.Tweens.Tween;
  private index: number;
  private resolve: ((value: T | null) => void) | null = null;
  private release: (() => void) | null = null;
  private opts: MenuOptions;
  /** Called when the cursor moves, e.g. to highlight the enemy under a target menu. */
  onMove: ((item: MenuItem<T>) => void) | null = null;
  /** Called on every move and pick, for the menu sounds. */
  onSound: ((kind: MenuSound) => void) | null = (kind) => menuSounds.play?.(kind);

  constructor(
    scene: Phaser.Scene,
    private readonly controls: Controls,
    private readonly items: readonly MenuItem<T>[],
    opts: MenuOptions,
  ) {
    this.opts = opts;
    this.scene = scene;
    this.frame = addFrame(scene, opts.rect, opts.font);
    this.heading = opts.title ? scene.add.text(0, 0, ` ${opts.title} `, { ...textStyle(Math.max(12, Math.round(opts.font * 0.8))), backgroundColor: '#000000' }) : null;
    this.texts = items.map((item) => scene.add.text(0, 0, item.label, textStyle(opts.font, item.enabled === false ? COLORS.dim : COLORS.text)));
    this.zones = items.map((_, i) => {
      const zone = scene.add.zone(0, 0, 10, 10).setOrigin(0, 0).setInteractive({ useHandCursor: true });
      zone.on('pointerover', (p: Phaser.Input.Pointer) => {
        if (!p.wasTouch && this.resolve) this.select(i);
      });
      zone.on('pointerdown', () => {
        if (!this.resolve) return;
        this.select(i);
        this.pick();
      });
      return zone;
    });
    this.noteText = scene.add.text(0, 0, '', { ...textStyle(Math.max(12, Math.round(opts.font * 0.8)), COLORS.warn), backgroundColor: '#000000', padding: { x: 4, y: 0 } }).setOrigin(1, 0.5);
    this.cursor = scene.add.image(0, 0, 'cursor').setOrigin(0, 0.5);
    // The blink dims the cursor, never hides it: the ▶ must always show where the choice is.
    this.blink = scene.tweens.add({ targets: this.cursor, alpha: 0.6, duration: 380, yoyo: true, repeat: -1, ease: 'Stepped' });
    const initial = opts.initial ?? -1;
    this.index = items[initial] && items[initial].enabled !== false ? initial : Math.max(0, items.findIndex((it) => it.enabled !== false));
    this.layout(opts.rect, opts.font);
    this.setVisible(false);
  }

  get id(): string {
    return this.opts.id ?? 'menu';
  }

  /** Opens the menu and resolves with the picked value, or null when cancelled. */
  choose(): Promise<T | null> {
    this.abort();
    this.setVisible(true);
    open.push(this as Menu<unknown>);
    this.release = this.controls.push((key) => this.onKey(key));
    this.onMove?.(this.items[this.index]!);
    return new Promise((resolve) => {
      this.resolve = resolve;
    });
  }

  /** Closes an open choose() with null (the battle was reset under it). */
  abort(): void {
    this.finish(null);
  }

  layout(asked: Rect, font: number): void {
    const cols = this.opts.columns ?? 1;
    const rows = Math.ceil(this.items.length / cols);
    const z = frameZoom(font);
    const inset = 8 * z;
    // On a phone every row is a comfortable touch target: a window too short grows downwards if
    // the screen has room, else upwards with its bottom edge staying put (the battle's windows).
    const { width, height } = this.scene.scale;
    const minH = isPhone(width, height) ? rows * TOUCH_MIN + inset * 2 : 0;
    const rect = asked.h >= minH ? asked
      : asked.y + minH <= height ? { ...asked, h: minH } : { ...asked, y: Math.max(0, asked.y + asked.h - minH), h: minH };
    this.opts = { ...this.opts, rect: asked, font };
    placeFrame(this.frame, rect, font);
    const cursorW = Math.round(font * 1.1);
    const cellW = (rect.w - inset * 2) / cols;
    const cellH = Math.max(font * 1.4, (rect.h - inset * 2) / Math.max(rows, 1));
    // Big enough to see at a glance on every screen (it was 1× at phone sizes).
    this.cursor.setScale(Math.max(2, Math.round(font / 10)));
    this.texts.forEach((t, i) => {
      const col = i % cols;
      const row = Math.floor(i / cols);
      const x = rect.x + inset + col * cellW;
      const y = rect.y + inset + row * cellH;
      t.setFontSize(font).setPosition(Math.round(x + cursorW), Math.round(y + (cellH - t.height) / 2));
      this.zones[i]!.setPosition(x, y).setSize(cellW, cellH);
      const input = this.zones[i]!.input;
      if (input) (input.hitArea as Phaser.Geom.Rectangle).setSize(cellW, cellH);
    });
    if (this.heading) {
      this.heading.setFontSize(Math.max(12, Math.round(font * 0.8)));
      this.heading.setPosition(Math.round(rect.x + inset * 2), Math.round(rect.y - this.heading.height / 2 + z * 2));
    }
    this.noteText.setFontSize(Math.max(12, Math.round(font * 0.8)));
    this.noteText.setPosition(Math.round(rect.x + rect.w - inset * 2), Math.round(rect.y + z * 2));
    this.placeCursor();
  }

  setVisible(visible: boolean): void {
    this.frame.setVisible(visible);
    this.heading?.setVisible(visible);
    this.noteText.setVisible(visible && this.noteText.text !== '');
    this.cursor.setVisible(visible);
    for (const t of this.texts) t.setVisible(visible);
    for (const z of this.zones) {
      z.setVisible(visible);
      if (z.input) z.input.enabled = visible;
    }
  }

  describe(): MenuInfo {
    return {
      id: this.id,
      cursor: this.index,
      items: this.items.map((item, i) => {
        const z = this.zones[i]!;
        return { label: item.label, enabled: item.enabled !== false, x: z.x, y: z.y, w: z.width, h: z.height };
      }),
      note: this.noteText.text || null,
    };
  }

  destroy(): void {
    this.abort();
    this.blink.remove();
    this.frame.destroy();
    this.heading?.destroy();
    this.noteText.destroy();
    this.cursor.destroy();
    for (const t of this.texts) t.destroy();
    for (const z of this.zones) z.destroy();
  }

  private onKey(key: Key): void {
    const cols = this.opts.columns ?? 1;
    const n = this.items.length;
    switch (key) {
      case 'confirm':
        return this.pick();
      case 'cancel':
        if (this.opts.cancelable) {
          this.onSound?.('cancel');
          this.finish(null);
        }
        return;
      case 'up':
        return this.move(-cols, n);
      case 'down':
        return this.move(cols, n);
      case 'left':
        return cols > 1 ? this.move(-1, n) : undefined;
      case 'right':
        return cols > 1 ? this.move(1, n) : undefined;
    }
  }

  private move(delta: number, n: number): void {
    this.select((this.index + delta + n) % n);
  }

  private select(i: number): void {
    if (i === this.index) return;
    this.index = i;
    this.noteText.setText('').setVisible(false);
    this.onSound?.('move');
    this.placeCursor();
    this.onMove?.(this.items[i]!);
  }

  private pick(): void {
    const item = this.items[this.index];
    if (!item) return;
    if (item.enabled === false) {
      // A greyed choice answers instead of doing nothing, and the menu stays open.
      if (item.why) this.noteText.setText(item.why).setVisible(true);
      this.onSound?.('cancel');
      return;
    }
    this.onSound?.('confirm');
    this.finish(item.value);
  }

  private finish(value: T | null): void {
    const resolve = this.resolve;
    this.resolve = null;
    this.release?.();
    this.release = null;
    const at = open.indexOf(this as Menu<unknown>);
    if (at >= 0) open.splice(at, 1);
    if (resolve) {
      this.setVisible(false);
      resolve(value);
    }
  }

  private placeCursor(): void {
    const t = this.texts[this.index];
    if (!t) return;
    this.cursor.setPosition(Math.round(t.x - this.cursor.displayWidth - this.opts.font * 0.25), Math.round(t.y + t.height / 2));
  }
}
