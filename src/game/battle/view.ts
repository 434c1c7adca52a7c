// The battle as the player sees it. It listens to the session's core events, queues them, and
// plays them (text, tweens) when the driver awaits `settle()`. It never decides anything.
import type * as Phaser from 'phaser';
import type { Battle } from '../../core/battle.ts';
import type { BattleEvent, CombatantInfo } from '../../core/events.ts';
import { castOf } from '../../core/cast.ts';
import { TABLES, messagesFor } from '../../core/messages.ts';
import type { Lang } from '../../core/protocol.ts';
import type { BattleLayout, Rect } from '../ui/layout.ts';
import type { BattleSession } from './session.ts';
import type { Controls } from '../ui/controls.ts';
import { EnemySprite, popNumber, type Motion } from '../ui/enemy-sprite.ts';
import { MessageBox } from '../ui/message-box.ts';
import { StatusBox } from '../ui/status-box.ts';
import { COLORS } from '../ui/theme.ts';
import { UI } from '../ui/i18n.ts';
import type { TextSpeed } from '../storage/settings.ts';
import type { ScreenState } from '../app/shown-state.ts';
import { windowLines } from './shown-lines.ts';

export interface ViewOptions {
  readonly lang: Lang;
  readonly backdrop: string;
  readonly reducedMotion: boolean;
  readonly textSpeed: TextSpeed;
  /** Called as each live event starts to play, so its sound lands with its text and animation. */
  readonly onShow?: (event: BattleEvent) => void;
  /** Called with each line as the window starts to show it (the test API keeps them). */
  readonly onLine?: (line: string) => void;
}

/** More monsters than this (a ?stress battle) are packed in a grid instead of one row. */
const CROWD = 8;
const SPRITE_PX = 24;

/** The largest whole zoom at which `n` sprites (and their HP bars) fit in `field` as a grid. */
export function crowdGrid(n: number, field: Rect, maxZoom: number): { cols: number; cellW: number; cellH: number; zoom: number } {
  for (let zoom = Math.max(1, maxZoom); zoom >= 1; zoom--) {
    const cols = Math.floor(field.w / (SPRITE_PX * zoom + 4));
    const rows = Math.floor(field.h / (SPRITE_PX * zoom + 16));
    if (cols * rows >= n) return { cols, cellW: field.w / cols, cellH: field.h / Math.ceil(n / cols), zoom };
  }
  // Not even at zoom 1: squeeze the cells (sprites overlap their neighbours, never the windows).
  const cols = Math.max(1, Math.ceil(Math.sqrt((n * field.w) / field.h)));
  return { cols, cellW: field.w / cols, cellH: field.h / Math.ceil(n / cols), zoom: 1 };
}

export class BattleView {
  readonly box: MessageBox;
  readonly status: StatusBox;
  private readonly backdrop: Phaser.GameObjects.Image;
  private enemies = new Map<string, EnemySprite>();
  private queue: BattleEvent[] = [];
  private wake: (() => void) | null = null;
  private names: (id: string) => string = (id) => id;
  private sides = new Map<string, 'hero' | 'enemy'>();
  private classic = false;
  private layoutNow: BattleLayout;
  private readonly motion: Motion;
  private readonly unsubscribe: () => void;

  constructor(
    private readonly scene: Phaser.Scene,
    controls: Controls,
    private readonly session: BattleSession,
    layout: BattleLayout,
    private readonly opts: ViewOptions,
  ) {
    this.layoutNow = layout;
    this.motion = { reduced: opts.reducedMotion, speed: () => session.control.speed };
    this.backdrop = scene.add.image(0, 0, opts.backdrop).setOrigin(0, 0);
    const hero = this.heroInfo(session.battle);
    this.status = new StatusBox(scene, layout.status, layout.font, hero?.name[opts.lang] ?? '?', hero?.maxHp ?? 100, { hp: UI[opts.lang].hp, mp: UI[opts.lang].mp }, hero?.maxMp ?? 1);
    this.box = new MessageBox(scene, controls, layout.message, layout.font, { textSpeed: opts.textSpeed, speed: () => session.control.speed });
    this.rebuild(session.battle);
    // The battleStart event was emitted before anyone listened: play it as the opening line.
    this.queue.push(...session.battle.events);
    this.unsubscribe = session.subscribe({
      onEvent: (event, silent) => {
        if (silent) return;
        this.queue.push(event);
        this.wake?.();
      },
      onReset: (battle) => {
        this.queue = [];
        this.box.clear();
        this.rebuild(battle);
        this.wake?.();
      },
      onControl: () => this.wake?.(),
    });
  }

  /** Plays every queued event, one after another. Resolves when nothing is left to show. */
  async settle(): Promise<void> {
    for (let e = this.queue.shift(); e; e = this.queue.shift()) await this.play(e);
  }

  /** While the session is paused, plays whatever the overlay steps, and returns once it resumes. */
  async whilePaused(): Promise<void> {
    while (this.session.control.paused) {
      await new Promise<void>((resolve) => (this.wake = resolve));
      this.wake = null;
      await this.settle();
    }
  }

  /** A debugger step: no animation queue; the core's state, and the window's text whole, at once. */
  snapToCore(): void {
    this.queue = [];
    // Completed (not killed) so every await on them resolves and the loop playing them goes on.
    for (const e of this.enemies.values()) for (const t of this.scene.tweens.getTweensOf(e.sprite)) t.complete();
    this.rebuild(this.session.battle);
    this.box.snap(windowLines(this.session.battle.events, this.opts.lang, Infinity));
  }

  /** What the status box, the HP bars and the window show now (the test API reads it). */
  screen(): ScreenState {
    const enemies = [...this.enemies].map(([id, e]) => ({ id, hp: e.shownHp, visible: !e.dead }));
    return { hero: this.status.current, enemies, lines: [...this.box.shownLines], queued: this.queue.length };
  }

  foes(): { id: string; name: string }[] {
    return this.session.battle.living('enemy').map((id) => ({ id, name: this.names(id) }));
  }

  highlight(id: string | null): void {
    for (const [key, sprite] of this.enemies) sprite.setHighlight(key === id);
  }

  heroRect(): Rect {
    return this.status.rect;
  }

  layout(layout: BattleLayout): void {
    this.layoutNow = layout;
    this.placeBackdrop(layout.field);
    this.status.layout(layout.status, layout.font);
    this.box.layout(layout.message, layout.font);
    const list = [...this.enemies.values()];
    const field = layout.field;
    if (list.length > CROWD) {
      const grid = crowdGrid(list.length, field, layout.spriteZoom);
      list.forEach((e, i) => {
        const col = i % grid.cols;
        const row = Math.floor(i / grid.cols);
        e.place(field.x + grid.cellW * (col + 0.5), field.y + grid.cellH * (row + 1), grid.zoom, layout.font, true);
      });
      return;
    }
    const slot = field.w / (list.length + 1);
    list.forEach((e, i) => e.place(field.x + slot * (i + 1), field.y + field.h * 0.78, layout.spriteZoom, layout.font));
  }

  destroy(): void {
    this.unsubscribe();
    this.wake = null;
  }

  // ---- building from a snapshot (start, step back, restart, import) ----

  private rebuild(battle: Battle): void {
    const cast = castOf(battle.events);
    const combatants = cast.combatants;
    this.classic = cast.rule === 'classic';
    this.names = cast.namer(this.opts.lang);
    this.sides = new Map(combatants.map((c) => [c.id, c.side]));
    const snap = battle.snapshot();
    const ids = combatants.filter((c) => c.side === 'enemy').map((c) => c.id);
    if (ids.join() !== [...this.enemies.keys()].join()) {
      for (const e of this.enemies.values()) e.destroy();
      this.enemies = new Map(
        combatants.filter((c) => c.side === 'enemy').map((c) => [c.id, new EnemySprite(this.scene, c.id, c.sprite, c.name[this.opts.lang], c.hp, c.maxHp, this.motion)]),
      );
      this.layout(this.layoutNow);
    }
    for (const c of snap.combatants) {
      // Still on the field: not dead, not faulted, not run away (those still alive at the end are 'cancelled').
      const alive = c.hp > 0 && !c.fled && c.state !== 'closed' && c.state !== 'errored';
      if (c.side === 'enemy') this.enemies.get(c.id)?.reset(c.hp, alive);
      else this.status.set(c.hp, c.mp);
    }
  }

  private heroInfo(battle: Battle): CombatantInfo | undefined {
    return castOf(battle.events).combatants.find((c) => c.side === 'hero');
  }

  private placeBackdrop(field: Rect): void {
    // Cover the field, cropped to it, at a whole-number zoom so the pixels stay square.
    const frame = this.backdrop.frame;
    const s = Math.max(1, Math.ceil(Math.max(field.w / frame.width, field.h / frame.height)));
    const vw = field.w / s;
    const vh = field.h / s;
    const cx = Math.max(0, (frame.width - vw) / 2);
    const cy = Math.max(0, (frame.height - vh) / 2);
    this.backdrop.setScale(s).setCrop(cx, cy, vw, vh).setPosition(field.x - cx * s, field.y - cy * s);
  }

  // ---- playing one event ----

  private lines(e: BattleEvent): string[] {
    if (this.classic && e.type !== 'said') return [];
    return messagesFor(e, this.opts.lang, this.names, (id) => this.sides.get(id) ?? 'enemy');
  }

  private async say(lines: readonly string[]): Promise<void> {
    for (const line of lines) {
      if (!line) continue;
      this.opts.onLine?.(line);
      await this.box.say(line);
    }
  }

  private async play(e: BattleEvent): Promise<void> {
    this.opts.onShow?.(e);
    const lines = this.lines(e);
    const font = this.layoutNow.font;
    switch (e.type) {
      case 'turnStart':
        // DQ wipes the window when a new actor starts; the classic transcript keeps scrolling.
        if (!this.classic) this.box.clear();
        return;
      case 'awaitCommand':
        this.box.clear();
        this.box.show(TABLES[this.opts.lang].command(this.names(e.actor)));
        return;
      case 'action': {
        const sprite = this.enemies.get(e.actor);
        await Promise.all([this.say(lines), sprite?.act()]);
        return;
      }
      case 'damage': {
        const enemy = this.enemies.get(e.target);
        const amount = e.amount > 0 ? String(e.amount) : (this.opts.lang === 'ja' ? 'ミス' : 'Miss');
        if (enemy) {
          const at = enemy.sprite;
          await Promise.all([
            this.say(lines),
            enemy.hit(e.hp),
            popNumber(this.scene, at.x, at.y - at.displayHeight * 0.6, amount, e.critical ? COLORS.accent : COLORS.text, font, this.motion),
          ]);
        } else {
          this.status.set(e.hp, this.status.current.mp);
          if (!this.motion.reduced) this.scene.cameras.main.shake(180 / this.motion.speed(), 0.008);
          const r = this.status.rect;
          await Promise.all([this.say(lines), popNumber(this.scene, r.x + r.w * 0.75, r.y + r.h, amount, COLORS.danger, font, this.motion)]);
        }
        return;
      }
      case 'heal': {
        const enemy = this.enemies.get(e.target);
        if (enemy) enemy.setHp(e.hp);
        else this.status.set(e.hp, this.status.current.mp);
        const r = enemy ? { x: enemy.sprite.x, y: enemy.sprite.y - enemy.sprite.displayHeight * 0.6 } : { x: this.status.rect.x + this.status.rect.w * 0.75, y: this.status.rect.y + this.status.rect.h };
        await Promise.all([this.say(lines), popNumber(this.scene, r.x, r.y, `+${e.amount}`, COLORS.heal, font, this.motion)]);
        return;
      }
      case 'status':
        if (this.sides.get(e.id) === 'hero') this.status.set(e.hp, e.mp);
        else this.enemies.get(e.id)?.setHp(e.hp);
        return;
      case 'death': {
        const enemy = this.enemies.get(e.id);
        if (!enemy) this.status.set(0, this.status.current.mp);
        await Promise.all([this.say(lines), enemy?.die()]);
        return;
      }
      case 'flee': {
        const enemy = this.enemies.get(e.actor);
        if (e.ok && enemy) await Promise.all([this.say(lines), enemy.die()]);
        else await this.say(lines);
        return;
      }
      case 'said': {
        // Classic mode: the counters speak; keep the HP display in step with what they say.
        if (e.line.key === 'hp') {
          if (this.sides.get(e.id) === 'hero') this.status.set(e.line.hp, 0);
          else this.enemies.get(e.id)?.setHp(e.line.hp);
        }
        await this.say(lines);
        return;
      }
      default:
        await this.say(lines);
    }
  }
}
