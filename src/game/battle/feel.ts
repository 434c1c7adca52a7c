// Being hit is felt: damage numbers that read on any backdrop (bright fill, thick black outline),
// and a short screen shake when the hero is hit, off under reduced motion. What ran is counted
// and kept (the test API reads it), so tests check the effect without looking at pixels.
import type * as Phaser from 'phaser';
import type { Rect } from '../ui/layout.ts';
import { COLORS, textStyle } from '../ui/theme.ts';
import { tween, type Motion } from '../ui/enemy-sprite.ts';

export type PopKind = 'damage' | 'critical' | 'heal' | 'miss';

/** One damage (or heal) number as it was shown, in CSS px. */
export interface PoppedNumber {
  readonly target: string;
  readonly side: 'hero' | 'enemy';
  readonly text: string;
  readonly kind: PopKind;
  readonly color: string;
  readonly stroke: string;
  readonly strokeThickness: number;
  readonly font: number;
  /** Where it started (it then rises and fades). */
  readonly rect: Rect;
}

const KEEP = 30;

/** Hero damage is red on the field below the status box; a monster's is white (yellow if critical) above its HP bar. */
export function popColor(kind: PopKind, side: 'hero' | 'enemy'): string {
  if (kind === 'heal') return COLORS.heal;
  if (kind === 'critical') return COLORS.accent;
  if (kind === 'miss') return '#d8d8e8';
  return side === 'hero' ? '#ff6b6b' : COLORS.text;
}

export class Feel {
  /** Screen shakes that ran. */
  shakes = 0;
  /** The newest numbers shown, oldest first. */
  readonly numbers: PoppedNumber[] = [];

  constructor(private readonly scene: Phaser.Scene, private readonly motion: Motion) {}

  /** A short shake of the whole screen, unless the player asked for reduced motion. */
  shake(): void {
    if (this.motion.reduced) return;
    this.shakes++;
    this.scene.cameras.main.shake(180 / this.motion.speed(), 0.008);
  }

  /** A number that jumps up (stays put under reduced motion) and fades, its bottom centre at (x, y). */
  pop(target: string, side: 'hero' | 'enemy', x: number, y: number, text: string, kind: PopKind, font: number): Promise<void> {
    const size = Math.round(font * (kind === 'critical' ? 1.5 : 1.3));
    const strokeThickness = Math.max(4, Math.round(size * 0.3));
    const color = popColor(kind, side);
    const t = this.scene.add.text(Math.round(x), Math.round(y), text, { ...textStyle(size, color), stroke: '#000000', strokeThickness }).setOrigin(0.5, 1);
    this.numbers.push({ target, side, text, kind, color, stroke: '#000000', strokeThickness, font: size, rect: { x: t.x - t.width / 2, y: t.y - t.height, w: t.width, h: t.height } });
    if (this.numbers.length > KEEP) this.numbers.shift();
    const ms = 520 / this.motion.speed();
    if (!this.motion.reduced) this.scene.tweens.add({ targets: t, y: y - font * 0.8, duration: ms, ease: 'Cubic.easeOut' });
    // Fully readable for the first half, then fading.
    return tween(this.scene, { targets: t, alpha: { from: 1, to: 0 }, delay: ms * 0.45, duration: ms * 0.55 }).then(() => {
      t.destroy();
    });
  }
}
