// The party's status windows, one StatusBox per member in the layout's party rectangles. Whose
// turn it is shows in the accent colour; effects (ねむり, どく, ぼうぎょ) in each window's top border.
import type * as Phaser from 'phaser';
import type { CombatantInfo, EffectsView } from '../../core/events.ts';
import type { Lang } from '../../core/protocol.ts';
import type { BattleLayout, Rect } from '../ui/layout.ts';
import { effectWords } from './effects-shown.ts';
import { StatusBox } from '../ui/status-box.ts';
import { UI } from '../ui/i18n.ts';

export class PartyPanel {
  private boxes = new Map<string, StatusBox>();
  private ids: string[] = [];

  constructor(private readonly scene: Phaser.Scene, private readonly lang: Lang) {}

  /** (Re)builds the windows when the party's members changed (a new battle, an imported log). */
  setMembers(members: readonly CombatantInfo[], layout: BattleLayout): void {
    const ids = members.map((m) => m.id);
    if (ids.join() === this.ids.join()) return;
    for (const b of this.boxes.values()) b.destroy();
    const t = UI[this.lang];
    this.boxes = new Map(members.map((m, i) => [m.id, new StatusBox(this.scene, layout.party[i] ?? layout.status, layout.font, m.name[this.lang], m.maxHp, { hp: t.hp, mp: t.mp }, m.maxMp)]));
    this.ids = ids;
    this.layout(layout);
  }

  layout(layout: BattleLayout): void {
    this.ids.forEach((id, i) => this.boxes.get(id)!.layout(layout.party[i] ?? layout.status, layout.font, layout.partyStyle));
  }

  get size(): number {
    return this.ids.length;
  }

  /** The hero's window (the first), as the single status box always was. */
  get first(): StatusBox | undefined {
    return this.boxes.get(this.ids[0] ?? '');
  }

  box(id: string): StatusBox | undefined {
    return this.boxes.get(id);
  }

  /** Sets HP (and MP when given) of one member; other ids are ignored. */
  set(id: string, hp: number, mp?: number): void {
    const b = this.boxes.get(id);
    b?.set(hp, mp ?? b.current.mp);
  }

  setEffects(id: string, effects: EffectsView | undefined): void {
    this.boxes.get(id)?.setEffects(effectWords(effects, this.lang));
  }

  /** Whose turn it is (null: nobody's, e.g. an enemy acts). */
  setActive(id: string | null): void {
    for (const [key, b] of this.boxes) b.setActive(key === id);
  }

  rect(id: string): Rect | undefined {
    return this.boxes.get(id)?.rect;
  }

  /** All the windows as one rectangle (notices keep clear of it). */
  bounds(): Rect {
    const rects = this.ids.map((id) => this.boxes.get(id)!.rect);
    const { x, y } = rects[0] ?? { x: 0, y: 0 };
    const right = Math.max(x, ...rects.map((r) => r.x + r.w));
    const bottom = Math.max(y, ...rects.map((r) => r.y + r.h));
    return { x, y, w: right - x, h: bottom - y };
  }

  /** Every member's window, as shown: for the test API and the screen reader. */
  report(): { id: string; hp: number; mp: number; effects: string; rect: Rect; active: boolean }[] {
    return this.ids.map((id) => {
      const b = this.boxes.get(id)!;
      return { id, ...b.current, effects: b.effects, rect: b.rect, active: b.isActive };
    });
  }

  destroy(): void {
    for (const b of this.boxes.values()) b.destroy();
    this.boxes.clear();
    this.ids = [];
  }
}
