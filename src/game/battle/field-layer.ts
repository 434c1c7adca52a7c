// The battle field (backdrop, monster sprites, their HP bars) drawn at the pixel art's own scale
// into one small render texture, which is shown scaled up by a whole number with nearest-pixel
// sampling (the game runs with pixelArt: true). Windows and text stay on the scene's display list
// at full resolution. Why: under a software rasteriser (SwiftShader) the field's fill and its
// per-object draw calls were most of the frame; here the field costs one screen-sized quad, plus
// one redraw of the small texture on frames where something on it moved. The sprites are drawn
// sorted by texture and every HP bar goes into one Graphics, so a 200-monster field is a handful
// of draw calls instead of one or two per monster (the game sets maxTextures: 1, so each texture
// change starts a new batch). When only some monsters changed (a hit's shake, an HP bar), only
// the areas they can paint are redrawn, under a scissor (field-dirty.ts).
import * as Phaser from 'phaser';
import type { Rect } from '../ui/layout.ts';
import { clampToTexture, DirtyRegion, intersects } from './field-dirty.ts';

/** What the layer needs from each monster on it (EnemySprite implements it). */
export interface FieldMember {
  readonly sprite: Phaser.GameObjects.Image;
  /** Draws this monster's HP bar into the shared Graphics, in field pixels. */
  drawBar(g: Phaser.GameObjects.Graphics): void;
  /** Every field pixel this monster can paint (its bar, its sprite wherever its tweens take it). */
  area(): Rect;
}

export class FieldLayer {
  private readonly rt: Phaser.GameObjects.RenderTexture;
  readonly backdrop: Phaser.GameObjects.Image;
  private readonly bars: Phaser.GameObjects.Graphics;
  private members: FieldMember[] = [];
  /** The members sorted by their sprite's texture (one batch each). */
  private sorted: FieldMember[] = [];
  private readonly dirty = new DirtyRegion();
  private rect: Rect = { x: 0, y: 0, w: 1, h: 1 };
  /** CSS px per field pixel. */
  scale = 1;
  /** How many times the small texture was redrawn (for the test API: a count, not a time). */
  redraws = 0;
  /** How many of those redrew only some areas of it. */
  partialRedraws = 0;

  constructor(scene: Phaser.Scene, backdrop: string) {
    this.rt = scene.add.renderTexture(0, 0, 2, 2).setOrigin(0, 0);
    // Constructed, not added: only the render texture is on the display list.
    this.backdrop = new Phaser.GameObjects.Image(scene, 0, 0, backdrop).setOrigin(0, 0);
    this.bars = new Phaser.GameObjects.Graphics(scene);
    const redraw = () => this.redraw();
    scene.events.on(Phaser.Scenes.Events.POST_UPDATE, redraw);
    scene.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      scene.events.off(Phaser.Scenes.Events.POST_UPDATE, redraw);
      this.destroy();
    });
  }

  /** Covers `field` (CSS px) at `scale` CSS px per field pixel. */
  layout(field: Rect, scale: number): void {
    this.rect = field;
    this.scale = Math.max(1, Math.floor(scale));
    const w = Math.max(1, Math.ceil(field.w / this.scale));
    const h = Math.max(1, Math.ceil(field.h / this.scale));
    this.rt.resize(w, h, false);
    this.rt.setPosition(field.x, field.y).setScale(this.scale);
    this.placeBackdrop(w, h);
    this.touch();
  }

  /** The size of the field in field pixels. */
  get size(): { w: number; h: number } {
    return { w: Math.ceil(this.rect.w / this.scale), h: Math.ceil(this.rect.h / this.scale) };
  }

  setMembers(members: readonly FieldMember[]): void {
    this.members = [...members];
    // Sorted by texture so each texture is one batch; a stable sort keeps left-to-right order within one.
    const key = (m: FieldMember) => m.sprite.texture.key;
    this.sorted = [...this.members].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
    this.touch();
  }

  /** Something on the field changed: redraw before the next frame, all of it or only what `member` can paint. */
  touch(member?: FieldMember): void {
    if (member) this.dirty.mark(member.area());
    else this.dirty.markAll();
  }

  /** A field point (field pixels) in CSS px. */
  toScreen(x: number, y: number): { x: number; y: number } {
    return { x: this.rect.x + x * this.scale, y: this.rect.y + y * this.scale };
  }

  /** A field rectangle (field pixels) in CSS px. */
  rectToScreen(r: Rect): Rect {
    const p = this.toScreen(r.x, r.y);
    return { x: p.x, y: p.y, w: r.w * this.scale, h: r.h * this.scale };
  }

  /** Off the display list, so the scene's shutdown would not destroy them: this does (destroy twice is a no-op). */
  destroy(): void {
    for (const m of this.members) m.sprite.destroy();
    this.members = [];
    this.sorted = [];
    this.rt.destroy();
    this.backdrop.destroy();
    this.bars.destroy();
  }

  private redraw(): void {
    if (this.dirty.clean) return;
    const damage = this.dirty.take();
    const { w, h } = this.size;
    const areas = damage.all ? null : damage.areas.flatMap((a) => clampToTexture(a, w, h) ?? []);
    if (areas && areas.length === 0) return;
    this.redraws++;
    // The render gate (app/render-gate.ts) sees the texture changed through its state.
    this.rt.setState(this.redraws);
    const shown = (m: FieldMember) => m.sprite.visible && m.sprite.alpha > 0;
    this.bars.clear();
    if (!areas) {
      for (const m of this.members) m.drawBar(this.bars);
      this.rt.clear().draw([this.backdrop, ...this.sorted.filter(shown).map((m) => m.sprite), this.bars]).render();
      return;
    }
    this.partialRedraws++;
    const touched = (m: FieldMember) => areas.some((a) => intersects(a, m.area()));
    for (const m of this.members) if (touched(m)) m.drawBar(this.bars);
    for (const a of areas) {
      const inside = this.sorted.filter((m) => shown(m) && intersects(a, m.area())).map((m) => m.sprite);
      // Each area under its own scissor: the backdrop, sprites and bars outside it stay as they are.
      this.rt.callback(() => this.scissor(a)).clear(a.x, a.y, a.w, a.h).draw([this.backdrop, ...inside, this.bars]);
    }
    this.rt.render();
  }

  /** Limits the next draws into the texture to `a` (the handler resets the box at its next run). */
  private scissor(a: Rect): void {
    const renderer = this.rt.scene.renderer;
    if (!(renderer instanceof Phaser.Renderer.WebGL.WebGLRenderer)) return;
    // Draws already batched belong to the previous area.
    renderer.renderNodes.finishBatch();
    const texture = this.rt.texture;
    if (texture instanceof Phaser.Textures.DynamicTexture) texture.drawingContext.setScissorBox(a.x, a.y, a.w, a.h);
  }

  private placeBackdrop(w: number, h: number): void {
    // Cover the field, cropped to it, at a whole-number zoom so the pixels stay square.
    const frame = this.backdrop.frame;
    const s = Math.max(1, Math.ceil(Math.max(w / frame.width, h / frame.height)));
    const vw = w / s;
    const vh = h / s;
    const cx = Math.max(0, Math.floor((frame.width - vw) / 2));
    const cy = Math.max(0, Math.floor((frame.height - vh) / 2));
    this.backdrop.setScale(s).setCrop(cx, cy, Math.ceil(vw), Math.ceil(vh)).setPosition(-cx * s, -cy * s);
  }
}
