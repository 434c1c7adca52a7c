// The message window: lines type out one character at a time, then wait for a confirm (key,
// click or tap) or advance by themselves. Every wait is a promise the battle loop awaits.
import type * as Phaser from 'phaser';
import type { Rect } from './layout.ts';
import type { TextSpeed } from '../storage/settings.ts';
import type { Controls } from './controls.ts';
import { addFrame, placeFrame } from './frame.ts';
import { frameZoom, textStyle } from './theme.ts';

/** Milliseconds per character at speed 1. */
const CHAR_MS: Record<TextSpeed, number> = { slow: 60, normal: 30, fast: 12, instant: 0 };

export interface Timing {
  readonly textSpeed: TextSpeed;
  /** The session's 0.25..4 multiplier. */
  speed(): number;
  /**
   * True while the player holds fast-forward: lines appear whole and hold for one frame. (A confirm
   * per frame cannot do this: a character's timer, shorter than a frame, fires first each frame.)
   */
  rushing?(): boolean;
}

export class MessageBox {
  private readonly frame: Phaser.GameObjects.NineSlice;
  private readonly text: Phaser.GameObjects.Text;
  private lines: string[] = [];
  private maxLines = 3;
  /** Set while a line is typing or holding; a confirm calls it. */
  private advance: (() => void) | null = null;
  /** Bumped by snap(): a line typed before it stops drawing, and the lines of that play are skipped. */
  private epoch = 0;
  private skipping = false;

  constructor(
    private readonly scene: Phaser.Scene,
    controls: Controls,
    rect: Rect,
    font: number,
    private readonly timing: Timing,
  ) {
    this.frame = addFrame(scene, rect, font);
    this.text = scene.add.text(0, 0, '', textStyle(font));
    // Lowest priority: a key only reaches the message box when no menu is open.
    controls.push((key) => {
      if (key === 'confirm') this.advance?.();
    });
    this.layout(rect, font);
  }

  /** A click or tap anywhere (not on a menu) advances too. */
  poke(): void {
    this.advance?.();
  }

  get waiting(): boolean {
    return this.advance !== null;
  }

  layout(rect: Rect, font: number): void {
    placeFrame(this.frame, rect, font);
    const inset = 8 * frameZoom(font) + Math.round(font * 0.3);
    this.text.setFontSize(font).setPosition(Math.round(rect.x + inset), Math.round(rect.y + inset));
    this.text.setWordWrapWidth(rect.w - inset * 2, true);
    this.text.setLineSpacing(Math.round(font * 0.35));
    this.maxLines = Math.max(1, Math.floor((rect.h - inset * 2) / (font * 1.35)));
    this.render(this.lines);
  }

  setVisible(visible: boolean): void {
    this.frame.setVisible(visible);
    this.text.setVisible(visible);
  }

  clear(): void {
    this.lines = [];
    this.render(this.lines);
  }

  /** Shows a line at once, with no wait (the "what will the hero do?" prompt). */
  show(line: string): void {
    this.lines = [...this.lines, line].slice(-this.maxLines);
    this.render(this.lines);
  }

  /** The lines on show now (whole lines: a line still typing counts once it is complete). */
  get shownLines(): readonly string[] {
    return this.lines;
  }

  /**
   * Shows `lines` whole, at once, and drops what was typing: the debugger stepped, so the window
   * jumps to the core's state. A say() in flight returns at once without drawing, and so do the
   * rest of the lines its event was about to type (they are already in `lines`), until the
   * current task's promise chain has run out.
   */
  snap(lines: readonly string[]): void {
    this.epoch++;
    this.lines = lines.slice(-this.maxLines);
    this.render(this.lines);
    this.advance?.();
    this.skipping = true;
    setTimeout(() => (this.skipping = false), 0);
  }

  /** Types `line`, then holds it until a confirm or `holdMs` (scaled by speed) passes. */
  async say(line: string, holdMs = 650): Promise<void> {
    if (this.skipping) return;
    const epoch = this.epoch;
    const before = [...this.lines, ''].slice(-this.maxLines);
    const rushing = () => this.timing.rushing?.() ?? false;
    const perChar = rushing() ? 0 : CHAR_MS[this.timing.textSpeed] / this.timing.speed();
    if (perChar > 0) {
      let skipped = false;
      for (let i = 1; i <= line.length && !skipped && !rushing(); i++) {
        this.render([...before.slice(0, -1), line.slice(0, i)]);
        skipped = await this.wait(perChar);
        if (epoch !== this.epoch) return;
      }
    }
    this.lines = [...before.slice(0, -1), line];
    this.render(this.lines);
    await this.wait(rushing() ? 0 : holdMs / this.timing.speed());
  }

  /** Resolves after `ms`, or early (with true) on a confirm. */
  private wait(ms: number): Promise<boolean> {
    return new Promise((resolve) => {
      const timer = this.scene.time.delayedCall(ms, () => {
        this.advance = null;
        resolve(false);
      });
      this.advance = () => {
        this.advance = null;
        timer.remove(false);
        resolve(true);
      };
    });
  }

  private render(lines: readonly string[]): void {
    if (this.text.active) this.text.setText(lines.join('\n'));
  }
}
