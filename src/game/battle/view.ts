// The battle as the player sees it. It listens to the session's core events, queues them, and
// plays them (text, tweens) when the driver awaits `settle()`. It never decides anything.
import type * as Phaser from 'phaser';
import type { Battle } from '../../core/battle.ts';
import type { BattleEvent } from '../../core/events.ts';
import { castOf } from '../../core/cast.ts';
import { TABLES, messagesFor } from '../../core/messages.ts';
import type { Lang } from '../../core/protocol.ts';
import type { BattleLayout, Rect } from '../ui/layout.ts';
import type { BattleSession } from './session.ts';
import type { Controls } from '../ui/controls.ts';
import { EnemySprite, type Motion } from '../ui/enemy-sprite.ts';
import { MessageBox } from '../ui/message-box.ts';
import type { StatusBox } from '../ui/status-box.ts';
import { PartyPanel } from './party-panel.ts';
import { EffectsShown } from './effects-shown.ts';
import { FieldLayer } from './field-layer.ts';
import { Feel, type PopKind } from './feel.ts';
import { fieldPlacement } from './field-placement.ts';
import type { ViewReport } from './view-report.ts';
import type { TextSpeed } from '../storage/settings.ts';
import type { ScreenState } from '../app/shown-state.ts';
import { windowLines } from './shown-lines.ts';
import { FAST_FORWARD_ANIMATION_BOOST } from './speed.ts';

export interface ViewOptions {
  readonly lang: Lang;
  readonly backdrop: string;
  readonly reducedMotion: boolean;
  readonly textSpeed: TextSpeed;
  /** Called as each live event starts to play, so its sound lands with its text and animation. */
  readonly onShow?: (event: BattleEvent) => void;
  /** Called with each line as the window starts to show it (the test API keeps them). */
  readonly onLine?: (line: string) => void;
  /** True while the player holds fast-forward: lines show whole and animations run faster still. */
  readonly fastForwarding?: () => boolean;
}

export class BattleView {
  readonly box: MessageBox;
  readonly party: PartyPanel;
  /** Each combatant's effects as the screen shows them (they change as the events play): a member's in its window, a monster's by its HP bar. */
  private readonly effects = new EffectsShown((id, effects) => {
    this.party.setEffects(id, effects);
    this.enemies.get(id)?.setEffects(effects);
  });
  private readonly field: FieldLayer;
  private readonly feel: Feel;
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
    const boost = () => (opts.fastForwarding?.() ? FAST_FORWARD_ANIMATION_BOOST : 1);
    this.motion = { reduced: opts.reducedMotion, speed: () => session.control.speed * boost() };
    this.field = new FieldLayer(scene, opts.backdrop);
    this.feel = new Feel(scene, this.motion);
    this.party = new PartyPanel(scene, opts.lang);
    this.box = new MessageBox(scene, controls, layout.message, layout.font, { textSpeed: opts.textSpeed, speed: () => session.control.speed, rushing: () => opts.fastForwarding?.() ?? false });
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

  /** The hero's window (the party's first), as the single status box always was. */
  get status(): StatusBox {
    return this.party.first!;
  }

  /** What the status windows, the HP bars and the window show now (the test API reads it). */
  screen(): ScreenState {
    const enemies = [...this.enemies].map(([id, e]) => ({ id, hp: e.shownHp, visible: !e.dead, effects: this.effects.words(id, this.opts.lang) }));
    return { hero: this.status.current, party: this.party.report().map(({ id, hp, mp, effects, active }) => ({ id, hp, mp, effects, active })), enemies, lines: [...this.box.shownLines], queued: this.queue.length };
  }

  highlight(id: string | null): void {
    for (const [key, sprite] of this.enemies) sprite.setHighlight(key === id);
  }

  /** The party's windows as one rectangle (notices keep clear of it). */
  heroRect(): Rect {
    return this.party.bounds();
  }

  layout(layout: BattleLayout): void {
    this.layoutNow = layout;
    this.party.layout(layout);
    this.box.layout(layout.message, layout.font);
    const list = [...this.enemies.values()];
    const place = fieldPlacement(list.map((e) => ({ w: e.sprite.width, h: e.sprite.height })), layout);
    this.field.layout(layout.field, place.scale);
    const gap = (i: number) => Math.min(Infinity, ...place.feet.filter((f, j) => j !== i && f.y === place.feet[i]!.y).map((f) => Math.abs(f.x - place.feet[i]!.x)));
    list.forEach((e, i) => e.place(place.feet[i]!.x, place.feet[i]!.y, layout.font, place.compact, place.compact ? Infinity : gap(i)));
  }

  /** What the field and the status box show, in CSS px (the test API's view()). */
  report(): ViewReport {
    const s = this.status;
    return {
      fieldScale: this.field.scale,
      fieldRedraws: this.field.redraws,
      fieldPartialRedraws: this.field.partialRedraws,
      reducedMotion: this.motion.reduced,
      status: s.rect,
      party: this.party.report(),
      hero: { hp: s.current.hp, maxHp: s.max, bar: s.barRect, fill: s.barFill },
      enemies: [...this.enemies.values()].map((e) => ({ id: e.id, ...e.current, sprite: e.spriteRect, bar: e.barRect, label: e.labelRect, marks: e.markRects })),
      numbers: [...this.feel.numbers],
      shakes: this.feel.shakes,
    };
  }

  destroy(): void {
    this.unsubscribe();
    this.wake = null;
    this.field.destroy();
    this.party.destroy();
  }

  /** Builds the screen from a snapshot: at the start, after a step back, a restart or an import. */
  private rebuild(battle: Battle): void {
    const cast = castOf(battle.events);
    const combatants = cast.combatants;
    this.classic = cast.rule === 'classic';
    this.names = cast.namer(this.opts.lang);
    this.sides = new Map(combatants.map((c) => [c.id, c.side]));
    const snap = battle.snapshot();
    this.party.setMembers(combatants.filter((c) => c.side === 'hero'), this.layoutNow);
    const ids = combatants.filter((c) => c.side === 'enemy').map((c) => c.id);
    if (ids.join() !== [...this.enemies.keys()].join()) {
      for (const e of this.enemies.values()) e.destroy();
      this.enemies = new Map(
        combatants.filter((c) => c.side === 'enemy').map((c) => [c.id, new EnemySprite(this.scene, this.field, c.id, c.sprite, c.name[this.opts.lang], c.hp, c.maxHp, this.motion)]),
      );
      this.field.setMembers([...this.enemies.values()]);
      this.layout(this.layoutNow);
    }
    for (const c of snap.combatants) {
      // Still on the field: not dead, not faulted, not run away (those still alive at the end are 'cancelled').
      const alive = c.hp > 0 && !c.fled && c.state !== 'closed' && c.state !== 'errored';
      if (c.side === 'enemy') this.enemies.get(c.id)?.reset(c.hp, alive);
      else this.party.set(c.id, c.hp, c.mp);
    }
    this.effects.reset(snap.combatants);
    this.party.setActive(snap.waitingFor ?? null);
  }

  /** A number over a monster (above its HP bar) or, for the hero, on the field just below the status box. */
  private pop(target: string, text: string, kind: PopKind): Promise<void> {
    const font = this.layoutNow.font;
    const enemy = this.enemies.get(target);
    if (enemy) {
      const bar = enemy.barRect;
      return this.feel.pop(target, 'enemy', bar.x + bar.w / 2, bar.y - 2, text, kind, font);
    }
    const r = this.party.rect(target) ?? this.status.rect;
    return this.feel.pop(target, 'hero', r.x + r.w / 2, r.y + r.h + Math.round(font * 2.6), text, kind, font);
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
    switch (e.type) {
      case 'turnStart':
        // DQ wipes the window when a new actor starts; the classic transcript keeps scrolling.
        if (!this.classic) this.box.clear();
        this.party.setActive(this.sides.get(e.actor) === 'hero' ? e.actor : null);
        return;
      case 'effect':
        this.effects.apply(e);
        await this.say(lines);
        return;
      case 'awaitCommand':
        this.party.setActive(e.actor);
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
        const kind: PopKind = e.amount <= 0 ? 'miss' : e.critical ? 'critical' : 'damage';
        if (enemy) {
          await Promise.all([this.say(lines), enemy.hit(e.hp), this.pop(e.target, amount, kind)]);
        } else {
          this.party.set(e.target, e.hp);
          if (e.amount > 0) this.feel.shake();
          await Promise.all([this.say(lines), this.pop(e.target, amount, kind)]);
        }
        return;
      }
      case 'heal': {
        const enemy = this.enemies.get(e.target);
        if (enemy) enemy.setHp(e.hp);
        else this.party.set(e.target, e.hp);
        await Promise.all([this.say(lines), this.pop(e.target, `+${e.amount}`, 'heal')]);
        return;
      }
      case 'status':
        if (this.sides.get(e.id) === 'hero') this.party.set(e.id, e.hp, e.mp);
        else this.enemies.get(e.id)?.setHp(e.hp);
        return;
      case 'death': {
        const enemy = this.enemies.get(e.id);
        if (!enemy) this.party.set(e.id, 0);
        this.effects.clear(e.id);
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
          if (this.sides.get(e.id) === 'hero') this.party.set(e.id, e.line.hp, 0);
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
