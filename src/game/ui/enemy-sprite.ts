// One monster on the field: its sprite and HP bar (drawn by the FieldLayer at the art's own scale)
// and its name (full-resolution text on the scene). Hit, heal and death effects are tweens that
// return promises, so the battle loop can await them.
import * as Phaser from 'phaser';
import type { EffectsView } from '../../core/events.ts';
import type { FieldLayer, FieldMember } from '../battle/field-layer.ts';
import { GLYPHS, markCell, markCells, markKinds, placeMarks, type MarkKind, type PlacedMark } from '../battle/effect-marks.ts';
import { union } from '../battle/field-dirty.ts';
import type { Rect } from './layout.ts';
import { COLORS, textStyle } from './theme.ts';

export interface Motion {
  readonly reduced: boolean;
  speed(): number;
}

/** A tween as a promise; `changed` (if given) runs on every step of it and at its end (e.g. to redraw the field). */
export function tween(scene: Phaser.Scene, config: Phaser.Types.Tweens.TweenBuilderConfig, changed?: () => void): Promise<void> {
  return new Promise((resolve) => {
    scene.tweens.add({
      ...config,
      ...(changed ? { onUpdate: changed } : {}),
      onComplete: () => {
        changed?.();
        resolve();
      },
    });
  });
}

/** The bar's fill colour: green, amber under half, red under a quarter (as the status box). */
export function barColor(ratio: number): number {
  return ratio < 0.25 ? 0xff5a5a : ratio < 0.5 ? 0xffb347 : 0x5ee06a;
}

export class EnemySprite implements FieldMember {
  readonly sprite: Phaser.GameObjects.Image;
  private readonly label: Phaser.GameObjects.Text;
  private hp: number;
  /** Feet, in field pixels. */
  private home = { x: 0, y: 0 };
  private barW = 8;
  dead = false;
  /** Its status effects' marks by the HP bar (effect-marks.ts). */
  private marks: MarkKind[] = [];
  /** Redraws only what this monster can paint (the field's dirty region). */
  private readonly changed = () => this.field.touch(this);

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly field: FieldLayer,
    readonly id: string,
    texture: string,
    name: string,
    hp: number,
    private readonly maxHp: number,
    private readonly motion: Motion,
  ) {
    this.hp = hp;
    // Not on the display list: the FieldLayer draws it into the field texture.
    this.sprite = new Phaser.GameObjects.Image(scene, 0, 0, texture).setOrigin(0.5, 1);
    this.label = scene.add.text(0, 0, name, { ...textStyle(12), stroke: '#000000', strokeThickness: 3 }).setOrigin(0.5, 0);
  }

  /**
   * Feet at (x, y) in field pixels. `compact` (a crowded field, e.g. ?stress): no name label, a bar as
   * wide as the sprite. `gap`: field pixels to the nearest monster in the row; the label shrinks to fit it.
   */
  place(x: number, y: number, font: number, compact = false, gap = Infinity): void {
    this.home = { x: Math.round(x), y: Math.round(y) };
    this.sprite.setPosition(this.home.x, this.home.y);
    const k = this.field.scale;
    this.barW = compact ? Math.max(4, Math.round(this.sprite.width * 0.8)) : Math.max(Math.ceil(40 / k), Math.round(this.sprite.width * 0.8));
    this.label.setVisible(!compact);
    const feet = this.field.toScreen(this.home.x, this.home.y);
    let size = Math.max(12, Math.round(font * 0.75));
    this.label.setFontSize(size).setPosition(Math.round(feet.x), Math.round(feet.y + 6));
    const room = gap * k - 4; // CSS px, with a little air between two names
    while (this.label.width > room && size > 9) this.label.setFontSize(--size);
    this.field.touch();
  }

  get labelRect(): Rect {
    return { x: this.label.x - this.label.width / 2, y: this.label.y, w: this.label.width, h: this.label.height };
  }

  /** The sprite at rest, in CSS px. */
  get spriteRect(): Rect {
    const w = this.sprite.width;
    const h = this.sprite.height;
    return this.field.rectToScreen({ x: this.home.x - w / 2, y: this.home.y - h, w, h });
  }

  /** The HP bar with its outline, in CSS px. */
  get barRect(): Rect {
    const b = this.barBox();
    return this.field.rectToScreen({ x: b.x - 1, y: b.y - 1, w: b.w + 2, h: b.h + 2 });
  }

  get current(): { hp: number; maxHp: number; alive: boolean } {
    return { hp: this.hp, maxHp: this.maxHp, alive: !this.dead };
  }

  setHighlight(on: boolean): void {
    this.label.setColor(on ? COLORS.accent : COLORS.text);
  }

  /** The HP its bar shows. */
  get shownHp(): number {
    return this.hp;
  }

  setHp(hp: number): void {
    this.hp = Math.max(0, hp);
    this.changed();
  }

  /** Shows these effects' marks; a change redraws the area before it and after it (a mark gone leaves no trace). */
  setEffects(effects: EffectsView | undefined): void {
    const kinds = this.dead ? [] : markKinds(effects);
    if (kinds.join() === this.marks.join()) return;
    this.changed();
    this.marks = kinds;
    this.changed();
  }

  /** The marks shown, each glyph with its outline in CSS px. */
  get markRects(): { kind: MarkKind; rect: Rect }[] {
    return this.placedMarks().map((m) => ({ kind: m.kind, rect: this.field.rectToScreen(m.rect) }));
  }

  /** Instantly shows a state rebuilt from a snapshot (after a step back). */
  reset(hp: number, alive: boolean): void {
    this.scene.tweens.killTweensOf(this.sprite);
    this.dead = !alive;
    this.sprite.setAlpha(alive ? 1 : 0).setPosition(this.home.x, this.home.y).clearTint();
    this.label.setAlpha(alive ? 1 : 0);
    this.setHp(hp);
  }

  /** Field pixels: the bar with its outline, and the sprite from its lifted top (act) to its shaken right edge (hit). */
  area(): Rect {
    const b = this.barBox();
    const w = this.sprite.width;
    const top = this.home.y - this.sprite.height - this.lift();
    const left = Math.min(b.x - 1, this.home.x - w / 2);
    const right = Math.max(b.x + b.w + 1, this.home.x + w / 2 + this.shake());
    const y = Math.min(b.y - 1, top);
    const own = { x: Math.floor(left), y: Math.floor(y), w: Math.ceil(right - Math.floor(left)), h: Math.ceil(this.home.y - Math.floor(y)) };
    return this.placedMarks().reduce((a, m) => union(a, m.rect), own);
  }

  private placedMarks(): PlacedMark[] {
    return placeMarks(this.marks, this.barBox(), markCell(this.field.scale), this.field.size.w);
  }

  private shake(): number {
    return Math.max(1, Math.round(6 / this.field.scale));
  }

  private lift(): number {
    return Math.max(1, Math.round(10 / this.field.scale));
  }

  async hit(hp: number): Promise<void> {
    this.setHp(hp);
    const ms = 60 / this.motion.speed();
    if (this.motion.reduced) {
      // No flashing: a short, gentle dim instead.
      await tween(this.scene, { targets: this.sprite, alpha: 0.6, duration: ms * 2, yoyo: true }, this.changed);
      return;
    }
    this.sprite.setTint(0xffffff).setTintMode(Phaser.TintModes.FILL);
    await tween(this.scene, { targets: this.sprite, x: this.home.x + this.shake(), duration: ms, yoyo: true, repeat: 2 }, this.changed);
    this.sprite.clearTint().setTintMode(Phaser.TintModes.MULTIPLY);
    this.sprite.x = this.home.x;
    // After the tween's last step (a promise resumes after the frame's redraw): redraw this one again.
    this.changed();
  }

  async act(): Promise<void> {
    if (this.motion.reduced) return;
    const ms = 90 / this.motion.speed();
    await tween(this.scene, { targets: this.sprite, y: this.home.y - this.lift(), duration: ms, yoyo: true }, this.changed);
    this.sprite.y = this.home.y;
    this.changed();
  }

  async die(): Promise<void> {
    this.dead = true;
    const ms = 450 / this.motion.speed();
    await tween(this.scene, { targets: [this.sprite, this.label], alpha: 0, duration: ms }, this.changed);
  }

  destroy(): void {
    this.sprite.destroy();
    this.label.destroy();
  }

  /** Into the FieldLayer's shared Graphics, in field pixels; it fades with the sprite as the monster dies. */
  drawBar(g: Phaser.GameObjects.Graphics): void {
    const alpha = this.dead ? this.sprite.alpha : 1;
    if (alpha <= 0) return;
    const { x, y, w, h } = this.barBox();
    const ratio = this.maxHp > 0 ? Math.max(0, Math.min(1, this.hp / this.maxHp)) : 0;
    g.fillStyle(0x000000, 0.85 * alpha).fillRect(x - 1, y - 1, w + 2, h + 2);
    g.fillStyle(0x3a3a4a, alpha).fillRect(x, y, w, h);
    g.fillStyle(barColor(ratio), alpha).fillRect(x, y, Math.round(w * ratio), h);
    const cell = markCell(this.field.scale);
    for (const m of this.placedMarks()) {
      g.fillStyle(0x000000, 0.85 * alpha).fillRect(m.rect.x, m.rect.y, m.rect.w, m.rect.h);
      g.fillStyle(GLYPHS[m.kind].color, alpha);
      for (const c of markCells(m, cell)) g.fillRect(c.x, c.y, c.w, c.h);
    }
  }

  private barBox(): Rect {
    const k = this.field.scale;
    const w = this.barW;
    const h = Math.max(1, Math.round(6 / k));
    return { x: Math.round(this.home.x - w / 2), y: this.home.y - this.sprite.height - h - Math.max(1, Math.round(6 / k)), w, h };
  }
}
