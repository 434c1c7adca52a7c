// The hero's command window and its sub-menus. It only builds a plain Command object; whether the
// command is allowed is the core's decision (submit), the greyed-out spells are just a courtesy.
import type * as Phaser from 'phaser';
import type { Command, Lang, SpellId } from '../../core/protocol.ts';
import { SPELLS } from '../../core/rules.ts';
import type { BattleLayout } from '../ui/layout.ts';
import { UI } from '../ui/i18n.ts';
import type { Controls } from '../ui/controls.ts';
import { Menu, type MenuItem } from '../ui/menu.ts';

export interface Foe {
  readonly id: string;
  readonly name: string;
}

type Main = 'attack' | 'spell' | 'defend' | 'flee';

/** As wide as the message window: each spell's cost and effect are on its line. */
function spellRect(layout: BattleLayout): BattleLayout['submenu'] {
  return { ...layout.submenu, w: Math.max(layout.submenu.w, layout.message.w) };
}

/** The value of a sub-menu's もどる/Back item. */
const BACK = Symbol('back');

export class CommandMenu {
  private main: Menu<Main>;
  private sub: Menu<unknown> | null = null;
  private layoutNow: BattleLayout;
  private aborted = false;
  /** Highlights the enemy under the target cursor. */
  onTarget: ((id: string | null) => void) | null = null;

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly controls: Controls,
    private readonly lang: Lang,
    layout: BattleLayout,
  ) {
    this.layoutNow = layout;
    const t = UI[lang];
    // DQ's 2×2 grid: たたかう にげる / ぼうぎょ じゅもん reads better as attack/spell on the left.
    const items: MenuItem<Main>[] = [
      { label: t.attack, value: 'attack' },
      { label: t.spell, value: 'spell' },
      { label: t.defend, value: 'defend' },
      { label: t.flee, value: 'flee' },
    ];
    this.main = new Menu(scene, controls, items, { rect: layout.command, font: layout.font, columns: 2, id: 'command', title: lang === 'ja' ? 'コマンド' : 'Command' });
  }

  /** Asks the player until a full command is chosen; null if the battle was reset meanwhile. */
  async choose(mp: number, foes: readonly Foe[]): Promise<Command | null> {
    this.aborted = false;
    // A command sent through the test API races the player's menu walk; whichever comes first wins.
    const injected = new Promise<Command>((resolve) => {
      this.injector = (command) => {
        this.abort();
        resolve(command);
      };
    });
    try {
      return await Promise.race([this.walk(mp, foes), injected]);
    } finally {
      this.injector = null;
    }
  }

  private injector: ((command: Command) => void) | null = null;

  private async walk(mp: number, foes: readonly Foe[]): Promise<Command | null> {
    for (;;) {
      const main = await this.main.choose();
      if (this.aborted || main === null) {
        if (this.aborted) return null;
        continue;
      }
      if (main === 'defend' || main === 'flee') return { kind: main };
      if (main === 'attack') {
        if (foes.length === 1) return { kind: 'attack', target: foes[0]!.id };
        const target = await this.pickTarget(foes);
        if (this.aborted) return null;
        if (target !== null) return { kind: 'attack', target };
        continue;
      }
      const spell = await this.pickSpell(mp);
      if (this.aborted) return null;
      if (spell !== null) return { kind: 'spell', spell };
    }
  }

  abort(): void {
    this.aborted = true;
    this.sub?.abort();

    this.main.abort();
  }

  /** Answers the open command window with a whole command (the test API); false when none is open. */
  inject(command: Command): boolean {
    if (!this.injector) return false;
    this.injector(command);
    return true;
  }

  layout(layout: BattleLayout): void {
    this.layoutNow = layout;
    this.main.layout(layout.command, layout.font);
    this.sub?.layout(this.sub.id === 'spell' ? spellRect(layout) : layout.submenu, layout.font);
  }

  destroy(): void {
    this.abort();
    this.main.destroy();
    this.sub?.destroy();
  }

  private async pickTarget(foes: readonly Foe[]): Promise<string | null> {
    const items: MenuItem<string | typeof BACK>[] = [...foes.map((f) => ({ label: f.name, value: f.id })), this.backItem()];
    const menu = new Menu(this.scene, this.controls, items, {
      rect: this.layoutNow.submenu, font: this.layoutNow.font, cancelable: true, id: 'target', title: UI[this.lang].targetPrompt,
    });
    menu.onMove = (item) => this.onTarget?.(item.value === BACK ? null : item.value);
    const picked = await this.runSub(menu);
    this.onTarget?.(null);
    return picked === BACK ? null : picked;
  }

  private async pickSpell(mp: number): Promise<SpellId | null> {
    const t = UI[this.lang];
    const items: MenuItem<SpellId | typeof BACK>[] = [
      ...(Object.keys(SPELLS) as SpellId[]).map((id) => {
        const spell = SPELLS[id];
        const effect = spell.effect === 'heal' ? t.healEffect : t.allFoesEffect;
        return { label: `${spell.name[this.lang]}  ${t.spellInfo(spell.mp, effect)}`, value: id, enabled: mp >= spell.mp, why: t.notEnoughMp };
      }),
      this.backItem(),
    ];
    const menu = new Menu(this.scene, this.controls, items, { rect: spellRect(this.layoutNow), font: this.layoutNow.font, cancelable: true, id: 'spell', title: t.spellPrompt });
    const picked = await this.runSub(menu);
    return picked === BACK ? null : picked;
  }

  /** Every sub-menu's last item: a tappable way back to the commands (Esc/X does the same). */
  private backItem(): MenuItem<typeof BACK> {
    return { label: UI[this.lang].back, value: BACK };
  }

  private async runSub<T>(menu: Menu<T>): Promise<T | null> {
    this.sub = menu as Menu<unknown>;
    // The main window stays on screen under the sub-menu, as in DQ.
    this.main.setVisible(true);
    try {
      return await menu.choose();
    } finally {
      this.sub = null;
      menu.destroy();
      this.main.setVisible(false);
    }
  }
}
