// One monster on the field: its sprite, name and HP bar. Hit, heal and death effects are tweens
// that return promises, so the battle loop can await them.
import * as Phaser from 'phaser';
import { COLORS, textStyle } from './theme.ts';

export interface Motion {
  readonly reduced: boolean;
  speed(): number;
}

function tween(scene: Phaser.Scene, config: Phaser.Types.Tweens.TweenBuilderConfig): Promise<void> {
  return new Promise((resolve) => {
    scene.tweens.add({ ...config, onComplete: () => resolve() });
  });
}

export class EnemySprite {
  readonly sprite: Phaser.GameObjects.Image;
  private readonly bar: Phaser.GameObjects.Graphics;
  private readonly label: Phaser.GameObjects.Text;
  private hp: number;
  private home = { x: 0, y: 0 };
  private barW = 40;
  dead = false;

  constructor(
    private readonly scene: Phaser.Scene,
    readonly id: string,
    texture: string,
    name: string,
    hp: number,
    private readonly maxHp: number,
    private readonly motion: Motion,
  ) {
    this.hp = hp;
    this.sprite = scene.add.image(0, 0, texture).setOrigin(0.5, 1);
    this.bar = scene.add.graphics();
    this.label = scene.add.text(0, 0, name, { ...textStyle(12), stroke: '#000000', strokeThickness: 3 }).setOrigin(0.5, 0);
  }

  /** Feet at (x, y). `compact` (a crowded field, e.g. ?stress): no name label, a bar as wide as the sprite. */
  place(x: number, y: number, zoom: number, font: number, compact = false): void {
    this.home = { x: Math.round(x), y: Math.round(y) };
    this.sprite.setScale(zoom).setPosition(this.home.x, this.home.y);
    this.barW = compact ? Math.max(8, Math.round(this.sprite.displayWidth * 0.8)) : Math.max(40, Math.round(this.sprite.displayWidth * 0.8));
    this.label.setVisible(!compact);
    this.label.setFontSize(Math.max(12, Math.round(font * 0.75))).setPosition(this.home.x, this.home.y + 6);
    this.drawBar();
  }

  get labelRect(): { x: number; y: number; w: number; h: number } {
    return { x: this.label.x - this.label.width / 2, y: this.label.y, w: this.label.width, h: this.label.height };
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
    this.drawBar();
  }

  /** Instantly shows a state rebuilt from a snapshot (after a step back). */
  reset(hp: number, alive: boolean): void {
    this.scene.tweens.killTweensOf(this.sprite);
    this.dead = !alive;
    this.sprite.setAlpha(alive ? 1 : 0).setPosition(this.home.x, this.home.y).clearTint();
    this.label.setAlpha(alive ? 1 : 0);
    this.bar.setAlpha(alive ? 1 : 0);
    this.setHp(hp);
  }

  async hit(hp: number): Promise<void> {
    this.setHp(hp);
    const ms = 60 / this.motion.speed();
    if (this.motion.reduced) {
      // No flashing: a short, gentle dim instead.
      await tween(this.scene, { targets: this.sprite, alpha: 0.6, duration: ms * 2, yoyo: true });
      return;
    }
    this.sprite.setTint(0xffffff).setTintMode(Phaser.TintModes.FILL);
    await tween(this.scene, { targets: this.sprite, x: this.home.x + 6, duration: ms, yoyo: true, repeat: 2 });
    this.sprite.clearTint().setTintMode(Phaser.TintModes.MULTIPLY);
    this.sprite.x = this.home.x;
  }

  async act(): Promise<void> {
    if (this.motion.reduced) return;
    const ms = 90 / this.motion.speed();
    await tween(this.scene, { targets: this.sprite, y: this.home.y - 10, duration: ms, yoyo: true });
    this.sprite.y = this.home.y;
  }

  async die(): Promise<void> {
    this.dead = true;
    const ms = 450 / this.motion.speed();
    await tween(this.scene, { targets: [this.sprite, this.label, this.bar], alpha: 0, duration: ms });
  }

  destroy(): void {
    this.sprite.destroy();
    this.bar.destroy();
    this.label.destroy();
  }

  private drawBar(): void {
    const w = this.barW;
    const h = 6;
    const x = Math.round(this.home.x - w / 2);
    const y = Math.round(this.home.y - this.sprite.displayHeight - h - 6);
    const ratio = this.maxHp > 0 ? Math.max(0, Math.min(1, this.hp / this.maxHp)) : 0;
    const fill = ratio < 0.25 ? 0xff5a5a : ratio < 0.5 ? 0xffb347 : 0x5ee06a;
    this.bar.clear();
    this.bar.fillStyle(0x000000, 0.85).fillRect(x - 1, y - 1, w + 2, h + 2);
    this.bar.fillStyle(0x3a3a4a, 1).fillRect(x, y, w, h);
    this.bar.fillStyle(fill, 1).fillRect(x, y, Math.round(w * ratio), h);
  }
}

/** A number that jumps up and fades out over a sprite or the status box. */
export function popNumber(scene: Phaser.Scene, x: number, y: number, text: string, color: string, font: number, motion: Motion): Promise<void> {
  const t = scene.add.text(Math.round(x), Math.round(y), text, { ...textStyle(Math.round(font * 1.2), color), stroke: '#000000', strokeThickness: 4 }).setOrigin(0.5, 1);
  const ms = 520 / motion.speed();
  return tween(scene, { targets: t, y: y - (motion.reduced ? 0 : font * 1.5), alpha: { from: 1, to: 0 }, duration: ms, ease: 'Cubic.easeOut' }).then(() => {
    t.destroy();
  });
}
