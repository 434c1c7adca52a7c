// @vitest-environment happy-dom
// The screen-reader mirror in a DOM: the live log, the menu listbox, the status key, the page's
// lang; and what a debugger Step announces.
import '../../setup-classic.ts';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { InputLog } from '../../../src/core/replay.ts';
import { traceLine } from '../../../src/core/trace.ts';
import { DEFAULT_BINDINGS } from '../../../src/game/a11y/key-bindings.ts';
import { hpMark, hpState } from '../../../src/game/a11y/hp-state.ts';
import { LiveLog, LIVE_LOG_LIMIT } from '../../../src/game/a11y/live-log.ts';
import { MenuMirror } from '../../../src/game/a11y/menu-mirror.ts';
import { mountMirror, type Mirror, type MirrorSource } from '../../../src/game/a11y/mirror.ts';
import { statusText } from '../../../src/game/a11y/status-reader.ts';
import { stepAnnouncement } from '../../../src/game/a11y/step-announcement.ts';
import { A11Y_WORDS } from '../../../src/game/a11y/words.ts';
import { mountOverlay, type OverlayHandle } from '../../../src/game/debug/overlay.ts';
import type { MenuInfo } from '../../../src/game/ui/menu.ts';
import { FakeSession } from '../debug/fake-session.ts';

const SLIME: InputLog = { version: 1, mode: 'battle', seed: 3, party: [{ kind: 'hero' }], enemies: ['slime'], commands: [] };
const menuOf = (id: string, labels: string[], cursor: number, disabled: number[] = []): MenuInfo => ({
  id, cursor, note: null, items: labels.map((label, i) => ({ label, enabled: !disabled.includes(i), x: 0, y: 0, w: 1, h: 1 })),
});

beforeEach(() => document.body.replaceChildren());

describe('live log', () => {
  it('appends each whole message once, starts over for a new battle, keeps the newest lines', () => {
    const log = new LiveLog(document, 'Messages');
    const lines = ['A appears!'];
    log.sync(lines);
    lines.push('Hero attacks!', 'A takes 9 damage!');
    log.sync(lines);
    log.sync(lines);
    expect(log.lines()).toEqual(['A appears!', 'Hero attacks!', 'A takes 9 damage!']);
    expect(log.el.getAttribute('role')).toBe('log');
    expect(log.el.getAttribute('aria-live')).toBe('polite');
    log.sync(['B appears!']);
    expect(log.lines()).toEqual(['B appears!']);
    const many = Array.from({ length: LIVE_LOG_LIMIT + 5 }, (_, i) => `line ${i}`);
    log.sync(many);
    expect(log.lines()).toHaveLength(LIVE_LOG_LIMIT);
    expect(log.lines().at(-1)).toBe(`line ${LIVE_LOG_LIMIT + 4}`);
  });
});

describe('menu listbox', () => {
  const words = A11Y_WORDS.en;
  it('lists the items, marks the selected and the greyed ones, and says when a menu opened', () => {
    const m = new MenuMirror(document);
    document.body.append(m.el);
    expect(m.sync(menuOf('command', ['Attack', 'Spell', 'Defend', 'Flee'], 0, [1]), words)).toBe(true);
    expect(m.el.getAttribute('role')).toBe('listbox');
    expect(m.el.getAttribute('aria-label')).toBe('Command');
    const options = [...m.el.querySelectorAll('[role=option]')];
    expect(options.map((o) => o.textContent)).toEqual(['Attack', 'Spell (unavailable)', 'Defend', 'Flee']);
    expect(options[1]!.getAttribute('aria-disabled')).toBe('true');
    expect(m.el.getAttribute('aria-activedescendant')).toBe(options[0]!.id);
    expect(m.sync(menuOf('command', ['Attack', 'Spell', 'Defend', 'Flee'], 2, [1]), words)).toBe(false);
    expect(options.map((o) => o.getAttribute('aria-selected'))).toEqual(['false', 'false', 'true', 'false']);
    expect(m.el.getAttribute('aria-activedescendant')).toBe(options[2]!.id);
    expect(m.sync(null, words)).toBe(false);
    expect(m.el.hidden).toBe(true);
  });
});

describe('HP states', () => {
  it('change where the status box changes colour (half, a quarter), each with its own mark', () => {
    expect([100, 50, 49, 25, 24, 1, 0, -3].map((hp) => hpState(hp, 100))).toEqual(['normal', 'normal', 'low', 'low', 'critical', 'critical', 'critical', 'critical']);
    expect([hpMark('normal'), hpMark('low'), hpMark('critical')]).toEqual(['', '!', '!!']);
  });
});

describe('status key text', () => {
  it('reads HP as shown, with its state in words, and MP', () => {
    const s = new FakeSession(SLIME).snapshot();
    const screen = { hero: { hp: 40, mp: 12 }, enemies: [{ id: s.combatants[1]!.id, hp: 0, visible: false }], lines: [], queued: 0 };
    expect(statusText(screen, s, 'ja')).toBe('ゆうしゃ HP 40 / 100 (ピンチ), MP 12。 スライム たおれた。');
    expect(statusText({ ...screen, hero: { hp: 86, mp: 30 } }, s, 'en')).toBe('Hero HP 86 / 100, MP 30. Slime defeated.');
    expect(statusText(null, null, 'en')).toBe('No battle right now');
  });
});

describe('the mirror', () => {
  let mirror: Mirror | null = null;
  afterEach(() => {
    mirror?.destroy();
    mirror = null;
  });

  it('follows the published state: lang, scene, notices, messages and the menu, which takes the focus', () => {
    const state = { scene: 'Battle', lang: 'en' as 'ja' | 'en', messages: ['Slime appears!'], notices: [] as string[], menu: null as MenuInfo | null };
    const api = {
      get ready() { return true; }, get scene() { return state.scene; }, get lang() { return state.lang; },
      get messages() { return state.messages; }, get notices() { return state.notices; }, get result() { return null; },
      menu: () => state.menu, screen: () => null, snapshot: () => null, sceneText: () => [],
    } as MirrorSource;
    mirror = mountMirror(api, { bindings: () => DEFAULT_BINDINGS });
    mirror.sync();
    expect(document.documentElement.lang).toBe('en');
    expect(mirror.root.querySelector('h1')!.textContent).toBe('Battle');
    expect(mirror.root.querySelector('[role=status]')!.textContent).toBe('Battle');
    expect([...mirror.root.querySelectorAll('[role=log] p')].map((p) => p.textContent)).toEqual(['Slime appears!']);
    state.menu = menuOf('command', ['Attack', 'Spell', 'Defend', 'Flee'], 0);
    state.notices.push('Sound is off');
    mirror.sync();
    expect(document.activeElement).toBe(mirror.root.querySelector('[role=listbox]'));
    expect(mirror.root.querySelector('[role=status]')!.textContent).toBe('Sound is off');
    window.dispatchEvent(new KeyboardEvent('keydown', { code: 'KeyH' }));
    expect(mirror.root.querySelector('[role=status]')!.textContent).toBe('No battle right now');
    state.lang = 'ja';
    mirror.sync();
    expect(mirror.root.lang).toBe('ja');
    expect(document.documentElement.lang).toBe('ja');
  });
});

describe('a debugger Step announces itself', () => {
  let handle: OverlayHandle | null = null;
  afterEach(() => {
    handle?.destroy();
    handle = null;
  });

  it('the trace line it added and the state of the coroutine it resumed', () => {
    const s = new FakeSession(SLIME);
    const before = s.snapshot();
    s.step();
    const entry = s.battle.ledger()[0]!;
    const name = new Map([[entry.task, 'X']]);
    expect(stepAnnouncement([entry], before, s.snapshot(), name)).toBe(`${traceLine(entry, 'X')} · X: suspended`);
  });

  it('in the status line (role=status) when the Step button is pressed', () => {
    const s = new FakeSession(SLIME);
    handle = mountOverlay(s, { lang: 'ja', search: '?debug=1', storage: null });
    const step = [...document.querySelectorAll<HTMLButtonElement>('.cq-btn')].find((b) => b.textContent === '1ステップ')!;
    step.click();
    const status = document.querySelector('.cq-status')!;
    expect(status.getAttribute('role')).toBe('status');
    const entry = s.battle.ledger().at(-1)!;
    const name = s.snapshot().combatants.find((c) => c.id === entry.task)!.name.ja;
    expect(status.textContent).toContain(traceLine(entry, name));
    expect(status.textContent).toContain(`${name}: ${s.snapshot().combatants.find((c) => c.id === entry.task)!.state}`);
    expect(statusText({ hero: { hp: 10, mp: 0 }, enemies: [], lines: [], queued: 0 }, s.snapshot(), 'en')).toBe('Hero HP 10 / 100 (critical), MP 0.');
  });
});
