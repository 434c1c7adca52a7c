// The game in words for screen readers: one visually hidden region beside the canvas, driven only
// by what window.__game publishes (the same state the tests read), checked once an animation
// frame. It holds the scene as a heading, a status line (scene changes, notices, the H key), the
// battle window's messages as a live log (live-log.ts) and the open menu as a listbox
// (menu-mirror.ts). The page's `lang` follows the player's language, so Japanese is read as Japanese.
import { spokenNotice } from './spoken-notice.ts';
import './mirror.css';
import type { Lang } from '../../core/protocol.ts';
import type { BattleSnapshot } from '../../core/battle.ts';
import type { ResultInfo, ScreenState } from '../app/shown-state.ts';
import type { MenuInfo } from '../ui/menu.ts';
import { isTextInput } from '../ui/text-input.ts';
import { UI } from '../ui/i18n.ts';
import type { Bindings } from './key-bindings.ts';
import { LiveLog } from './live-log.ts';
import { MenuMirror } from './menu-mirror.ts';
import { statusText } from './status-reader.ts';
import { A11Y_WORDS } from './words.ts';

/** The part of window.__game (testing/game-api.ts) the mirror reads; main.ts passes the game's own. */
export interface MirrorSource {
  readonly ready: boolean;
  readonly scene: string;
  readonly lang: Lang;
  readonly messages: readonly string[];
  readonly notices: readonly string[];
  readonly result: ResultInfo | null;
  menu(): MenuInfo | null;
  screen(): ScreenState | null;
  snapshot(): BattleSnapshot | null;
  sceneText(): readonly string[];
}

export interface MirrorOptions {
  readonly doc?: Document;
  /** The keys now (the status key is read from them on every press). */
  readonly bindings: () => Bindings;
}

export interface Mirror {
  readonly root: HTMLElement;
  /** Puts a line in the status region (replacing the last one), for a screen reader to read. */
  say(text: string): void;
  /** Checks the published state now (the frame loop does it by itself). */
  sync(): void;
  destroy(): void;
}

export function mountMirror(api: MirrorSource, opts: MirrorOptions): Mirror {
  const doc = opts.doc ?? document;
  const win = doc.defaultView ?? window;
  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, cls: string) => {
    const e = doc.createElement(tag);
    e.className = cls;
    return e;
  };
  const root = el('section', 'cq-a11y cq-sr-only');
  root.id = 'cq-a11y';
  const heading = el('h1', 'cq-a11y-scene');
  const screenText = el('div', 'cq-a11y-screen');
  const help = el('p', 'cq-a11y-help');
  const status = el('div', 'cq-a11y-status');
  status.setAttribute('role', 'status');
  const log = new LiveLog(doc, '');
  const menu = new MenuMirror(doc);
  root.append(heading, screenText, help, status, menu.el, log.el);
  doc.body.append(root);

  let lang: Lang | null = null;
  let scene = '';
  let notices = 0;
  let raf = 0;
  let gone = false;

  const say = (text: string) => {
    const p = doc.createElement('p');
    p.textContent = text;
    status.replaceChildren(p); // a new node: the same words twice are read twice
  };
  const setLang = (next: Lang) => {
    lang = next;
    const w = A11Y_WORDS[next];
    root.lang = next;
    doc.documentElement.lang = next;
    root.setAttribute('aria-label', w.region);
    help.textContent = w.help;
    log.setLabel(w.log);
  };
  /** The focus moves to a new menu only from nowhere in particular: never out of the debugger or a form. */
  const mayTakeFocus = () => {
    const active = doc.activeElement;
    return !active || active === doc.body || active === doc.documentElement || active.tagName === 'CANVAS' || root.contains(active);
  };

  const sync = () => {
    if (api.lang !== lang) setLang(api.lang);
    const w = A11Y_WORDS[api.lang];
    const announce: string[] = [];
    if (api.ready && api.scene !== scene) {
      scene = api.scene;
      const name = w.scenes[scene] ?? scene;
      heading.textContent = name;
      // A quiet screen's lines (the floor, HP, the outcome…) stay under the heading to be read again.
      const lines = api.sceneText();
      screenText.replaceChildren(...lines.map((line) => {
        const p = doc.createElement('p');
        p.textContent = line;
        return p;
      }));
      const result = scene === 'Result' ? api.result : null;
      announce.push(lines.length > 0 ? `${name}: ${lines.join(' ')}` : result ? `${name}: ${w.result(UI[api.lang][result.outcome], result.turns)}` : name);
    }
    const shown = api.notices;
    if (shown.length > notices) announce.push(...shown.slice(notices).map(spokenNotice));
    notices = shown.length;
    if (announce.length > 0) say(announce.join(' '));
    log.sync(api.scene === 'Battle' || api.scene === 'Classic' ? api.messages : []);
    if (menu.sync(api.menu(), w) && mayTakeFocus()) menu.el.focus({ preventScroll: true });
  };
  const frame = () => {
    raf = 0;
    if (gone) return;
    try {
      sync();
    } catch (err) {
      console.warn('[coroutine-quest] screen-reader mirror failed:', err);
    }
    raf = win.requestAnimationFrame(frame);
  };

  const onKey = (e: KeyboardEvent) => {
    if (e.repeat || e.ctrlKey || e.metaKey || e.altKey || e.isComposing || e.defaultPrevented || isTextInput(e.target)) return;
    if (!opts.bindings().status.includes(e.code)) return;
    const current = api.lang;
    say(statusText(api.screen(), api.snapshot(), current));
  };
  win.addEventListener('keydown', onKey);
  raf = win.requestAnimationFrame(frame);

  return {
    root,
    say,
    sync,
    destroy() {
      gone = true;
      if (raf) win.cancelAnimationFrame(raf);
      win.removeEventListener('keydown', onKey);
      root.remove();
    },
  };
}
