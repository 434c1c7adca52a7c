// The menu that has the keys (window.__game.menu()) as a real listbox: one option per item,
// greyed ones aria-disabled, and the cursor as aria-selected plus aria-activedescendant on the
// focused list, so a screen reader says "たたかう, 1 / 4" as the ▶ moves. The keys still go to the
// game: a keydown on the list bubbles to window, where Phaser listens.
import type { MenuInfo } from '../ui/menu.ts';

export interface MenuWords {
  readonly menus: Readonly<Record<string, string>>;
  readonly disabled: string;
}

export class MenuMirror {
  readonly el: HTMLUListElement;
  private shape = '';
  private cursor = -1;

  constructor(private readonly doc: Document) {
    this.el = doc.createElement('ul');
    this.el.className = 'cq-a11y-menu';
    this.el.id = 'cq-a11y-menu';
    this.el.setAttribute('role', 'listbox');
    this.el.tabIndex = 0;
    this.el.hidden = true;
  }

  /**
   * Draws `menu` (null: no menu has the keys). Returns true when a menu has just opened (or was
   * replaced by another), so the caller can move the focus to it.
   */
  sync(menu: MenuInfo | null, words: MenuWords): boolean {
    if (!menu) {
      this.el.hidden = true;
      const had = this.shape !== '';
      this.shape = '';
      this.cursor = -1;
      if (had) this.el.replaceChildren();
      return false;
    }
    const shape = `${menu.id}\u0000${menu.items.map((i) => `${i.label}\u0001${i.enabled ? 1 : 0}`).join('\u0000')}`;
    const opened = shape !== this.shape;
    if (opened) {
      this.shape = shape;
      this.cursor = -1;
      this.el.setAttribute('aria-label', words.menus[menu.id] ?? menu.id);
      this.el.replaceChildren(...menu.items.map((item, i) => {
        const li = this.doc.createElement('li');
        li.id = `cq-a11y-opt-${i}`;
        li.setAttribute('role', 'option');
        li.textContent = item.label;
        if (!item.enabled) {
          li.setAttribute('aria-disabled', 'true');
          li.append(this.doc.createTextNode(` (${words.disabled})`));
        }
        return li;
      }));
      this.el.hidden = false;
    }
    if (menu.cursor !== this.cursor) {
      this.cursor = menu.cursor;
      for (const [i, li] of [...this.el.children].entries()) li.setAttribute('aria-selected', String(i === menu.cursor));
      this.el.setAttribute('aria-activedescendant', `cq-a11y-opt-${menu.cursor}`);
    }
    return opened;
  }
}
