// A party member's command window and its sub-menus. It only builds a plain Command object; whether
// the command is allowed is the core's decision (submit), the greyed-out items are just a courtesy.
import type * as Phaser from 'phaser';
import type { Command, ItemId, Lang, SpellId } from '../../core/protocol.ts';
import type { BattleLayout } from '../ui/layout.ts';
import { UI } from '../ui/i18n.ts';
import { PARTY_WORDS } from '../ui/party-words.ts';
import type { Controls } from '../ui/controls.ts';
import { Menu, type MenuItem } from '../ui/menu.ts';
import { BACK, aimsAtAlly, bagItems, mainItems, spellItems, targetItems, type Back, type Main, type Member, type TurnInfo } from './menu-items.ts';

export type { TurnInfo } from './menu-items.ts';
export type Foe = Member;

/** As wide as the message window: each spell's or item's cost and effect are on its line. */
function wideRect(layout: BattleLayout): BattleLayout['submenu'] {
  return { ...layout.submenu, w: Math.max(layout.submenu.w, layout.message.w) };
}

const WIDE = new Set(['spell', 'items']);

export class CommandMenu {
  private main: Menu<Main>;
  private sub: Menu<unknown> | null = null;
  private layoutNow: BattleLayout;
  private aborted = false;
  /** Where the cursor was last turn: it stays there, as in DQ. */
  private cursor = 0;
  /** Highlights the combatant (enemy sprite or ally window) under the target cursor. */
  onTarget: ((id: string | null) => void) | null = null;

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly controls: Controls,
    private readonly lang: Lang,
    layout: BattleLayout,
  ) {
    this.layoutNow = layout;
    this.main = this.makeMain(lang === 'ja' ? 'コマンド' : 'Command', mainItems(lang, { spells: ['hoimi'], bag: {} }));
  }

  /** The window's title says whose turn it is; どうぐ is greyed, with why, when the bag is empty. */
  private makeMain(title: string, items: MenuItem<Main>[]): Menu<Main> {
    // Two columns, three rows: たたかう じゅもん / ぼうぎょ にげる / どうぐ.
    return new Menu(this.scene, this.controls, items, { rect: this.layoutNow.command, font: this.layoutNow.font, columns: 2, id: 'command', title, initial: this.cursor });
  }

  /** Asks the player until a full command is chosen; null if the battle was reset meanwhile. */
  async choose(turn: TurnInfo): Promise<Command | null> {
    this.aborted = false;
    this.main.destroy();
    this.main = this.makeMain(PARTY_WORDS[this.lang].turnOf(turn.name), mainItems(this.lang, turn));
    // A command sent through the test API races the player's menu walk; whichever comes first wins.
    const injected = new Promise<Command>((resolve) => {
      this.injector = (command) => {
        this.abort();
        resolve(command);
      };
    });
    try {
      return await Promise.race([this.walk(turn), injected]);
    } finally {
      this.injector = null;
    }
  }

  private injector: ((command: Command) => void) | null = null;

  private async walk(turn: TurnInfo): Promise<Command | null> {
    for (;;) {
      const main = await this.main.choose();
      if (this.aborted) return null;
      if (main === null) continue;
      this.cursor = this.main.describe().cursor;
      if (main === 'defend' || main === 'flee') return { kind: main };
      const command = await this.subCommand(main, turn);
      if (this.aborted) return null;
      if (command !== null) return command;
    }
  }

  /** The sub-menus of one main choice; null: もどる/Back (or Esc) all the way to the commands. */
  private async subCommand(main: 'attack' | 'spell' | 'items', turn: TurnInfo): Promise<Command | null> {
    if (main === 'attack') {
      if (turn.foes.length === 1) return { kind: 'attack', target: turn.foes[0]!.id };
      const target = await this.pickTarget(turn.foes, UI[this.lang].targetPrompt);
      return target === null ? null : { kind: 'attack', target };
    }
    for (;;) {
      const choice = await this.pickFromList(main, turn);
      if (this.aborted || choice === null) return null;
      if (!aimsAtAlly(choice)) return choice;
      // One ally (alone, or only one standing) needs no question: it is the actor itself.
      if (turn.allies.length <= 1) return { ...choice, target: turn.allies[0]?.id ?? turn.actor };
      const target = await this.pickTarget(turn.allies, PARTY_WORDS[this.lang].allyPrompt);
      if (this.aborted) return null;
      if (target !== null) return { ...choice, target };
      // もどる from the target goes back to the list it came from, not to the commands.
    }
  }

  /** A spell or an item from its list, or null for もどる/Back. */
  private async pickFromList(main: 'spell' | 'items', turn: TurnInfo): Promise<{ kind: 'spell'; spell: SpellId } | { kind: 'item'; item: ItemId } | null> {
    if (main === 'spell') {
      const spell = await this.runSub(spellItems(this.lang, turn), 'spell', UI[this.lang].spellPrompt);
      return spell === null || spell === BACK ? null : { kind: 'spell', spell };
    }
    const item = await this.runSub(bagItems(this.lang, turn.bag), 'items', PARTY_WORDS[this.lang].itemPrompt);
    return item === null || item === BACK ? null : { kind: 'item', item };
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
    this.sub?.layout(WIDE.has(this.sub.id) ? wideRect(layout) : layout.submenu, layout.font);
  }

  destroy(): void {
    this.abort();
    this.main.destroy();
    this.sub?.destroy();
  }

  private async pickTarget(members: readonly Member[], title: string): Promise<string | null> {
    const picked = await this.runSub(targetItems(this.lang, members), 'target', title, (item) => this.onTarget?.(item.value === BACK ? null : item.value as string));
    this.onTarget?.(null);
    return picked === null || picked === BACK ? null : picked;
  }

  private async runSub<T>(items: MenuItem<T | Back>[], id: string, title: string, onMove?: (item: MenuItem<T | Back>) => void): Promise<T | Back | null> {
    const rect = WIDE.has(id) ? wideRect(this.layoutNow) : this.layoutNow.submenu;
    const menu = new Menu(this.scene, this.controls, items, { rect, font: this.layoutNow.font, cancelable: true, id, title });
    if (onMove) menu.onMove = onMove;
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
