// The game's notices: short lines about something the player should know (a bad URL value, a save
// that failed, a shared link that would not open). Kept in both languages and rendered in the
// player's language when shown, so switching language never leaves an English line behind.
import type { Lang, LocalText } from '../../core/protocol.ts';
import { stripBidi } from '../app/url-notices.ts';

export interface Notice {
  readonly text: LocalText;
  /** Notices with a key are shown once per page load, however often they are raised. */
  readonly key?: string;
}

export class NoticeBoard {
  private readonly pending: Notice[] = [];
  private readonly seen = new Set<string>();

  /** A plain string is a developer message (a file name, a stack line): the same in both languages. */
  add(text: LocalText | string, key?: string): void {
    if (key !== undefined) {
      if (this.seen.has(key)) return;
      this.seen.add(key);
    }
    const local = typeof text === 'string' ? { ja: text, en: text } : text;
    this.pending.push(key === undefined ? { text: local } : { text: local, key });
  }

  get size(): number {
    return this.pending.length;
  }

  /** Takes every pending notice as lines in `lang`, with bidi controls removed. */
  take(lang: Lang): string[] {
    return this.pending.splice(0).map((n) => stripBidi(n.text[lang]));
  }
}
