// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { InputLog } from '../../../src/core/replay.ts';
import type { CombatantDef } from '../../../src/core/protocol.ts';
import { castFrom } from '../../../src/core/cast.ts';
import { traceLines } from '../../../src/game/debug/format.ts';
import { TRACE_DOM_LIMIT, isOverlayKeyTarget, mountOverlay, type OverlayHandle } from '../../../src/game/debug/overlay.ts';
import { FakeSession, ROSTER } from './fake-session.ts';

const CLASSIC: InputLog = { version: 1, mode: 'classic', seed: 1, damage: [8, 9, 7, 8, 7, 10] };
const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

let handle: OverlayHandle | null = null;
const $ = <E extends Element = HTMLElement>(sel: string) => document.querySelector<E>(sel)!;
const $$ = (sel: string) => [...document.querySelectorAll<HTMLElement>(sel)];
const badges = () => $$('.cq-card .cq-badge').map((b) => b.textContent);
const mount = (session: FakeSession, search = '', lang: 'ja' | 'en' = 'ja') => {
  handle = mountOverlay(session, { lang, search, storage: localStorage });
  return handle;
};

beforeEach(() => {
  localStorage.clear();
  document.body.replaceChildren();
});
afterEach(() => {
  handle?.destroy();
  handle = null;
});

describe('toggle', () => {
  it('starts closed, opens by button and by the backquote key, and remembers it', () => {
    const h = mount(new FakeSession(CLASSIC));
    expect(h.isOpen()).toBe(false);
    expect($('.cq-debug-panel').hidden).toBe(true);
    $<HTMLButtonElement>('.cq-debug-toggle').click();
    expect(h.isOpen()).toBe(true);
    expect(localStorage.getItem('cq.debug')).toBe('open');
    window.dispatchEvent(new KeyboardEvent('keydown', { key: '`' }));
    expect(h.isOpen()).toBe(false);
    expect(localStorage.getItem('cq.debug')).toBe('closed');
    h.destroy();
    localStorage.setItem('cq.debug', 'open');
    expect(mount(new FakeSession(CLASSIC)).isOpen()).toBe(true);
  });

  it('opens with ?debug=1 and treats a corrupt stored value as closed', () => {
    localStorage.setItem('cq.debug', '{garbage');
    expect(mount(new FakeSession(CLASSIC)).isOpen()).toBe(false);
    handle!.destroy();
    expect(mount(new FakeSession(CLASSIC), '?debug=1').isOpen()).toBe(true);
  });

  it('never pauses, unpauses or restarts the battle', () => {
    const s = new FakeSession(CLASSIC);
    s.setPaused(false);
    s.step();
    const h = mount(s);
    h.toggle(true);
    h.toggle(false);
    h.toggle(true);
    expect(s.control.paused).toBe(false);
    expect(s.snapshot().step).toBe(1);
  });

  it('keeps key events from overlay controls away from the game', () => {
    mount(new FakeSession(CLASSIC), '?debug=1');
    let heard = 0;
    const listener = () => heard++;
    window.addEventListener('keydown', listener);
    const select = $<HTMLSelectElement>('.cq-filter');
    select.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    select.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    window.removeEventListener('keydown', listener);
    expect(heard).toBe(0);
    expect(isOverlayKeyTarget(select)).toBe(true);
    expect(isOverlayKeyTarget(document.body)).toBe(false);
  });
});

describe('what it shows', () => {
  it('cards go created → suspended → closed with return 0, and the trace equals the CLI trace', async () => {
    const s = new FakeSession(CLASSIC);
    mount(s, '?debug=1');
    expect($$('.cq-card')).toHaveLength(2);
    expect(badges()).toEqual(['○ created', '○ created']);
    expect($('.cq-card .cq-sprite').tagName).toBe('IMG');
    s.step();
    await nextFrame();
    expect(badges()).toEqual(['‖ suspended', '○ created']);
    // Vitest runs the combatant transform, so the line is the one the coroutine recorded, not a guess.
    expect($$('.cq-card .cq-where-text')[0]!.textContent).toBe('classic.ts:12  const received = yield count;');
    expect($$('.cq-card .cq-where .cq-note')[0]!.textContent).toBe('');
    while (s.snapshot().outcome === null) s.step();
    await nextFrame();
    expect(badges()).toEqual(['⊘ cancelled', '■ closed']);
    const slimeCard = $$('.cq-card')[1]!;
    expect(slimeCard.textContent).toContain('return 0');
    expect(slimeCard.textContent).toContain('send(-10)');
    const shown = $$('.cq-trace li').map((li) => li.textContent);
    expect(shown).toEqual(traceLines(s.battle.ledger(), castFrom(s.snapshot().combatants).nameMap('ja')));
    expect(shown[3]).toBe('スライム.send(-9) → yield 11');
    // The dead slime left the queue; the hero was closed with return() when the battle ended.
    expect($$('.cq-out-chips .cq-chip.cq-gone').map((c) => c.textContent)).toEqual(['スライム']);
    expect($$('.cq-chip.cq-gone').map((c) => c.textContent).sort()).toEqual(['スライム', 'ゆうしゃ'].sort());
  });

  it('shows the queue in the core\'s order after every step, with the resumed one highlighted', async () => {
    const s = new FakeSession({ version: 1, mode: 'battle', seed: 5, party: [{ kind: 'hero' }], enemies: ['slime', 'bat', 'slime'], commands: [] });
    mount(s, '?debug=1', 'en');
    for (let i = 0; i < 25 && s.snapshot().outcome === null; i++) {
      s.step();
      await nextFrame();
      const snap = s.snapshot();
      expect($$('.cq-queue .cq-chip').map((c) => c.dataset.id)).toEqual(snap.queue);
      expect($$('.cq-now-chips .cq-chip.cq-current').map((c) => c.dataset.id)).toEqual(snap.current ? [snap.current] : []);
    }
  });

  it('filters the trace by coroutine and keeps only a window of lines in the DOM (TRACE_DOM_LIMIT with no layout)', async () => {
    // An enemy that only ever waits, against a hero who only defends: a long, harmless battle.
    const idler: CombatantDef = {
      kind: 'idler', name: { ja: 'ひまじん', en: 'Idler' }, side: 'enemy', sprite: 'slime', stats: { maxHp: 10, maxMp: 0, attack: [1, 1] },
      *create(hp) {
        for (;;) yield { hp, act: { kind: 'wait' } };
      },
    };
    const s = new FakeSession({ version: 1, mode: 'battle', seed: 9, party: [{ kind: 'hero' }], enemies: ['idler', 'idler'], commands: [], maxSteps: 1500 }, new Map([...ROSTER, ['idler', idler]]));
    s.command = { kind: 'defend' };
    mount(s, '?debug=1', 'en');
    while (s.snapshot().outcome === null && s.snapshot().step < 700) s.step();
    await nextFrame();
    expect(s.battle.ledger().length).toBeGreaterThan(TRACE_DOM_LIMIT);
    expect($$('.cq-trace li')).toHaveLength(TRACE_DOM_LIMIT);
    expect($$('.cq-trace li').at(-1)!.textContent).toBe(traceLines(s.battle.ledger(), castFrom(s.snapshot().combatants).nameMap('en')).at(-1));
    const filter = $<HTMLSelectElement>('.cq-filter');
    filter.value = 'hero';
    filter.dispatchEvent(new Event('change'));
    const heroLines = s.battle.ledger().filter((e) => e.task === 'hero').length;
    expect($$('.cq-trace li')).toHaveLength(Math.min(TRACE_DOM_LIMIT, heroLines));
    expect($$('.cq-trace li').every((li) => /Hero/.test(li.textContent ?? ''))).toBe(true);
  });

  it('redraws only the cards whose data changed (200 coroutines)', async () => {
    const s = new FakeSession({ version: 1, mode: 'battle', seed: 2, party: [{ kind: 'hero' }], enemies: Array(199).fill('slime'), commands: [] });
    mount(s, '?debug=1', 'en');
    expect($$('.cq-card')).toHaveLength(200);
    for (let i = 0; i < 30; i++) s.step();
    await nextFrame();
    const touched = new Set<Element>();
    const observer = new MutationObserver((records) => {
      for (const r of records) {
        const card = (r.target instanceof Element ? r.target : r.target.parentElement)?.closest('.cq-card');
        if (card) touched.add(card);
      }
    });
    observer.observe($('.cq-cards'), { subtree: true, childList: true, characterData: true, attributes: true });
    s.step();
    await nextFrame();
    await Promise.resolve();
    observer.disconnect();
    expect(touched.size).toBeGreaterThan(0);
    expect(touched.size).toBeLessThanOrEqual(2);
  });

  it('escapes every text: a name with markup stays text', async () => {
    const evil: CombatantDef = { ...ROSTER.get('slime')!, kind: 'evil', name: { ja: '<img src=x onerror=alert(1)>', en: '<b>bold</b>' } };
    const roster = new Map([...ROSTER, ['evil', evil]]);
    const s = new FakeSession({ version: 1, mode: 'battle', seed: 1, party: [{ kind: 'hero' }], enemies: ['evil'], commands: [] }, roster);
    mount(s, '?debug=1', 'en');
    s.step();
    s.step();
    s.step();
    await nextFrame();
    expect(document.querySelector('.cq-debug b')).toBeNull();
    expect($$('.cq-card .cq-name')[1]!.textContent).toBe('<b>bold</b>');
    expect(document.querySelectorAll('.cq-debug img:not(.cq-sprite)')).toHaveLength(0);
  });
});

describe('controls', () => {
  it('steps exactly one resume, steps back, restarts and sets the speed', async () => {
    const s = new FakeSession(CLASSIC);
    mount(s, '?debug=1', 'en');
    const click = (label: string) => $$('.cq-btn').find((b) => b.textContent === label)!.click();
    click('Step');
    click('Step');
    expect(s.battle.ledger()).toHaveLength(2);
    await nextFrame(); // the buttons' enabled state is drawn with the next frame
    click('Step back');
    expect(s.snapshot().step).toBe(1);
    await nextFrame();
    expect($$('.cq-trace li')).toHaveLength(1);
    click('Step turn');
    expect(s.snapshot().step).toBeGreaterThan(1);
    click('Restart (same seed)');
    expect(s.snapshot().step).toBe(0);
    const speed = $<HTMLSelectElement>('.cq-speed select');
    speed.value = '0.25';
    speed.dispatchEvent(new Event('change'));
    expect(s.control.speed).toBe(0.25);
    await nextFrame();
    click('Resume'); // the fake session starts paused
    expect(s.control.paused).toBe(false);
    await nextFrame();
    click('Pause');
    expect(s.control.paused).toBe(true);
  });

  it('opens the source with the suspended line highlighted', () => {
    const s = new FakeSession({ version: 1, mode: 'battle', seed: 1, party: [{ kind: 'hero' }], enemies: ['slime'], commands: [] });
    while (s.snapshot().combatants[1]!.state !== 'suspended') s.step();
    mount(s, '?debug=1', 'en');
    $$('.cq-card')[1]!.querySelector<HTMLButtonElement>('.cq-where .cq-btn')!.click();
    const mark = $('.cq-source-code li.cq-mark');
    expect(mark.textContent).toMatch(/\byield\b/);
    expect($('.cq-source strong').textContent).toMatch(/^Slime — slime\.ts:\d+$/);
    $('.cq-source').dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect($('.cq-source').hidden).toBe(true);
  });

  it('shows a precise error for a bad imported file and loads a good one', async () => {
    const s = new FakeSession(CLASSIC);
    mount(s, '?debug=1', 'en');
    const input = $<HTMLInputElement>('.cq-file');
    const pick = async (name: string, text: string) => {
      Object.defineProperty(input, 'files', { value: [new File([text], name, { type: 'application/json' })], configurable: true });
      input.dispatchEvent(new Event('change'));
      await new Promise((r) => setTimeout(r, 20));
    };
    await pick('bad.json', '{"version":1,"mode":"battle","seed":1,"party":[],"enemies":["nobody"],"commands":[]}');
    expect($('.cq-status').textContent).toMatch(/^bad\.json: /);
    expect($('.cq-status').getAttribute('role')).toBe('alert');
    await pick('good.json', JSON.stringify({ version: 1, mode: 'classic', seed: 77, damage: [5] }));
    expect(s.snapshot().seed).toBe(77);
    expect($('.cq-status').textContent).toBe('Loaded the input log.');
  });
});
