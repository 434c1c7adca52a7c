// The hero's status window: name, HP, MP. It turns amber under half HP and red under a quarter,
// as Dragon Quest does, so danger is visible without reading numbers. An HP bar on the name line
// shows at a glance how much a hit took.
import type * as Phaser from 'phaser';
import { barColor } from './enemy-sprite.ts';
import type { Rect } from './layout.ts';
import { addFrame, placeFrame } from './frame.ts';
import { COLORS, frameZoom, textStyle } from './theme.ts';
import { hpMark, hpState } from '../a11y/hp-state.ts';

/** One set of thresholds (a11y/hp-state.ts) for the colour, the mark and the spoken state. */
export function hpColor(hp: number, maxHp: number): string {
  const state = hpState(hp, maxHp);
  return state === 'critical' ? COLORS.danger : state === 'low' ? COLORS.warn : COLORS.text;
}

export class StatusBox {
  private readonly frame: Phaser.GameObjects.NineSlice;
  readonly name: Phaser.GameObjects.Text;
  private readonly hpText: Phaser.GameObjects.Text;
  private readonly mpText: Phaser.GameObjects.Text;
  private readonly bar: Phaser.GameObjects.Graphics;
  /** The HP bar's track, in CSS px. */
  barRect: Rect = { x: 0, y: 0, w: 0, h: 0 };
  /** Effects (ねむり, どく, ぼうぎょ) in the top border, as DQ puts a window's name there. */
  private readonly effectsText: Phaser.GameObjects.Text;
  private hp = 0;
  private mp = 0;
  private active = false;
  private style: 'box' | 'row' = 'box';
  rect: Rect;

  /** `maxMp` 0 (the classic hpCounter has no MP) hides the MP column rather than showing "MP 0". */
  constructor(scene: Phaser.Scene, rect: Rect, font: number, name: string, private readonly maxHp: number, private readonly labels: { hp: string; mp: string }, maxMp = 1) {
    this.rect = rect;
    this.frame = addFrame(scene, rect, font);
    this.name = scene.add.text(0, 0, name, textStyle(font));
    this.hpText = scene.add.text(0, 0, '', textStyle(font));
    this.mpText = scene.add.text(0, 0, '', textStyle(font)).setVisible(maxMp > 0);
    this.bar = scene.add.graphics();
    this.effectsText = scene.add.text(0, 0, '', { ...textStyle(Math.max(12, Math.round(font * 0.7)), COLORS.info), backgroundColor: '#000000' }).setOrigin(1, 0.5);
    this.layout(rect, font);
  }

  /** 'row' (a phone with a party): name, HP and MP on one line, the bar a strip under the name. */
  layout(rect: Rect, font: number, style: 'box' | 'row' = 'box'): void {
    this.rect = rect;
    this.style = style;
    placeFrame(this.frame, rect, font);
    const inset = 8 * frameZoom(font) + Math.round(font * 0.2);
    const line = Math.round(font * 1.5);
    const x = Math.round(rect.x + inset);
    const y = Math.round(rect.y + inset);
    this.name.setFontSize(font).setPosition(x, y);
    this.effectsText.setFontSize(Math.max(12, Math.round(font * 0.7))).setPosition(Math.round(rect.x + rect.w - inset), Math.round(rect.y + 2 * frameZoom(font)));
    const h = Math.max(6, Math.round(font * 0.45));
    if (style === 'row') {
      this.hpText.setFontSize(font).setPosition(Math.round(x + font * 6.5), y);
      this.mpText.setFontSize(font).setPosition(Math.round(x + font * 11.5), y);
      const strip = Math.max(3, Math.round(h / 2));
      this.barRect = { x, y: Math.round(y + font * 1.15), w: Math.round(font * 6), h: strip };
    } else {
      this.hpText.setFontSize(font).setPosition(x, Math.round(y + line));
      const right = Math.round(rect.x + rect.w / 2 + font * 0.5);
      this.mpText.setFontSize(font).setPosition(right, Math.round(y + line));
      // On the name line, under the MP column's left edge to the window's inner right edge; a long
      // name (まほうつかい in a narrow window) pushes it right, and if then too short it becomes a
      // strip under the name instead of covering it.
      const end = Math.round(rect.x + rect.w - inset);
      const start = Math.max(right, Math.round(x + this.name.width + font * 0.4));
      this.barRect = end - start >= font * 2
        ? { x: start, y: Math.round(y + (font * 1.2 - h) / 2), w: end - start, h }
        : { x, y: Math.round(y + font * 1.2), w: Math.max(20, end - x), h: Math.max(3, Math.round(h / 2)) };
    }
    this.drawBar();
  }

  get layoutStyle(): 'box' | 'row' {
    return this.style;
  }

  /** Whose turn it is: that member's name is drawn in the accent colour (its HP colour otherwise). */
  setActive(active: boolean): void {
    if (this.active === active) return;
    this.active = active;
    this.set(this.hp, this.mp);
  }

  /** The effects' words, e.g. ['ねむり', 'どく'] ('' hides the label). */
  setEffects(words: readonly string[]): void {
    const text = words.length > 0 ? ` ${words.join(' ')} ` : '';
    if (this.effectsText.text !== text) this.effectsText.setText(text);
  }

  get isActive(): boolean {
    return this.active;
  }

  get effects(): string {
    return this.effectsText.text.trim();
  }

  destroy(): void {
    for (const o of [this.frame, this.name, this.hpText, this.mpText, this.bar, this.effectsText]) o.destroy();
  }

  /** The filled part of the HP bar, in CSS px. */
  get barFill(): Rect {
    const ratio = this.maxHp > 0 ? Math.max(0, Math.min(1, this.hp / this.maxHp)) : 0;
    return { ...this.barRect, w: Math.round(this.barRect.w * ratio) };
  }

  get max(): number {
    return this.maxHp;
  }

  private drawBar(): void {
    const r = this.barRect;
    const fill = this.barFill;
    this.bar.clear();
    this.bar.fillStyle(0x000000, 1).fillRect(r.x - 2, r.y - 2, r.w + 4, r.h + 4);
    this.bar.fillStyle(0x3a3a4a, 1).fillRect(r.x, r.y, r.w, r.h);
    this.bar.fillStyle(barColor(this.maxHp > 0 ? this.hp / this.maxHp : 0), 1).fillRect(fill.x, fill.y, fill.w, fill.h);
  }

  set(hp: number, mp: number): void {
    this.hp = Math.max(0, hp);
    this.mp = mp;
    const color = hpColor(this.hp, this.maxHp);
    // The state as a mark too (`!` low, `!!` critical), so it never rests on the colour alone.
    this.hpText.setText(`${this.labels.hp} ${String(this.hp).padStart(3, ' ')}${hpMark(hpState(this.hp, this.maxHp))}`);
    this.mpText.setText(`${this.labels.mp} ${String(this.mp).padStart(3, ' ')}`);
    // setColor re-renders the text and uploads its texture even when the colour is the same.
    for (const t of [this.hpText, this.mpText]) if (t.style.color !== color) t.setColor(color);
    const nameColor = this.active && color === COLORS.text ? COLORS.accent : color;
    if (this.name.style.color !== nameColor) this.name.setColor(nameColor);
    this.frame.setTint(color === COLORS.text ? 0xffffff : Number.parseInt(color.slice(1), 16));
    this.drawBar();
  }

  get current(): { hp: number; mp: number } {
    return { hp: this.hp, mp: this.mp };
  }
}
