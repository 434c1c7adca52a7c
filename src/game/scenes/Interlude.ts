import * as Phaser from 'phaser';
import { ITEMS, ITEM_IDS } from '../../core/items.ts';
import { buy } from '../../core/progress.ts';
import type { ItemId } from '../../core/protocol.ts';
import { gameState, memberMax, storeProgress } from '../app/game-state.ts';
import { shown } from '../app/shown-state.ts';
import { UI } from '../ui/i18n.ts';
import { PARTY_WORDS } from '../ui/party-words.ts';
import { showScene, showNotices } from './scene-kit.ts';
import { buildScreen, type Screen } from './screen-kit.ts';
import { Controls } from '../ui/controls.ts';
import { hpColor } from '../ui/status-box.ts';
import { screenColumn } from '../ui/layout.ts';
import { Menu, TOUCH_MIN, isPhone } from '../ui/menu.ts';
import { sceneAudio, sfx } from '../audio/scene-audio.ts';
import type { InterludeData } from './battle-end.ts';
import { interludeLines } from './interlude-lines.ts';

type Choice = 'next' | 'shop' | 'title';

/** What the Interlude is started with; `said` and `shopCursor` come back from a purchase (the scene restarts with them). */
export type InterludeStart = InterludeData & { readonly said?: string; readonly shopCursor?: number };

/**
 * Between floors, and after getting away: what the floor just won gave, who grew or joined, where
 * the party is, what waits on the floor, the HP and MP they carry into it, the purse and the run so
 * far. A shop sells items for gold. `fled`: the same floor again, as a new battle.
 */
export class Interlude extends Phaser.Scene {
  constructor() {
    super('Interlude');
  }

  create(data: InterludeStart): void {
    const { progress } = data;
    const lang = gameState().settings.lang;
    const t = UI[lang];
    const w = PARTY_WORDS[lang];
    const { roster } = gameState();
    const lines = interludeLines(data, {
      lang,
      name: (kind) => roster.get(kind)?.name[lang] ?? kind,
      maxOf: (kind, level) => memberMax(kind, level) ?? { maxHp: 1, maxMp: 0 },
      hpColor,
    });
    const controls = new Controls(this);
    const screen = buildScreen(this, controls, lines, [
      data.fled
        ? { label: t.retryHere, value: 'next' as Choice, hint: t.retryHereHint }
        : { label: t.nextFloor, value: 'next' as Choice, hint: t.nextFloorHint },
      { label: w.shop, value: 'shop' as Choice, hint: w.shopHint },
      { label: t.toTitle, value: 'title' as Choice, hint: t.titleKeepsSave(progress.floor + 1) },
    ], 'interlude', { reserveRows: ITEM_IDS.length + 1 });
    showScene(this, 'Interlude', { probes: screen.probes, text: screen.text });
    shown.adventure = progress;
    showNotices(this);
    // The victory jingle runs on; a floor just won gets its stage-clear sting.
    sceneAudio(this, 'keep');
    if (data.stageClear) sfx('stage-clear');
    // A level-up gets its own fanfare after the sting, as the line saying so is read.
    if (data.stageClear && (data.victory?.levelUps.length ?? 0) > 0) this.time.delayedCall(900, () => sfx('level-up'));
    if (data.shopCursor !== undefined) void this.shop(data, screen, controls);
    else void this.loop(data, screen, controls);
  }

  private async loop(data: InterludeStart, screen: Screen<Choice>, controls: Controls): Promise<void> {
    for (;;) {
      const pick = await screen.menu.choose();
      if (!this.scene.isActive()) return;
      if (pick === 'next') return void this.scene.start('Battle', { kind: 'adventure', progress: data.progress });
      if (pick === 'title') return void this.scene.start('Title');
      if (pick === 'shop' && (await this.shop(data, screen, controls))) return;
    }
  }

  /** The shop opens where the menu is, under the lines (never over them). True when the scene restarted after a purchase. */
  private async shop(data: InterludeStart, screen: Screen<Choice>, controls: Controls): Promise<boolean> {
    const lang = gameState().settings.lang;
    const w = PARTY_WORDS[lang];
    const { progress } = data;
    const { width, height } = this.scale;
    const col = screenColumn(width, height);
    const rowH = isPhone(width, height) ? Math.max(col.line, TOUCH_MIN) : col.line;
    const items = [
      ...ITEM_IDS.map((id) => ({ label: w.buy(ITEMS[id].name[lang], ITEMS[id].price, progress.bag[id] ?? 0), value: id as ItemId | 'back', enabled: progress.gold >= ITEMS[id].price, why: w.tooPoor })),
      { label: UI[lang].back, value: 'back' as const },
    ];
    const rect = { ...screen.menuRect, h: Math.min(items.length * rowH + col.pad * 3, height - screen.menuRect.y - col.pad) };
    screen.menu.setVisible(false);
    screen.showHint(false);
    const menu = new Menu(this, controls, items, { rect, font: col.font, cancelable: true, id: 'shop', title: w.shopTitle(progress.gold), initial: data.shopCursor ?? 0 });
    const pick = await menu.choose();
    const cursor = menu.describe().cursor;
    menu.destroy();
    if (!this.scene.isActive()) return true;
    if (pick === null || pick === 'back') {
      screen.showHint(true);
      if (data.shopCursor !== undefined) void this.loop({ ...data, shopCursor: undefined }, screen, controls);
      return false;
    }
    const bought = buy(progress, pick);
    if (!('version' in bought)) {
      this.scene.restart({ ...data, stageClear: false, said: bought[lang], shopCursor: cursor });
      return true;
    }
    storeProgress(bought);
    sfx('buy');
    this.scene.restart({ ...data, progress: bought, stageClear: false, said: w.bought(ITEMS[pick].name[lang], bought.gold), shopCursor: cursor });
    return true;
  }
}
